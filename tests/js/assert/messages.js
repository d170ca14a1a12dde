// AssertionError messages and properties of the comparison functions.
'use strict';
const assert = require('assert');

function show(label, fn) {
  try {
    fn();
    console.log(label, 'passed');
  } catch (e) {
    if (e instanceof assert.AssertionError) {
      console.log(label, JSON.stringify({
        message: e.message, generated: e.generatedMessage, operator: e.operator, code: e.code, name: e.name,
      }));
    } else {
      console.log(label, 'threw', e.name, e.code, JSON.stringify(e.message));
    }
  }
}

show('equal ok', () => assert.equal(1, '1'));
show('equal NaN', () => assert.equal(NaN, NaN));
show('equal fail', () => assert.equal(1, 2));
show('equal objects', () => assert.equal({ a: 1 }, { a: 1 }));
show('notEqual', () => assert.notEqual(1, '1'));
show('notEqual NaN', () => assert.notEqual(NaN, NaN));
show('strictEqual', () => assert.strictEqual(1, 2));
show('strictEqual types', () => assert.strictEqual(1, '1'));
show('strictEqual zero', () => assert.strictEqual(0, -0));
show('strictEqual NaN', () => assert.strictEqual(NaN, NaN));
show('strictEqual strings', () => assert.strictEqual('hello world', 'hello there'));
show('strictEqual short strings', () => assert.strictEqual('abc', 'abd'));
show('strictEqual newline strings', () => assert.strictEqual('a\nb', 'a\nc'));
show('strictEqual objects', () => assert.strictEqual({ a: 1 }, { a: 1 }));
show('strictEqual object diff', () => assert.strictEqual({ a: 1 }, { a: 2 }));
show('strictEqual functions', () => assert.strictEqual(() => {}, () => {}));
show('strictEqual undefined/null', () => assert.strictEqual(undefined, null));
show('notStrictEqual', () => assert.notStrictEqual(1, 1));
show('notStrictEqual long', () => assert.notStrictEqual('a long string', 'a long string'));
const obj = { a: 1, b: [1, 2] };
show('notStrictEqual object', () => assert.notStrictEqual(obj, obj));
show('deepEqual', () => assert.deepEqual({ a: 1 }, { a: 2 }));
show('deepEqual loose ok', () => assert.deepEqual({ a: 1 }, { a: '1' }));
show('notDeepEqual same text', () => assert.notDeepEqual([1, 2], [1, 2]));
show('notDeepEqual loose', () => assert.notDeepEqual({ a: 1 }, { a: '1' }));
show('deepStrictEqual', () => assert.deepStrictEqual({ a: 1 }, { a: '1' }));
show('notDeepStrictEqual', () => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
show('notDeepStrictEqual short', () => assert.notDeepStrictEqual(1, 1));
show('missing args', () => assert.deepStrictEqual(1));

// Custom messages.
show('custom message', () => assert.equal(1, 2, 'my message'));
show('custom message strict', () => assert.strictEqual(1, 2, 'my message'));
show('custom message diff', () => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'my message'));
show('empty message', () => assert.strictEqual(1, 2, ''));
show('object message', () => assert.strictEqual(1, 2, { toString() { return 'from toString'; } }));
show('error message', () => assert.strictEqual(1, 2, new RangeError('thrown as is')));

// fail / ifError / match.
show('fail', () => assert.fail());
show('fail message', () => assert.fail('boom'));
show('fail error', () => assert.fail(new TypeError('own error')));
show('ifError null', () => assert.ifError(null));
show('ifError undefined', () => assert.ifError(undefined));
show('ifError error', () => assert.ifError(new Error('bad thing')));
show('ifError string', () => assert.ifError('text'));
show('ifError empty message', () => assert.ifError(new TypeError('')));
show('ifError number', () => assert.ifError(0));
show('match', () => assert.match('abc', /b/));
show('match fail', () => assert.match('abc', /x/));
show('match not string', () => assert.match(5, /x/));
show('match bad regexp', () => assert.match('abc', 'b'));
show('match message', () => assert.match('abc', /x/, 'custom'));
show('doesNotMatch', () => assert.doesNotMatch('abc', /x/));
show('doesNotMatch fail', () => assert.doesNotMatch('abc', /b/));

// The error object itself.
try {
  assert.strictEqual(1, 2);
} catch (e) {
  console.log('keys', Object.keys(e).join(','));
  console.log('name own', Object.prototype.hasOwnProperty.call(e, 'name'), Object.getOwnPropertyDescriptor(e, 'name').enumerable);
  console.log('values', e.actual, e.expected, e instanceof Error, e.constructor === assert.AssertionError);
  console.log('string', JSON.stringify(String(e)));
}
const custom = new assert.AssertionError({ actual: 1, expected: 2, operator: 'foo' });
console.log('custom operator', JSON.stringify(custom.message), custom.generatedMessage);
const withMessage = new assert.AssertionError({ message: 'given' });
console.log('given message', JSON.stringify(withMessage.message), withMessage.generatedMessage, withMessage.operator);
show('bad options', () => new assert.AssertionError('x'));
