// process.nextTick passes extra arguments and rejects non-functions.
'use strict';
const assert = require('assert');
const got = [];
process.nextTick((...args) => {
  got.push(args);
  console.log('args', JSON.stringify(args));
}, 1, 'two', { three: 3 }, [4], null);
process.nextTick(function () {
  console.log('no args length', arguments.length);
});
process.nextTick((a, b, c, d, e, f) => console.log('six args', a, b, c, d, e, f), 1, 2, 3, 4, 5, 6);
for (const bad of [undefined, 'fn', {}]) {
  try {
    process.nextTick(bad);
  } catch (e) {
    console.log('bad callback', typeof bad, e.name, e.code);
  }
}
console.log('sync done');
process.on('exit', () => assert.strictEqual(got.length, 1));
