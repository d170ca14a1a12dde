// process.env round trip: set, read, coerce to string, enumerate, delete.
'use strict';
const assert = require('assert');
const KEY = 'SPINDLE_TEST_ENV_VAR';
console.log('before', process.env[KEY], KEY in process.env);
process.env[KEY] = 'hello world';
console.log('after set', JSON.stringify(process.env[KEY]), KEY in process.env);
console.log('enumerated', Object.keys(process.env).includes(KEY));
console.log('own property', Object.prototype.hasOwnProperty.call(process.env, KEY));
// Values are coerced to strings.
process.env[KEY] = 42;
console.log('number becomes', typeof process.env[KEY], process.env[KEY]);
process.env[KEY] = true;
console.log('boolean becomes', typeof process.env[KEY], process.env[KEY]);
process.env[KEY] = '';
console.log('empty string kept', JSON.stringify(process.env[KEY]), KEY in process.env);
console.log('delete returns', delete process.env[KEY]);
console.log('after delete', process.env[KEY], KEY in process.env);
console.log('delete missing returns', delete process.env[KEY]);
// Spreading copies current variables into a plain object.
process.env[KEY] = 'copied';
const copy = { ...process.env, EXTRA: 'x' };
console.log('spread copy', copy.EXTRA, copy[KEY], Object.getPrototypeOf(copy) === Object.prototype);
delete process.env[KEY];
assert.strictEqual(process.env[KEY], undefined);
