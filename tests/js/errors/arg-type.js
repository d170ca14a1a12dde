// ERR_INVALID_ARG_TYPE messages, reached through public APIs: how node
// names the argument (argument / dotted property), lists what it expected
// (types, instances, other) and describes what it received.
'use strict';
const util = require('util');
const assert = require('assert');

function show(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, e.name, e.code, e instanceof TypeError, JSON.stringify(e.message));
  }
}

class Foo {}
const received = [
  ['undefined', undefined],
  ['null', null],
  ['number', 42],
  ['negative zero', -0],
  ['NaN', NaN],
  ['big number', 2 ** 40],
  ['bigint', 10n],
  ['boolean', true],
  ['short string', 'abc'],
  ['string with quote', "it's"],
  ['string with newline', 'a\nb'],
  ['28 chars', 'x'.repeat(28)],
  ['29 chars', 'y'.repeat(29)],
  ['long with quote', `${'z'.repeat(24)}'${'z'.repeat(10)}`],
  ['symbol', Symbol('sym')],
  ['named function', function named() {}],
  ['class', Foo],
  ['plain object', { a: 1 }],
  ['array', [1, 2]],
  ['instance', new Foo()],
  ['map', new Map()],
  ['error', new RangeError('x')],
  ['null prototype', Object.create(null)],
];

// "original" must be a function.
for (const [label, value] of received) show(`promisify(${label})`, () => util.promisify(value));

// Dotted names are properties.
show('inherits prototype', () => util.inherits(function A() {}, {}));
show('inherits ctor', () => util.inherits(null, function B() {}));
show('inherits superCtor', () => util.inherits(function A() {}, undefined));

// Lists of expected types and instances.
show('throws error arg', () => assert.throws(() => {}, 42));
show('throws error arg string + message', () => assert.throws(() => { throw new Error('a'); }, 'x', 'y'));
show('doesNotThrow expected', () => assert.doesNotThrow(() => { throw new Error('a'); }, 5));
show('parseArgs args', () => util.parseArgs({ args: 'x' }));
show('parseArgs option', () => util.parseArgs({ options: { a: 1 } }));
show('parseArgs option type', () => util.parseArgs({ options: { a: { type: 'number' } } }));
show('styleText stream', () => util.styleText('red', 'x', { stream: {} }));
show('styleText text', () => util.styleText('red', 5));
show('callbackify', () => util.callbackify('nope'));
show('callbackified last argument', () => util.callbackify(async () => {})(1, 2));
show('getSystemErrorName', () => util.getSystemErrorName('2'));
show('deprecate code', () => util.deprecate(() => {}, 'msg', 5));
show('stripVTControlCharacters', () => util.stripVTControlCharacters(null));
show('AssertionError options', () => new assert.AssertionError(5));
show('match regexp', () => assert.match('a', 'a'));

// rejects() reports through its promise.
assert.rejects(5).catch((e) => console.log('rejects(5)', e.name, e.code, JSON.stringify(e.message)));
util.aborted(undefined, {}).catch((e) => console.log('aborted(undefined)', e.code, JSON.stringify(e.message)));
util.aborted({}, {}).catch((e) => console.log('aborted({})', e.code, JSON.stringify(e.message)));
util.aborted(new AbortController().signal, 1).catch((e) => console.log('aborted resource', e.code, JSON.stringify(e.message)));
