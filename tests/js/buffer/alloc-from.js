// Buffer's class shape (a Uint8Array subclass, callable Buffer()), the
// allocation statics and every form of Buffer.from, with their errors.
'use strict';
const assert = require('assert');
const { Buffer } = require('buffer');

function hex(buf) {
  return `${buf.constructor.name}(${buf.length}) ${Buffer.prototype.toString.call(buf, 'hex')}`;
}

function attempt(label, fn) {
  try {
    const result = fn();
    const shown = result instanceof Uint8Array ? hex(result) : JSON.stringify(result);
    console.log(`${label} -> ${shown}`);
  } catch (err) {
    console.log(`${label} !! ${err.name} ${err.code} ${err.message}`);
  }
}

// Class shape.
const b = Buffer.from('hi');
console.log(Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype);
console.log(Object.getPrototypeOf(Buffer) === Uint8Array);
console.log(b instanceof Buffer, b instanceof Uint8Array, Buffer.isBuffer(b));
console.log(Buffer.prototype.constructor === Buffer, b.constructor === Buffer);
console.log(Buffer.name, Buffer.length, typeof Buffer[Symbol.species]);
console.log(Object.keys(Buffer).join(','));
console.log(Buffer.poolSize, Buffer.from.length, Buffer.alloc.length, Buffer.concat.length);
console.log(Buffer.isBuffer(new Uint8Array(2)), Buffer.isBuffer('x'), Buffer.isBuffer(null));
// Methods inherited from Uint8Array produce Buffers through the species.
console.log(hex(b.map((x) => x + 1)), hex(b.filter(() => true)), b.map((x) => x) instanceof Buffer);
console.log([...b.keys()].join(), [...b.values()].join(), JSON.stringify([...b.entries()]));
console.log([...b].join(), Array.from(b).join());

// Deprecated callable form (zero-filled).
attempt('Buffer(3)', () => Buffer(3));
attempt('new Buffer(2)', () => new Buffer(2));
attempt('Buffer("ab")', () => Buffer('ab'));
attempt('new Buffer("6162", "hex")', () => new Buffer('6162', 'hex'));
attempt('Buffer(5, "utf8")', () => Buffer(5, 'utf8'));

// alloc / allocUnsafe / allocUnsafeSlow.
attempt('alloc(4)', () => Buffer.alloc(4));
attempt('alloc(0)', () => Buffer.alloc(0));
attempt('alloc(5, "ab")', () => Buffer.alloc(5, 'ab'));
attempt('alloc(5, "aGk=", "base64")', () => Buffer.alloc(5, 'aGk=', 'base64'));
attempt('alloc(5, "abc", "hex")', () => Buffer.alloc(5, 'abc', 'hex'));
attempt('alloc(5, "zz", "hex")', () => Buffer.alloc(5, 'zz', 'hex'));
attempt('alloc(4, 257)', () => Buffer.alloc(4, 257));
attempt('alloc(4, -1)', () => Buffer.alloc(4, -1));
attempt('alloc(3, Buffer)', () => Buffer.alloc(3, Buffer.from([1, 2])));
attempt('alloc(3, Uint8Array)', () => Buffer.alloc(3, new Uint8Array([9])));
attempt('alloc(5, "é", "latin1")', () => Buffer.alloc(5, 'é', 'latin1'));
attempt('alloc(5, "é")', () => Buffer.alloc(5, 'é'));
attempt('alloc(4, "€", "ucs2")', () => Buffer.alloc(4, '€', 'ucs2'));
attempt('alloc(2, "a", "bogus")', () => Buffer.alloc(2, 'a', 'bogus'));
attempt('alloc(2, "a", 5)', () => Buffer.alloc(2, 'a', 5));
attempt('alloc(1.5)', () => Buffer.alloc(1.5));
attempt('alloc(-1)', () => Buffer.alloc(-1));
attempt('alloc(NaN)', () => Buffer.alloc(NaN));
attempt('alloc("5")', () => Buffer.alloc('5'));
attempt('alloc(2 ** 33)', () => Buffer.alloc(2 ** 33));
attempt('allocUnsafe(3).length', () => Buffer.allocUnsafe(3).length);
attempt('allocUnsafe(-2)', () => Buffer.allocUnsafe(-2));
attempt('allocUnsafe(null)', () => Buffer.allocUnsafe(null));
attempt('allocUnsafeSlow(3).length', () => Buffer.allocUnsafeSlow(3).length);
attempt('allocUnsafeSlow({})', () => Buffer.allocUnsafeSlow({}));
// Small unsafe buffers come from a shared pool; large ones do not.
console.log(Buffer.allocUnsafe(10).buffer.byteLength === Buffer.poolSize);
console.log(Buffer.allocUnsafe(Buffer.poolSize).buffer.byteLength === Buffer.poolSize);
console.log(Buffer.allocUnsafeSlow(10).buffer.byteLength);
const u1 = Buffer.allocUnsafe(3);
const u2 = Buffer.allocUnsafe(3);
u1.fill(1);
console.log(hex(u2.fill(2)), hex(u1));

// from(string, encoding).
attempt('from("héllo")', () => Buffer.from('héllo'));
attempt('from("héllo", "latin1")', () => Buffer.from('héllo', 'latin1'));
attempt('from("abc", 123)', () => Buffer.from('abc', 123));
attempt('from("abc", "")', () => Buffer.from('abc', ''));
attempt('from("abc", "bogus")', () => Buffer.from('abc', 'bogus'));
attempt('from("", "bogus")', () => Buffer.from('', 'bogus'));
attempt('from("")', () => Buffer.from(''));
attempt('from("x".repeat(3000)).length', () => Buffer.from('x'.repeat(3000)).length);
attempt('from("€".repeat(2000)).length', () => Buffer.from('€'.repeat(2000)).length);
attempt('from(String object)', () => Buffer.from(new String('str')));
attempt('from(toPrimitive)', () => Buffer.from({ [Symbol.toPrimitive]: () => 'prim' }));
attempt('from(toPrimitive, "hex")', () => Buffer.from({ [Symbol.toPrimitive]: () => 'abcd' }, 'hex'));
attempt('from(valueOf -> array)', () => Buffer.from({ valueOf: () => [1, 2, 3] }));
attempt('from(valueOf -> string, "hex")', () => Buffer.from({ valueOf: () => 'ff00' }, 'hex'));

// from(array / array-like / typed arrays).
attempt('from([1, 2, 3])', () => Buffer.from([1, 2, 3]));
attempt('from([257, -1, 1.9, "7", "x", null])', () => Buffer.from([257, -1, 1.9, '7', 'x', null]));
attempt('from([])', () => Buffer.from([]));
attempt('from({length: 2, 0: 5, 1: 6})', () => Buffer.from({ length: 2, 0: 5, 1: 6 }));
attempt('from({length: 2.7, 0: 5, 1: 6})', () => Buffer.from({ length: 2.7, 0: 5, 1: 6 }));
attempt('from({length: "2"})', () => Buffer.from({ length: '2' }));
attempt('from({length: -3})', () => Buffer.from({ length: -3 }));
attempt('from({type: "Buffer", data: [7, 8]})', () => Buffer.from({ type: 'Buffer', data: [7, 8] }));
attempt('from(JSON round trip)', () => Buffer.from(JSON.parse(JSON.stringify(Buffer.from('ok')))));
attempt('from(Uint16Array)', () => Buffer.from(new Uint16Array([1, 256, 513])));
attempt('from(Float64Array)', () => Buffer.from(new Float64Array([1.5, -2])));
attempt('from(DataView)', () => Buffer.from(new DataView(new ArrayBuffer(4))));
attempt('from(BigInt64Array) name', () => {
  try { Buffer.from(new BigInt64Array(1)); } catch (e) { return e.name; }
  return 'no error';
});
const source = Buffer.from([1, 2, 3]);
const copied = Buffer.from(source);
copied[0] = 99;
console.log(hex(source), hex(copied));
const fromU8 = Buffer.from(new Uint8Array([4, 5]));
console.log(hex(fromU8), fromU8 instanceof Buffer);

// from(ArrayBuffer, byteOffset, length) shares memory.
const ab = new ArrayBuffer(8);
const view = new Uint8Array(ab);
view.set([0, 1, 2, 3, 4, 5, 6, 7]);
const shared = Buffer.from(ab, 2, 3);
console.log(hex(shared), shared.byteOffset, shared.buffer === ab);
view[3] = 42;
shared[2] = 43;
console.log(hex(shared), view[4]);
attempt('from(ab)', () => Buffer.from(ab));
attempt('from(ab, 6)', () => Buffer.from(ab, 6));
attempt('from(ab, "2", "2")', () => Buffer.from(ab, '2', '2'));
attempt('from(ab, NaN, 2)', () => Buffer.from(ab, NaN, 2));
attempt('from(ab, 1, -1)', () => Buffer.from(ab, 1, -1));
attempt('from(ab, 1, NaN)', () => Buffer.from(ab, 1, NaN));
attempt('from(ab, 8)', () => Buffer.from(ab, 8));
attempt('from(ab, 9)', () => Buffer.from(ab, 9));
attempt('from(ab, 4, 5)', () => Buffer.from(ab, 4, 5));
if (typeof SharedArrayBuffer === 'function') {
  attempt('from(SharedArrayBuffer)', () => Buffer.from(new SharedArrayBuffer(2)));
}

// Bad inputs.
for (const bad of [5, null, undefined, {}, true, Symbol('s'), () => 1, 5n]) {
  attempt(`from(${typeof bad})`, () => Buffer.from(bad));
}

// copyBytesFrom and of.
const u16 = new Uint16Array([0x0102, 0x0304, 0x0506]);
attempt('copyBytesFrom(u16)', () => Buffer.copyBytesFrom(u16));
attempt('copyBytesFrom(u16, 1)', () => Buffer.copyBytesFrom(u16, 1));
attempt('copyBytesFrom(u16, 1, 1)', () => Buffer.copyBytesFrom(u16, 1, 1));
attempt('copyBytesFrom(u16, 0, 10)', () => Buffer.copyBytesFrom(u16, 0, 10));
attempt('copyBytesFrom(u16, 5)', () => Buffer.copyBytesFrom(u16, 5));
attempt('copyBytesFrom(u16, -1)', () => Buffer.copyBytesFrom(u16, -1));
attempt('copyBytesFrom(u16, 0, 1.5)', () => Buffer.copyBytesFrom(u16, 0, 1.5));
attempt('copyBytesFrom([1])', () => Buffer.copyBytesFrom([1]));
attempt('copyBytesFrom(empty)', () => Buffer.copyBytesFrom(new Float32Array(0)));
const copiedBytes = Buffer.copyBytesFrom(u16);
u16[0] = 0;
console.log(hex(copiedBytes));
attempt('of(1, 2, 300)', () => Buffer.of(1, 2, 300));
attempt('of()', () => Buffer.of());

// isEncoding.
for (const enc of ['utf8', 'UTF-8', 'ucs2', 'UCS-2', 'utf16le', 'utf-16le', 'Utf16LE', 'latin1',
  'binary', 'BINARY', 'base64', 'base64url', 'hex', 'HEX', 'ascii', 'utf16', 'utf-16', 'ucs-4', '',
  'bogus', null, undefined, 5, {}]) {
  console.log('isEncoding', JSON.stringify(enc), Buffer.isEncoding(enc));
}
console.log(Buffer.isEncoding(new String('utf8')));

assert.strictEqual(Buffer.from('abc').toString(), 'abc');
