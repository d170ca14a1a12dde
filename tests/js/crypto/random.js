'use strict';
// randomBytes, randomFill(Sync), randomInt, randomUUID: shapes, ranges and
// errors (never the random values themselves).
const assert = require('assert');
const crypto = require('crypto');

function attempt(label, fn) {
  try {
    const result = fn();
    console.log(`${label} -> ${typeof result === 'object' && result !== null ? result.constructor.name : JSON.stringify(result)}`);
  } catch (err) {
    console.log(`${label} !! ${err.name} ${err.code} ${err.message}`);
  }
}

// randomBytes.
for (const size of [0, 1, 16, 1.5, 5000]) {
  const buf = crypto.randomBytes(size);
  console.log('randomBytes', size, Buffer.isBuffer(buf), buf.length);
}
// 64 random bytes are all-zero with negligible probability; two draws differ.
assert.notDeepStrictEqual(crypto.randomBytes(64), Buffer.alloc(64));
assert.notDeepStrictEqual(crypto.randomBytes(32), crypto.randomBytes(32));
attempt('randomBytes()', () => crypto.randomBytes());
attempt('randomBytes(-1)', () => crypto.randomBytes(-1));
attempt('randomBytes(NaN)', () => crypto.randomBytes(NaN));
attempt("randomBytes('5')", () => crypto.randomBytes('5'));
attempt('randomBytes(2**31)', () => crypto.randomBytes(2 ** 31));
attempt("randomBytes(5, 'x')", () => crypto.randomBytes(5, 'x'));
attempt('randomBytes(5, null)', () => crypto.randomBytes(5, null));

// randomFillSync.
const buf = Buffer.alloc(16);
console.log('randomFillSync returns buf', crypto.randomFillSync(buf) === buf);
const part = Buffer.alloc(32);
crypto.randomFillSync(part, 8, 8);
console.log('untouched outside range', part.subarray(0, 8).equals(Buffer.alloc(8)), part.subarray(16).equals(Buffer.alloc(16)));
assert.notDeepStrictEqual(part.subarray(8, 16), Buffer.alloc(8));
const words = new Uint32Array(8);
crypto.randomFillSync(words, 2, 2);
console.log('element offsets', words[0], words[1], words[4], words[5], words[6], words[7]);
assert.ok(words[2] !== 0 || words[3] !== 0);
attempt('ArrayBuffer', () => crypto.randomFillSync(new ArrayBuffer(4), 1, 2));
attempt('Float64Array', () => crypto.randomFillSync(new Float64Array(4), 1, 2));
attempt('DataView', () => crypto.randomFillSync(new DataView(new ArrayBuffer(4)), 1, 2));
attempt('size undefined', () => crypto.randomFillSync(Buffer.alloc(4), 1, undefined));
attempt('offset 1.5', () => crypto.randomFillSync(Buffer.alloc(4), 1.5));
attempt('not a buffer', () => crypto.randomFillSync(5));
attempt('offset too big', () => crypto.randomFillSync(Buffer.alloc(4), 5));
attempt('offset -1', () => crypto.randomFillSync(Buffer.alloc(4), -1));
attempt('offset string', () => crypto.randomFillSync(Buffer.alloc(4), 'a'));
attempt('size + offset', () => crypto.randomFillSync(Buffer.alloc(4), 1, 4));
attempt('size -1', () => crypto.randomFillSync(Buffer.alloc(4), 0, -1));
attempt('size 2**31', () => crypto.randomFillSync(Buffer.alloc(4), 0, 2 ** 31));
attempt('size string', () => crypto.randomFillSync(Buffer.alloc(4), 0, 'x'));
attempt('Float64Array offset', () => crypto.randomFillSync(new Float64Array(4), 5));
attempt('Float64Array size', () => crypto.randomFillSync(new Float64Array(4), 1, 4));

// randomFill (async) argument errors.
attempt('randomFill no callback', () => crypto.randomFill(Buffer.alloc(4)));
attempt('randomFill bad offset', () => crypto.randomFill(Buffer.alloc(4), 5, () => {}));
attempt('randomFill bad size', () => crypto.randomFill(Buffer.alloc(4), 1, 5, () => {}));
attempt('randomFill not a buffer', () => crypto.randomFill('x', () => {}));

// randomInt.
const seen = new Set();
for (let i = 0; i < 2000; i++) {
  const n = crypto.randomInt(10);
  assert.ok(Number.isInteger(n) && n >= 0 && n < 10);
  seen.add(n);
}
console.log('randomInt(10) covers', seen.size);
for (let i = 0; i < 200; i++) {
  const n = crypto.randomInt(-5, -2);
  assert.ok(n >= -5 && n < -2);
  const m = crypto.randomInt(2 ** 47, 2 ** 48 - 1 + 2 ** 47);
  assert.ok(m >= 2 ** 47 && m < 2 ** 48 - 1 + 2 ** 47);
}
console.log('randomInt(0, 1)', crypto.randomInt(0, 1), crypto.randomInt(7, 8));
attempt('randomInt()', () => crypto.randomInt());
attempt('randomInt(0)', () => crypto.randomInt(0));
attempt('randomInt(5, 5)', () => crypto.randomInt(5, 5));
attempt('randomInt(5, 3)', () => crypto.randomInt(5, 3));
attempt('randomInt(1.5)', () => crypto.randomInt(1.5));
attempt("randomInt('1')", () => crypto.randomInt('1'));
attempt('randomInt(2**48 + 1)', () => crypto.randomInt(2 ** 48 + 1));
attempt('randomInt(0, 2**48)', () => crypto.randomInt(0, 2 ** 48));
attempt('randomInt(2**53)', () => crypto.randomInt(2 ** 53));
attempt('randomInt(-(2**53), 0)', () => crypto.randomInt(-(2 ** 53), 0));
attempt("randomInt(1, 'x')", () => crypto.randomInt(1, 'x'));
attempt("randomInt(1, 2, 'x')", () => crypto.randomInt(1, 2, 'x'));
attempt('randomInt(fn)', () => crypto.randomInt(() => {}));
attempt('randomInt(0, 2**48 - 1)', () => crypto.randomInt(0, 2 ** 48 - 1) >= 0);

// randomUUID.
const uuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const uuids = new Set();
for (let i = 0; i < 300; i++) {
  const id = crypto.randomUUID(i % 2 ? { disableEntropyCache: true } : undefined);
  assert.match(id, uuidShape);
  uuids.add(id);
}
console.log('uuids unique', uuids.size);
attempt('randomUUID({})', () => crypto.randomUUID({}).length);
attempt('randomUUID(5)', () => crypto.randomUUID(5));
attempt('randomUUID(null)', () => crypto.randomUUID(null));
attempt('randomUUID bad flag', () => crypto.randomUUID({ disableEntropyCache: 1 }));

// Async forms: callbacks run later, after ticks and promise jobs (except
// an empty draw, which node answers at once). Pool completions may finish
// in any order, so those are printed sorted once all have arrived.
const order = [];
const kAsyncCalls = 7;
let arrived = 0;
function record(line) {
  order.push(line);
  if (++arrived === kAsyncCalls) {
    const fixed = order.filter((l) => /^(sync|tick|microtask|randomInt|randomBytes\(0\))/.test(l));
    console.log(fixed.join(' | '));
    console.log(order.filter((l) => !fixed.includes(l)).sort().join('\n'));
  }
}
crypto.randomBytes(12, (err, bytes) => record(`randomBytes ${err} ${Buffer.isBuffer(bytes)} ${bytes.length}`));
crypto.randomBytes(0, (err, bytes) => record(`randomBytes(0) ${err} ${bytes.length}`));
const target = new Uint32Array(4);
crypto.randomFill(target, 1, 2, (err, out) => {
  record(`randomFill ${err} ${out === target} ${target[0]} ${target[3]}`);
});
crypto.randomFill(new ArrayBuffer(8), (err, out) => record(`randomFill ArrayBuffer ${err} ${out.byteLength}`));
crypto.randomFill(Buffer.alloc(8), 6, (err, out) => record(`randomFill offset ${err} ${out.subarray(0, 6).equals(Buffer.alloc(6))}`));
crypto.randomInt(10, (err, n) => record(`randomInt ${err} ${typeof n} ${n >= 0 && n < 10}`));
crypto.randomInt(5, 10, (err, n) => record(`randomInt2 ${err} ${n >= 5 && n < 10}`));
process.nextTick(() => order.push('tick'));
Promise.resolve().then(() => order.push('microtask'));
order.push('sync');
