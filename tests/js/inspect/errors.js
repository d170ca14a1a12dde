// util.inspect of errors. Stacks are set by hand so that the output does not
// depend on file paths or on the engine: node prints `err.stack`, wrapped in
// brackets when it has no frames, adjusted to name the error's class.
'use strict';
const { inspect } = require('util');

function show(value, options) {
  console.log(options === undefined ? inspect(value) : inspect(value, options));
}

function withStack(err, stack) {
  Object.defineProperty(err, 'stack', {
    value: stack, writable: true, configurable: true, enumerable: false,
  });
  return err;
}

const frames = '\n    at one (file.js:1:1)\n    at two (file.js:2:2)';

// Stacks with frames.
show(withStack(new Error('boom'), `Error: boom${frames}`));
show(withStack(new TypeError('bad type'), `TypeError: bad type${frames}`));
show({ nested: withStack(new Error('inner'), `Error: inner${frames}`) });
show([withStack(new RangeError('r'), `RangeError: r${frames}`)]);
show({ a: { b: withStack(new Error('deep'), `Error: deep${frames}`) } });

// Stacks without frames print in brackets.
show(withStack(new Error('msg'), 'Error: msg'));
show(withStack(new Error(''), 'Error'));
show(withStack(new SyntaxError('s'), 'SyntaxError: s'));
show([withStack(new Error('in array'), 'Error: in array')]);
show({ e: withStack(new Error('in object'), 'Error: in object') });
show(withStack(new Error('m'), 'anything else'));
show(withStack(new Error('m'), ''));
show(withStack(new Error('m'), undefined));
show(withStack(new Error('m'), 42));

// Subclasses and renamed errors.
class MyError extends Error {}
show(withStack(new MyError('sub'), `Error: sub${frames}`));
show(withStack(new MyError('sub'), 'Error: sub'));
class NamedError extends Error {
  constructor(message) {
    super(message);
    this.name = 'NamedError';
  }
}
show(withStack(new NamedError('named'), `NamedError: named${frames}`));
show(withStack(new NamedError('named'), 'NamedError: named'));
class ProtoNamed extends Error {}
ProtoNamed.prototype.name = 'ProtoNamed';
show(withStack(new ProtoNamed('p'), 'ProtoNamed: p'));
const renamed = withStack(new Error('r'), 'Error: r');
renamed.name = 'CustomName';
show(renamed);
const renamedType = withStack(new TypeError('t'), `TypeError: t${frames}`);
renamedType.name = 'Custom';
show(renamedType);
const renamedToError = withStack(new TypeError('t'), 'TypeError: t');
renamedToError.name = 'SomethingError';
show(renamedToError);
show(withStack(Object.setPrototypeOf(new Error('np'), null), `Error: np${frames}`));
show(withStack(Object.setPrototypeOf(new Error('np'), null), 'Error: np'));
show(withStack(Object.setPrototypeOf(new TypeError('np'), null), 'TypeError: np'));
const tagged = withStack(new Error('tag'), 'Error: tag');
Object.defineProperty(tagged, Symbol.toStringTag, { value: 'Tagged' });
show(tagged);

// Extra own properties.
const withProps = withStack(new Error('props'), 'Error: props');
withProps.code = 'E_CODE';
withProps.info = { detail: [1, 2] };
show(withProps);
const withPropsFrames = withStack(new Error('props'), `Error: props${frames}`);
withPropsFrames.code = 'E_CODE';
show(withPropsFrames);
show({ wrapped: withPropsFrames });
const ownMessage = withStack(new Error('m'), 'Error: m');
Object.defineProperty(ownMessage, 'message', { value: 'other', enumerable: true });
show(ownMessage);
const enumerableName = withStack(new Error('m'), 'Error: m');
Object.defineProperty(enumerableName, 'name', { value: 'Error', enumerable: true });
show(enumerableName);
const deepProps = withStack(new Error('m'), 'Error: m');
deepProps.extra = { deep: { deeper: { deepest: 1 } } };
show(deepProps);
show({ x: { y: { z: deepProps } } });
show({ x: { y: { z: withStack(new Error('no keys'), 'Error: no keys') } } });

// Multi-line messages are indented with the rest.
show({ multi: withStack(new Error('line1\nline2'), `Error: line1\nline2${frames}`) });

// Causes.
const caused = new Error('outer', { cause: withStack(new Error('inner'), 'Error: inner') });
withStack(caused, 'Error: outer');
show(caused);
show(withStack(new Error('c', { cause: 'a string' }), 'Error: c'));
show(withStack(new Error('c', { cause: undefined }), 'Error: c'));
show(withStack(new Error('c', { cause: { code: 1 } }), `Error: c${frames}`));
const sharedFrames = '\n    at a (f.js:1:1)\n    at b (f.js:2:1)\n    at c (f.js:3:1)' +
  '\n    at d (f.js:4:1)\n    at e (f.js:5:1)';
const inner = withStack(new Error('inner'), `Error: inner\n    at q (f.js:0:1)${sharedFrames}`);
const outer = withStack(new Error('outer', { cause: inner }), `Error: outer${sharedFrames}`);
show(outer);
class ProtoCause extends Error {}
ProtoCause.prototype.cause = 'from the prototype';
show(withStack(new ProtoCause('p'), 'Error: p'));

// AggregateError lists its errors.
const agg = new AggregateError([
  withStack(new Error('first'), 'Error: first'),
  withStack(new TypeError('second'), 'TypeError: second'),
], 'many');
withStack(agg, 'AggregateError: many');
show(agg);

// Errors that are not thrown print the same.
show(withStack(new EvalError('e'), 'EvalError: e'));
show(withStack(new URIError('u'), 'URIError: u'));
show(withStack(new ReferenceError('x is not defined'), 'ReferenceError: x is not defined'));
