// A require cycle a -> b -> a: b receives a's partial exports, as node does.
'use strict';
const assert = require('assert');
const a = require('./fixtures/cycle-a');
const b = require('./fixtures/cycle-b');
console.log('a', JSON.stringify(a));
console.log('b', JSON.stringify(b));
assert.deepStrictEqual(b.seenA, { name: 'a', done: false, seenB: undefined });
assert.strictEqual(a.done && b.done, true);
