'use strict';
// Randomness: randomBytes, randomFill(Sync), randomInt, randomUUID and
// Web Crypto's getRandomValues, all from the operating system's CSPRNG
// (Rust's getrandom). Async forms draw their bytes on the I/O pool.

const binding = require('internal/binding');
const completions = require('internal/completions');
// `buffer` loads when a Buffer is first made, not with crypto: a worker
// that only hashes to hex never loads it.
const bufferClass = () => require('buffer').Buffer;
// Error classes are looked up when thrown (`codes.X`): making them at
// load would cost every isolate that loads this module.
const { codes } = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateNumber,
  validateObject,
} = require('internal/validators');

const kMaxInt32 = 2 ** 31 - 1;
// randomInt draws 48-bit values, so its range is at most 2^48 - 1.
const kRandMax = 2 ** 48 - 1;

function isAnyArrayBuffer(value) {
  return value instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer);
}

function fillSync(target, offset, size) {
  if (size > 0) binding.cryptoRandomFill(target, offset, size);
}

/**
 * Fresh random bytes off the JS thread; `done(err, Uint8Array)`. As in
 * node, nothing to draw means `done` runs at once.
 */
function drawAsync(size, done) {
  if (size === 0) {
    done(null, new Uint8Array(0));
    return;
  }
  completions.callWithCallback((id) => binding.cryptoRandomBytesAsync(id, size), done);
}

function validateSize(size) {
  validateNumber(size, 'size', 0, kMaxInt32);
  return Math.floor(size);
}

/** `crypto.randomBytes(size[, callback])`. */
function randomBytes(size, callback) {
  size = validateSize(size);
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (callback === undefined) {
    const buf = bufferClass().allocUnsafe(size);
    fillSync(buf, 0, size);
    return buf;
  }
  drawAsync(size, (err, bytes) => {
    if (err) callback(err);
    else callback(null, bufferClass().from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  });
  return undefined;
}

function validateBuffer(buf) {
  if (!isAnyArrayBuffer(buf) && !ArrayBuffer.isView(buf)) {
    throw new codes.ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
}

// Offsets and sizes count elements of a typed array; checks and errors
// speak in bytes.
function checkOffset(offset, elementSize, byteLength) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const max = Math.min(byteLength, kMaxInt32);
  if (Number.isNaN(offset) || offset > max || offset < 0) {
    throw new codes.ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${max}`, offset);
  }
  return offset;
}

function checkSize(size, elementSize, offset, byteLength) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxInt32 || size < 0) {
    throw new codes.ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxInt32}`, size);
  }
  if (size + offset > byteLength) {
    throw new codes.ERR_OUT_OF_RANGE('size + offset', `<= ${byteLength}`, size + offset);
  }
  return size;
}

function fillRange(buf, offset, size) {
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  offset = checkOffset(offset, elementSize, buf.byteLength);
  size = size === undefined ? buf.byteLength - offset : checkSize(size, elementSize, offset, buf.byteLength);
  return { offset: Math.floor(offset), size: Math.floor(size) };
}

/** `crypto.randomFillSync(buf[, offset[, size]])`. */
function randomFillSync(buf, offset = 0, size = undefined) {
  validateBuffer(buf);
  const range = fillRange(buf, offset, size);
  fillSync(buf, range.offset, range.size);
  return buf;
}

/** `crypto.randomFill(buf[, offset[, size]], callback)`. */
function randomFill(buf, offset, size, callback) {
  validateBuffer(buf);
  let range;
  if (typeof offset === 'function') {
    callback = offset;
    range = { offset: 0, size: buf.byteLength };
  } else if (typeof size === 'function') {
    callback = size;
    range = fillRange(buf, offset, undefined);
  } else {
    validateFunction(callback, 'callback');
    range = fillRange(buf, offset, size);
  }
  drawAsync(range.size, (err, bytes) => {
    if (err) {
      callback(err);
      return;
    }
    const view = ArrayBuffer.isView(buf) ? new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength) : new Uint8Array(buf);
    view.set(bytes, range.offset);
    callback(null, buf);
  });
}

// A pool of random bytes for randomInt and randomUUID, refilled in one
// native call when used up.
const pool = { bytes: null, offset: 0 };

function takeFromPool(count) {
  if (pool.bytes === null) pool.bytes = new Uint8Array(6 * 1024);
  if (pool.offset + count > pool.bytes.length) {
    binding.cryptoRandomFill(pool.bytes, 0, pool.bytes.length);
    pool.offset = 0;
  }
  const start = pool.offset;
  pool.offset += count;
  return start;
}

function random48() {
  const at = takeFromPool(6);
  const b = pool.bytes;
  return ((b[at] * 256 + b[at + 1]) * 256 + b[at + 2]) * 2 ** 24 +
    ((b[at + 3] * 256 + b[at + 4]) * 256 + b[at + 5]);
}

/** `crypto.randomInt([min, ]max[, callback])`: uniform in [min, max). */
function randomInt(min, max, callback) {
  const minOmitted = max === undefined || typeof max === 'function';
  if (minOmitted) {
    callback = max;
    max = min;
    min = 0;
  }
  const sync = callback === undefined;
  if (!sync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new codes.ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new codes.ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) {
    throw new codes.ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= kRandMax)) {
    throw new codes.ERR_OUT_OF_RANGE(minOmitted ? 'max' : 'max - min', `<= ${kRandMax}`, range);
  }
  // Reject the top sliver of the 48-bit space that would bias the modulo.
  const limit = kRandMax - (kRandMax % range);
  let value;
  do value = random48(); while (value >= limit);
  const n = min + (value % range);
  if (sync) return n;
  process.nextTick(callback, undefined, n);
  return undefined;
}

// Two hex digits per byte value, made on the first UUID.
let kHex = null;

function formatUUID(b, at) {
  kHex ??= Array.from({ length: 256 }, (_, i) => (i < 16 ? '0' : '') + i.toString(16));
  const h = (i) => kHex[b[at + i]];
  return `${h(0)}${h(1)}${h(2)}${h(3)}-${h(4)}${h(5)}-${kHex[(b[at + 6] & 0x0f) | 0x40]}${h(7)}-` +
    `${kHex[(b[at + 8] & 0x3f) | 0x80]}${h(9)}-${h(10)}${h(11)}${h(12)}${h(13)}${h(14)}${h(15)}`;
}

/** `crypto.randomUUID([options])`: an RFC 4122 version 4 UUID. */
function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  const disableEntropyCache = options === undefined ? false : options.disableEntropyCache;
  if (disableEntropyCache !== undefined) validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  if (disableEntropyCache) {
    const bytes = new Uint8Array(16);
    binding.cryptoRandomFill(bytes, 0, 16);
    return formatUUID(bytes, 0);
  }
  const at = takeFromPool(16);
  return formatUUID(pool.bytes, at);
}

const kIntegerArrays = new Set([
  'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
  'Int32Array', 'Uint32Array', 'BigInt64Array', 'BigUint64Array',
]);

function typedArrayName(value) {
  if (!ArrayBuffer.isView(value) || value instanceof DataView) return undefined;
  const proto = Object.getPrototypeOf(Uint8Array.prototype);
  const tag = Object.getOwnPropertyDescriptor(proto, Symbol.toStringTag).get;
  return tag.call(value);
}

/** Web Crypto's `getRandomValues(typedArray)`: integer arrays of at most 64 KiB. */
function getRandomValues(data) {
  if (!kIntegerArrays.has(typedArrayName(data))) {
    const { DOMException } = require('internal/dom-exception');
    throw new DOMException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    const { DOMException } = require('internal/dom-exception');
    throw new DOMException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  }
  fillSync(data, 0, data.byteLength);
  return data;
}

module.exports = {
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  getRandomValues,
  isAnyArrayBuffer,
};
