// fill, copy, slice/subarray (shared memory), concat, swap16/32/64, toJSON,
// and the parent/offset accessors.
'use strict';
const assert = require('assert');
const { Buffer } = require('buffer');

function hexOf(buf) {
  return Buffer.prototype.toString.call(buf, 'hex');
}

function attempt(label, fn) {
  try {
    const result = fn();
    const shown = result instanceof Uint8Array ? `<${hexOf(result)}>` : JSON.stringify(result);
    console.log(`${label} -> ${shown}`);
  } catch (err) {
    console.log(`${label} !! ${err.name} ${err.code} ${err.message}`);
  }
}

// fill(value[, offset[, end]][, encoding]).
const fills = [
  [0x41], [0x141], [-1], [1.9], ['a'], ['ab'], ['abc', 1], ['abc', 1, 4], ['abc', 'hex'], ['abcd', 'hex'],
  ['abzz', 'hex'], ['zz', 'hex'], ['a', 2, 'latin1'], ['é', 'latin1'], ['é'], ['é', 'ascii'], ['€', 'ucs2'],
  ['€', 1, 'ucs2'], ['aGVsbG8=', 'base64'], ['aGVsbG8', 'base64url'], [''], ['', 2], [Buffer.from('xy')],
  [new Uint8Array([1, 2, 3]), 1, 6], [new Uint16Array([0x0102])], [new DataView(new ArrayBuffer(1))],
  [Buffer.alloc(0)], [true], [false], [null], [undefined], [{}], [{ valueOf: () => 66 }], ['x', 3, 3],
  ['x', 5, 2], [1, 8], [1, 9], [1, -1], [1, 0, -1], [1, 0, 9], [1, 1.5], [1, '1'], [1, 0, '2'], [1, null],
  ['x', 0, 8, 'bogus'], ['x', 'bogus'], ['x', 0, 8, 5], ['x', 0, 8, null], ['x', 0, 8, ''], ['x', undefined, 3],
  [0x41, undefined, 3], ['x', 1, 'utf8'], ['abc', 1, 5, 'ucs2'], ['ab', 0, 8, 'UTF-16LE'],
];
for (const args of fills) {
  const label = `fill(${args.map((a) => (a instanceof Uint8Array || ArrayBuffer.isView(a) ? `<${a.constructor.name}>` :
    JSON.stringify(a))).join(', ')})`;
  attempt(label, () => Buffer.alloc(8, '.').fill(...args));
}
attempt('fill(1n)', () => {
  try {
    return Buffer.alloc(2).fill(1n);
  } catch (err) {
    return err.name;
  }
});
const self = Buffer.from('abcdef');
self.fill(self.subarray(1, 3));
console.log(self.toString());
const bigFill = Buffer.alloc(100000).fill('xyz€');
console.log(bigFill.subarray(99990).toString('hex'), bigFill.toString().length);

// copy(target[, targetStart[, sourceStart[, sourceEnd]]]).
const copies = [[], [2], [2, 1], [2, 1, 3], [0, 0, 10], [6], [7], [0, 5], [0, 6], [0, 3, 2], [-1],
  [0, -1], [0, 0, -1], [0, 7], [1.5, 2.5, 4.5], ['x', 'y', 'z'], ['2', '1', '3'], [null, null, null],
  [NaN, NaN, NaN], [2 ** 53], [0, 0, 2 ** 60], [{}, [], [2]]];
for (const args of copies) {
  attempt(`copy(${args.map(String).join(', ')})`, () => {
    const target = Buffer.alloc(6, '.');
    const n = Buffer.from('abcdef').copy(target, ...args);
    return `${n} ${target.toString()}`;
  });
}
attempt('copy("x")', () => Buffer.from('ab').copy('x'));
attempt('copy(Uint8Array)', () => {
  const target = new Uint8Array(3);
  return `${Buffer.from('abc').copy(target, 1)} ${Array.from(target)}`;
});
attempt('copy.call(Uint8Array)', () => Buffer.prototype.copy.call(new Uint8Array([1, 2]), Buffer.alloc(2)));
attempt('copy.call("str")', () => Buffer.prototype.copy.call('str', Buffer.alloc(2)));
// Overlapping copies within one buffer.
const overlap = Buffer.from('0123456789');
overlap.copy(overlap, 2, 0, 6);
console.log(overlap.toString());
overlap.copy(overlap, 0, 4);
console.log(overlap.toString());

// slice/subarray share memory and return Buffers.
const base = Buffer.from('abcdefgh');
for (const args of [[], [2], [2, 5], [-3], [-3, -1], [5, 2], [0, 100], [-100, 2], [1.5, 4.9], ['2', '4'],
  [NaN, NaN], [null, 3], [undefined, -2], [Infinity], [-Infinity, Infinity], [{}]]) {
  const s1 = base.slice(...args);
  const s2 = base.subarray(...args);
  console.log(`slice(${args.map(String).join(', ')})`, s1.toString(), s2.toString(), s1 instanceof Buffer,
    s2 instanceof Buffer, s1.byteOffset - base.byteOffset);
}
const window = base.subarray(2, 5);
window[0] = 0x5a;
base[4] = 0x59;
console.log(base.toString(), window.toString(), window.buffer === base.buffer, window.parent === base.buffer,
  window.offset === window.byteOffset);
console.log(Buffer.prototype.slice.call(new Uint8Array([1, 2, 3]), 1) instanceof Buffer);
console.log(Object.getOwnPropertyDescriptor(Buffer.prototype, 'parent').get.call(new Uint8Array(1)));

// concat(list[, totalLength]).
const parts = [Buffer.from('ab'), new Uint8Array([0x63]), Buffer.alloc(0), Buffer.from('de')];
for (const args of [[parts], [parts, 3], [parts, 5], [parts, 8], [parts, 0], [[]], [[], 5], [[Buffer.from('x')]],
  [parts, -1], [parts, 1.5], [parts, '3'], ['ab'], [[Buffer.from('a'), 'b']], [[Buffer.from('a'), [1]]],
  [[Buffer.from('a'), new Uint16Array(1)]], [[{ length: 1 }]], [null]]) {
  attempt(`concat(${JSON.stringify(args.map((a) => (Array.isArray(a) ? a.length : a)))})`, () => Buffer.concat(...args));
}
const big = Buffer.concat(Array.from({ length: 100 }, (_, i) => Buffer.alloc(1000, i)));
console.log(big.length, big[0], big[999], big[1000], big[99999]);

// swap16/32/64.
for (const size of [0, 2, 4, 8, 16, 3, 6, 12]) {
  for (const method of ['swap16', 'swap32', 'swap64']) {
    attempt(`${method}(${size})`, () => {
      const buf = Buffer.alloc(size);
      for (let i = 0; i < size; i++) buf[i] = i;
      const result = buf[method]();
      assert.strictEqual(result, buf);
      return result;
    });
  }
}
const bigSwap = Buffer.alloc(1024);
for (let i = 0; i < 1024; i++) bigSwap[i] = i & 0xff;
console.log(bigSwap.swap16().subarray(0, 4).toString('hex'), bigSwap.swap32().subarray(0, 4).toString('hex'),
  bigSwap.swap64().subarray(0, 8).toString('hex'));

// toJSON.
console.log(JSON.stringify(Buffer.from('hi')), JSON.stringify(Buffer.alloc(0)),
  JSON.stringify({ nested: Buffer.from([1, 2]) }));
const json = Buffer.from([0, 255]).toJSON();
console.log(json.type, Array.isArray(json.data), json.data.join());

// copy() argument conversions, one position at a time.
const conversions = [0, 1, 1.5, -0.5, -1, 'x', '2', NaN, null, true, 2 ** 31, 2 ** 32, 2 ** 32 + 1,
  2 ** 53 - 1, 2 ** 53, 2 ** 60, Infinity, -Infinity, -(2 ** 53), [], [3], {}];
for (const position of [0, 1, 2]) {
  const results = [];
  for (const value of conversions) {
    const args = [undefined, undefined, undefined];
    args[position] = value;
    try {
      const target = Buffer.alloc(6, '.');
      const copied = Buffer.from('abcdef').copy(target, ...args);
      results.push(`${copied}:${target.toString()}`);
    } catch (err) {
      results.push(`${err.code}:${err.message.replace(/.*It must be /, '')}`);
    }
  }
  console.log('copy arg', position, results.join(' | '));
}
