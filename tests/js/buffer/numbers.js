// Every numeric read/write method (and its Uint alias): values, byte
// layouts, return values, and node's errors for bad offsets, values and
// byteLengths.
'use strict';
const assert = require('assert');
const { Buffer } = require('buffer');

function attempt(label, fn) {
  try {
    const result = fn();
    console.log(`${label} -> ${typeof result === 'bigint' ? `${result}n` : JSON.stringify(result)}`);
  } catch (err) {
    console.log(`${label} !! ${err.name} ${err.code} ${err.message}`);
  }
}

const data = Buffer.from([0x01, 0x82, 0xff, 0x7f, 0x80, 0x00, 0xfe, 0x12, 0x34, 0x56]);

// Reads at every offset, including out of range ones.
const fixedReads = ['readUInt8', 'readInt8', 'readUInt16LE', 'readUInt16BE', 'readInt16LE',
  'readInt16BE', 'readUInt32LE', 'readUInt32BE', 'readInt32LE', 'readInt32BE', 'readFloatLE',
  'readFloatBE', 'readDoubleLE', 'readDoubleBE', 'readBigUInt64LE', 'readBigUInt64BE',
  'readBigInt64LE', 'readBigInt64BE'];
for (const name of fixedReads) {
  const values = [];
  for (let offset = 0; offset < data.length; offset++) {
    try {
      const v = data[name](offset);
      values.push(typeof v === 'bigint' ? `${v}n` : String(v));
    } catch (err) {
      values.push(err.code);
    }
  }
  console.log(name, values.join(' '));
  attempt(`${name}()`, () => data[name]());
}
for (const name of ['readUIntLE', 'readUIntBE', 'readIntLE', 'readIntBE']) {
  for (let size = 1; size <= 6; size++) {
    const values = [];
    for (let offset = 0; offset <= data.length - size + 1; offset++) {
      try {
        values.push(data[name](offset, size));
      } catch (err) {
        values.push(err.code);
      }
    }
    console.log(name, size, values.join(' '));
  }
}

// Aliases are the same functions.
for (const name of Object.keys(Buffer.prototype)) {
  if (/Uint/.test(name)) {
    const original = name.replace('Uint', 'UInt');
    console.log(name, Buffer.prototype[name] === Buffer.prototype[original], Buffer.prototype[name].name);
  }
}

// Offset errors.
const offsets = [-1, 1.5, '1', NaN, null, {}, 10, 9, 2 ** 53, Infinity, -0];
for (const name of ['readUInt8', 'readInt16BE', 'readUInt32LE', 'readDoubleLE', 'readBigInt64BE']) {
  for (const offset of offsets) attempt(`${name}(${String(offset)})`, () => data[name](offset));
}
for (const [offset, size] of [[0, 0], [0, 7], [0, 1.5], [0, '2'], [0], [undefined, 2], [null, 2],
  [-1, 2], [9, 2], [5, 6], [4, 6], [1.5, 2], ['0', 1], [NaN, 3]]) {
  for (const name of ['readUIntLE', 'readIntBE']) {
    attempt(`${name}(${offset}, ${size})`, () => data[name](offset, size));
  }
}
attempt('empty readUInt8(0)', () => Buffer.alloc(0).readUInt8(0));
attempt('short readUInt16LE(0)', () => Buffer.alloc(1).readUInt16LE(0));
attempt('short readUInt32BE(0)', () => Buffer.alloc(3).readUInt32BE(0));
attempt('short readDoubleLE()', () => Buffer.alloc(7).readDoubleLE());
attempt('short readBigUInt64LE()', () => Buffer.alloc(7).readBigUInt64LE());
attempt('short readUIntBE(0, 6)', () => Buffer.alloc(5).readUIntBE(0, 6));

// Writes: bytes and return value.
function write(size, name, ...args) {
  const buf = Buffer.alloc(size);
  const next = buf[name](...args);
  return `${next} ${buf.toString('hex')}`;
}
const writes = [
  ['writeUInt8', 255], ['writeUInt8', 0], ['writeUInt8', 1.9], ['writeUInt8', '7'], ['writeUInt8', NaN],
  ['writeInt8', -128], ['writeInt8', -1], ['writeInt8', 127], ['writeInt8', -1.5],
  ['writeUInt16LE', 0x1234], ['writeUInt16BE', 0x1234], ['writeInt16LE', -2], ['writeInt16BE', -32768],
  ['writeUInt32LE', 0xdeadbeef], ['writeUInt32BE', 0xdeadbeef], ['writeInt32LE', -2], ['writeInt32BE', -0x80000000],
  ['writeUInt32LE', 1.5], ['writeInt32LE', -1.5], ['writeUInt16LE', true], ['writeUInt16LE', null],
  ['writeFloatLE', 1.5], ['writeFloatBE', -0.1], ['writeFloatLE', NaN], ['writeFloatBE', Infinity],
  ['writeFloatLE', 3.4e39], ['writeFloatLE', '2.5'], ['writeFloatLE', {}],
  ['writeDoubleLE', Math.PI], ['writeDoubleBE', -0], ['writeDoubleLE', 2 ** 60], ['writeDoubleBE', 5e-324],
  ['writeBigUInt64LE', 0x0102030405060708n], ['writeBigUInt64BE', 0x0102030405060708n],
  ['writeBigUInt64LE', 2n ** 64n - 1n], ['writeBigInt64LE', -1n], ['writeBigInt64BE', -(2n ** 63n)],
  ['writeBigInt64LE', 2n ** 63n - 1n], ['writeBigUint64LE', 5n],
];
for (const [name, value] of writes) attempt(`${name}(${String(value)})`, () => write(10, name, value, 1));
for (const name of ['writeUIntLE', 'writeUIntBE', 'writeIntLE', 'writeIntBE']) {
  for (let size = 1; size <= 6; size++) {
    const signed = !name.includes('UInt');
    const values = signed ? [-1, -(2 ** (8 * size - 1)), 2 ** (8 * size - 1) - 1, -1.5, 0x123456789a % 2 ** (8 * size - 1)] :
      [0, 2 ** (8 * size) - 1, 0x123456789abc % 2 ** (8 * size), 1.5];
    for (const value of values) attempt(`${name}(${value}, 1, ${size})`, () => write(8, name, value, 1, size));
  }
}

// Round trips.
const rt = Buffer.alloc(16);
for (const [w, r, value, size] of [['writeUIntLE', 'readUIntLE', 0xabcdef123456, 6],
  ['writeIntBE', 'readIntBE', -0x123456789a, 5], ['writeIntLE', 'readIntLE', -8388608, 3],
  ['writeDoubleBE', 'readDoubleBE', -1234.5678], ['writeFloatLE', 'readFloatLE', 0.25],
  ['writeBigInt64BE', 'readBigInt64BE', -1234567890123456789n]]) {
  rt[w](value, 3, size);
  const back = rt[r](3, size);
  assert.strictEqual(back, value);
  console.log('round trip', w, typeof back === 'bigint' ? `${back}n` : back);
}

// Value range errors (with node's wording for each width).
const bad = [
  ['writeUInt8', 256], ['writeUInt8', -1], ['writeInt8', 128], ['writeInt8', -129],
  ['writeUInt16LE', 65536], ['writeInt16BE', -32769], ['writeUInt32LE', 2 ** 32], ['writeUInt32BE', -1],
  ['writeInt32LE', 2 ** 31], ['writeInt32BE', -(2 ** 31) - 1], ['writeUInt8', Infinity], ['writeInt16LE', -Infinity],
  ['writeUInt32LE', 'x'], ['writeBigUInt64LE', -1n], ['writeBigUInt64BE', 2n ** 64n], ['writeBigInt64LE', 2n ** 63n],
  ['writeBigInt64BE', -(2n ** 63n) - 1n], ['writeBigUInt64LE', 2n ** 100n],
];
for (const [name, value] of bad) attempt(`${name}(${String(value)})`, () => write(10, name, value));
for (const [name, value, size] of [['writeUIntLE', 2 ** 48, 6], ['writeUIntBE', 2 ** 40, 5],
  ['writeUIntLE', 2 ** 24, 3], ['writeIntLE', 2 ** 47, 6], ['writeIntBE', -(2 ** 39) - 1, 5],
  ['writeIntLE', 2 ** 23, 3], ['writeUIntLE', -1, 1], ['writeIntBE', 2 ** 15, 2],
  ['writeUIntLE', 1, 7], ['writeUIntLE', 1, 0], ['writeIntLE', 1, 1.5], ['writeIntLE', 1, '2'],
  ['writeUIntBE', 1, undefined], ['writeUIntLE', 2 ** 48, 7]]) {
  attempt(`${name}(${value}, 0, ${size})`, () => write(8, name, value, 0, size));
}
// Offset errors on writes (the offset's type is checked first for 8-bit writes).
for (const [name, value, offset] of [['writeUInt8', 1, 10], ['writeUInt8', 300, 'x'], ['writeUInt8', 1, -1],
  ['writeUInt16LE', 1, 9], ['writeUInt16LE', 70000, 'x'], ['writeInt32BE', 1, 7], ['writeInt32BE', 1, 1.5],
  ['writeFloatLE', 1, 7], ['writeDoubleBE', 1, 3], ['writeDoubleBE', 1, '0'], ['writeBigInt64LE', 1n, 3],
  ['writeBigUInt64BE', 1n, NaN], ['writeUInt32LE', 1, null], ['writeUIntLE', 1, undefined]]) {
  attempt(`${name}(${String(value)}, ${String(offset)})`, () => write(10, name, value, offset, 3));
}
attempt('writeBigInt64LE(number)', () => {
  try {
    return write(8, 'writeBigInt64LE', 1);
  } catch (err) {
    return err.name;
  }
});
attempt('empty writeUInt8', () => Buffer.alloc(0).writeUInt8(1, 0));
attempt('empty writeUInt16LE', () => Buffer.alloc(1).writeUInt16LE(1, 0));
