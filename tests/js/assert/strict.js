// assert/strict and assert.strict: strict comparisons under the loose names.
'use strict';
const assert = require('assert');
const strict = require('assert/strict');

console.log('same object', strict === assert.strict, strict.strict === strict);
console.log('assert.ok is assert', assert.ok === assert, typeof strict, strict.name);
console.log('mapped', strict.equal === assert.strictEqual, strict.deepEqual === assert.deepStrictEqual,
  strict.notEqual === assert.notStrictEqual, strict.notDeepEqual === assert.notDeepStrictEqual);
console.log('shared', strict.throws === assert.throws, strict.AssertionError === assert.AssertionError);
console.log('keys', Object.keys(assert).filter((k) => k !== 'CallTracker').join(','));
console.log('strict keys', Object.keys(strict).filter((k) => k !== 'CallTracker').join(','));

for (const [label, fn] of [
  ['equal', () => strict.equal(1, '1')],
  ['deepEqual', () => strict.deepEqual({ a: 1 }, { a: '1' })],
  ['notEqual', () => strict.notEqual(1, '1')],
  ['notDeepEqual', () => strict.notDeepEqual({ a: 1 }, { a: '1' })],
]) {
  try {
    fn();
    console.log(label, 'passed');
  } catch (e) {
    console.log(label, e.operator, JSON.stringify(e.message));
  }
}
