// process.hrtime() tuple shape and diff form; hrtime.bigint() type and monotonicity.
'use strict';
const assert = require('assert');
const t = process.hrtime();
console.log('hrtime array', Array.isArray(t), t.length);
console.log('integers', Number.isInteger(t[0]), Number.isInteger(t[1]));
console.log('ns in range', t[1] >= 0 && t[1] < 1e9);
const d = process.hrtime(t);
console.log('diff shape', d.length, Number.isInteger(d[0]), d[1] >= 0 && d[1] < 1e9);
console.log('diff non-negative', d[0] > 0 || (d[0] === 0 && d[1] >= 0));
const b1 = process.hrtime.bigint();
const b2 = process.hrtime.bigint();
console.log('bigint type', typeof b1);
console.log('monotonic', b2 >= b1);
let prev = process.hrtime.bigint();
let ok = true;
for (let i = 0; i < 1000; i++) {
  const now = process.hrtime.bigint();
  if (now < prev) ok = false;
  prev = now;
}
console.log('monotonic over 1000 reads', ok);
// The tuple and bigint forms measure the same clock.
const pair = process.hrtime();
const big = process.hrtime.bigint();
console.log('same clock', big >= BigInt(pair[0]) * 1000000000n + BigInt(pair[1]));
for (const bad of ['x', [1], [1, 2, 3]]) {
  try {
    process.hrtime(bad);
    console.log('no error for', JSON.stringify(bad));
  } catch (e) {
    console.log('bad arg', JSON.stringify(bad), e.name, e.code);
  }
}
assert.ok(ok);
