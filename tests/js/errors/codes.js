// The shape of node's coded errors (class, code, message, toString, own
// keys) for the codes reachable through util and assert.
'use strict';
const util = require('util');
const assert = require('assert');

function describe(label, e) {
  console.log(label, JSON.stringify({
    name: e.name,
    code: e.code,
    message: e.message,
    string: String(e),
    keys: Object.keys(e),
    ctor: e.constructor.name,
    isTypeError: e instanceof TypeError,
    isRangeError: e instanceof RangeError,
    hasOwnName: Object.prototype.hasOwnProperty.call(e, 'name'),
  }));
}

function show(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (e) {
    describe(label, e);
  }
}

show('ERR_OUT_OF_RANGE positive', () => util.getSystemErrorName(2));
show('ERR_OUT_OF_RANGE large', () => util.getSystemErrorName(2 ** 40));
show('ERR_OUT_OF_RANGE fraction', () => util.getSystemErrorName(-1.5));
show('ERR_INVALID_ARG_VALUE format', () => util.styleText('nope', 'x'));
show('ERR_INVALID_ARG_VALUE short', () => util.parseArgs({ options: { foo: { type: 'string', short: 'ff' } } }));
show('ERR_INVALID_ARG_VALUE empty object', () => assert.throws(() => { throw new Error('x'); }, {}));
show('ERR_MISSING_ARGS', () => assert.strictEqual(1));
show('ERR_AMBIGUOUS_ARGUMENT', () => assert.throws(() => { throw new Error('same'); }, 'same'));
show('ERR_PARSE_ARGS_UNKNOWN_OPTION', () => util.parseArgs({ args: ['--nope'] }));
show('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', () => util.parseArgs({ args: ['pos'] }));
show('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', () => util.parseArgs({ args: ['--a'], options: { a: { type: 'string' } } }));
show('ERR_ASSERTION', () => assert.strictEqual(1, 2));

assert.rejects(() => 5).catch((e) => describe('ERR_INVALID_RETURN_VALUE', e));
assert.rejects(() => ({ then() {} })).catch((e) => describe('ERR_INVALID_RETURN_VALUE thenable', e));

// A falsy rejection reaches a callbackified callback wrapped in an error.
util.callbackify(() => Promise.reject(0))((err) => {
  describe('ERR_FALSY_VALUE_REJECTION', err);
  console.log('reason', err.reason);
});
util.callbackify(() => Promise.reject(null))((err) => console.log('null reason', err.code, err.reason));
