'use strict';
// node:buffer — `Buffer` (a Uint8Array subclass) with node 20's surface,
// the string encodings it converts with, Blob/File, atob/btoa, transcode,
// isUtf8/isAscii.
//
// Byte-heavy work (UTF-8, hex, base64, comparing, searching, filling) goes
// through the native ops of internal/binding; the JavaScript here applies
// node's argument rules, offsets and error messages.

const binding = require('internal/binding');
const { codes } = require('internal/errors');
const { isAnyArrayBuffer } = require('internal/types');
const {
  validateArray,
  validateInteger,
  validateNumber,
  validateString,
} = require('internal/validators');


const kMaxLength = 2 ** 32;
// node reports V8's string limit; SpiderMonkey's is larger, so this is safe.
const kStringMaxLength = 536870888;
const kDefaultPoolSize = 8 * 1024;
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

// Built-in methods Buffer overrides, kept to call the originals.
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayFill = TypedArrayPrototype.fill;
const typedArrayIndexOf = TypedArrayPrototype.indexOf;
const typedArrayLastIndexOf = TypedArrayPrototype.lastIndexOf;
const typedArraySet = TypedArrayPrototype.set;
const typedArraySlice = TypedArrayPrototype.slice;
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;

let INSPECT_MAX_BYTES = 50;

// ---- small helpers ----------------------------------------------------------

function isUint8Array(value) {
  return typedArrayTag.call(value) === 'Uint8Array';
}

function isTypedArray(value) {
  return typedArrayTag.call(value) !== undefined;
}

// A plain Uint8Array over bytes [start, end) of any view, sharing memory.
function bytesOf(view, start = 0, end = view.byteLength) {
  return new Uint8Array(view.buffer, view.byteOffset + start, end - start);
}

// Errors node throws from its native code: a plain error with a `code`.
function nativeError(Base, code, message) {
  const error = new Base(message);
  error.code = code;
  return error;
}

function invalidBufferSize(bits) {
  if (codes.ERR_INVALID_BUFFER_SIZE) return new codes.ERR_INVALID_BUFFER_SIZE(bits);
  const error = nativeError(RangeError, 'ERR_INVALID_BUFFER_SIZE',
    `Buffer size must be a multiple of ${bits}`);
  Object.defineProperty(error, 'toString', {
    value() { return `${this.name} [${this.code}]: ${this.message}`; },
    configurable: true,
    writable: true,
  });
  return error;
}

function notAString() {
  return nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
}

function indexOutOfRange() {
  return nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
}

function named(name, fn) {
  return Object.defineProperty(fn, 'name', { value: name });
}

function validateUint8Array(value, name) {
  if (!isUint8Array(value)) throw new codes.ERR_INVALID_ARG_TYPE(name, ['Buffer', 'Uint8Array'], value);
}

// ---- encodings ---------------------------------------------------------------

const { lookupEncoding } = require('internal/encoding-names');

// The canonical name of an encoding; a missing or empty one means utf8.
function normalizeEncoding(encoding) {
  if (encoding === undefined || encoding === null || encoding === '') return 'utf8';
  return lookupEncoding(`${encoding}`);
}

// The operations of a named encoding, or undefined (no default here).
function getEncodingOps(encoding) {
  const name = lookupEncoding(`${encoding}`);
  return name === undefined ? undefined : encodingOps[name];
}

const kNonAsciiChar = /[^\x00-\x7f]/;
const kHighLatin1Chars = /[\x80-\xff]/g;
const kStringChunk = 8192;

function utf8ByteLength(string) {
  const length = string.length;
  if (length > 256) {
    if (!kNonAsciiChar.test(string)) return length;
    return binding.utf8Encode(string).length;
  }
  let bytes = length;
  for (let i = 0; i < length; i++) {
    const code = string.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < length &&
             (string.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 2; // four bytes for the two units of a pair
      i++;
    } else bytes += 2;
  }
  return bytes;
}

// Writes each char code's low byte (latin1 and ascii writes are the same).
function writeLatin1(buf, string, offset, length) {
  const count = Math.min(string.length, length);
  for (let i = 0; i < count; i++) buf[offset + i] = string.charCodeAt(i);
  return count;
}

function writeUtf16le(buf, string, offset, length) {
  const count = Math.min(string.length, Math.floor(length / 2));
  for (let i = 0; i < count; i++) {
    const code = string.charCodeAt(i);
    buf[offset + 2 * i] = code;
    buf[offset + 2 * i + 1] = code >>> 8;
  }
  return count * 2;
}

const kAboveLatin1 = /[^\x00-\xff]/;
const kAboveLatin1Chars = /[^\x00-\xff]/g;

// node decodes hex and base64 from the low byte of each UTF-16 unit (so
// U+0D3D reads as '='); the ops see the same characters.
function lowBytes(string) {
  if (!kAboveLatin1.test(string)) return string;
  return string.replace(kAboveLatin1Chars, (c) => String.fromCharCode(c.charCodeAt(0) & 0xff));
}

function hexDecode(string) {
  return binding.hexDecode(lowBytes(string));
}

function base64Decode(string) {
  return binding.base64Decode(lowBytes(string));
}

// Whole characters only, as many as fit.
function writeUtf8(buf, string, offset, length) {
  return binding.encodeInto(string, bytesOf(buf, offset, offset + length))[1];
}

// Decodes no more hex digits than can be written.
function writeHex(buf, string, offset, length) {
  const digits = string.length > 2 * length ? string.slice(0, 2 * length) : string;
  return writeDecoded(buf, hexDecode(digits), offset, length);
}

// Copies already-decoded bytes in, as much as fits.
function writeDecoded(buf, bytes, offset, length) {
  const count = Math.min(bytes.length, length);
  typedArraySet.call(buf, count === bytes.length ? bytes : bytes.subarray(0, count), offset);
  return count;
}

function asciiDecode(bytes) {
  const text = binding.latin1Decode(bytes);
  if (!kNonAsciiChar.test(text)) return text;
  return text.replace(kHighLatin1Chars, (c) => String.fromCharCode(c.charCodeAt(0) & 0x7f));
}

let littleEndianHost;
function isLittleEndianHost() {
  if (littleEndianHost === undefined) {
    littleEndianHost = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  }
  return littleEndianHost;
}

function charCodesToString(units) {
  let text = '';
  for (let i = 0; i < units.length; i += kStringChunk) {
    text += String.fromCharCode.apply(null, units.subarray(i, i + kStringChunk));
  }
  return text;
}

// A trailing odd byte is ignored, as in node.
function utf16leDecode(bytes) {
  const count = bytes.length >>> 1;
  if (isLittleEndianHost()) {
    const aligned = bytes.byteOffset % 2 === 0 ? bytes : new Uint8Array(bytes);
    return charCodesToString(new Uint16Array(aligned.buffer, aligned.byteOffset, count));
  }
  const units = new Uint16Array(count);
  for (let i = 0; i < count; i++) units[i] = bytes[2 * i] | (bytes[2 * i + 1] << 8);
  return charCodesToString(units);
}

function latin1Bytes(string) {
  const bytes = new Uint8Array(string.length);
  writeLatin1(bytes, string, 0, bytes.length);
  return bytes;
}

function utf16leBytes(string) {
  const bytes = new Uint8Array(string.length * 2);
  writeUtf16le(bytes, string, 0, bytes.length);
  return bytes;
}

// node's estimate: 3 bytes per 4 characters, less trailing '=' padding.
function base64ByteLength(string) {
  let length = string.length;
  if (length > 0 && string.charCodeAt(length - 1) === 0x3d) length--;
  if (length > 1 && string.charCodeAt(length - 1) === 0x3d) length--;
  return (length * 3) >>> 2;
}

// Per encoding: byteLength(string), toBytes(string) -> Uint8Array,
// fromString(string) -> Buffer, write(buf, string, offset, length) -> bytes
// written, slice(bytes) -> string.
const encodingOps = {
  utf8: {
    name: 'utf8',
    byteLength: utf8ByteLength,
    toBytes: (string) => binding.utf8Encode(string),
    fromString: utf8FromString,
    write: writeUtf8,
    slice: (bytes) => binding.utf8Decode(bytes),
  },
  utf16le: {
    name: 'utf16le',
    byteLength: (string) => string.length * 2,
    toBytes: utf16leBytes,
    fromString: (string) => {
      const buf = allocate(string.length * 2);
      writeUtf16le(buf, string, 0, buf.length);
      return buf;
    },
    write: writeUtf16le,
    slice: utf16leDecode,
  },
  latin1: {
    name: 'latin1',
    byteLength: (string) => string.length,
    toBytes: latin1Bytes,
    fromString: latin1FromString,
    write: writeLatin1,
    slice: (bytes) => binding.latin1Decode(bytes),
  },
  ascii: {
    name: 'ascii',
    byteLength: (string) => string.length,
    toBytes: latin1Bytes,
    fromString: latin1FromString,
    write: writeLatin1,
    slice: asciiDecode,
  },
  hex: {
    name: 'hex',
    byteLength: (string) => string.length >>> 1,
    toBytes: hexDecode,
    fromString: (string) => wrapBytes(hexDecode(string)),
    write: writeHex,
    slice: (bytes) => binding.hexEncode(bytes),
  },
  base64: {
    name: 'base64',
    byteLength: base64ByteLength,
    toBytes: base64Decode,
    fromString: (string) => wrapBytes(base64Decode(string)),
    write: (buf, string, offset, length) => writeDecoded(buf, base64Decode(string), offset, length),
    slice: (bytes) => binding.base64Encode(bytes, false),
  },
  base64url: {
    name: 'base64url',
    byteLength: base64ByteLength,
    toBytes: base64Decode,
    fromString: (string) => wrapBytes(base64Decode(string)),
    write: (buf, string, offset, length) => writeDecoded(buf, base64Decode(string), offset, length),
    slice: (bytes) => binding.base64Encode(bytes, true),
  },
};

// ---- the Buffer class and allocation -------------------------------------

// The class every Buffer really is; `Buffer` itself is a callable function
// sharing its prototype, as in node.
class FastBuffer extends Uint8Array {
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

function wrapBytes(bytes) {
  return new FastBuffer(bytes.buffer, bytes.byteOffset, bytes.length);
}

// Small buffers are cut from a shared pool (made on first use), as node's are.
let pool = null;
let poolOffset = 0;

function poolFor(size) {
  if (pool === null || size > pool.byteLength - poolOffset) {
    pool = new ArrayBuffer(Buffer.poolSize);
    poolOffset = 0;
  }
  return pool;
}

function takeFromPool(size) {
  const buf = new FastBuffer(poolFor(size), poolOffset, size);
  poolOffset += size;
  if (poolOffset % 8 !== 0) poolOffset += 8 - (poolOffset % 8);
  return buf;
}

function usesPool(size) {
  return size < (Buffer.poolSize >>> 1);
}

// Node's memory here is uninitialised; ours is always zeroed.
function allocate(size) {
  if (size <= 0) return new FastBuffer();
  return usesPool(size) ? takeFromPool(size) : new FastBuffer(size);
}

function utf8FromString(string) {
  const maxBytes = string.length * 3;
  if (!usesPool(maxBytes)) return wrapBytes(binding.utf8Encode(string));
  const target = new Uint8Array(poolFor(maxBytes), poolOffset, maxBytes);
  const written = binding.encodeInto(string, target)[1];
  return takeFromPool(written);
}

function latin1FromString(string) {
  const buf = allocate(string.length);
  writeLatin1(buf, string, 0, buf.length);
  return buf;
}

let deprecationWarned = false;
let deprecationChecks = 0;

// DEP0005, once, unless the call comes from a dependency in node_modules.
function warnBufferConstructor() {
  if (deprecationWarned || ++deprecationChecks > 100) return;
  const stack = new Error().stack || '';
  if (stack.includes('node_modules')) return;
  deprecationWarned = true;
  if (typeof process === 'object' && process !== null && typeof process.emitWarning === 'function') {
    process.emitWarning('Buffer() is deprecated due to security and usability issues. Please use ' +
      'the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.',
    'DeprecationWarning', 'DEP0005');
  }
}

function Buffer(arg, encodingOrOffset, length) {
  warnBufferConstructor();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw new codes.ERR_INVALID_ARG_TYPE('string', 'string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Buffer.prototype = FastBuffer.prototype;
FastBuffer.prototype.constructor = Buffer;
Object.setPrototypeOf(Buffer, Uint8Array);
Object.defineProperty(Buffer, Symbol.species, {
  get() { return FastBuffer; },
  enumerable: false,
  configurable: true,
});

Buffer.poolSize = kDefaultPoolSize;

function assertSize(size) {
  validateNumber(size, 'size', 0, kMaxLength);
}

// ---- Buffer.from ---------------------------------------------------------------

function fromString(string, encoding) {
  let ops = encodingOps.utf8;
  if (typeof encoding === 'string' && encoding.length !== 0) {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
  }
  if (string.length === 0) return new FastBuffer();
  return ops.fromString(string);
}

function fromArrayBuffer(arrayBuffer, byteOffset, length) {
  byteOffset = byteOffset === undefined ? 0 : +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = 0;
  const maxLength = arrayBuffer.byteLength - byteOffset;
  if (maxLength < 0) throw new codes.ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (!(length > 0)) length = 0;
    else if (length > maxLength) throw new codes.ERR_BUFFER_OUT_OF_BOUNDS('length');
  }
  return new FastBuffer(arrayBuffer, byteOffset, length);
}

// A copy of an array, typed array or array-like, element by element.
function fromArrayLike(source) {
  const length = Math.trunc(source.length);
  if (!(length > 0)) return new FastBuffer();
  const buf = allocate(length);
  typedArraySet.call(buf, source, 0);
  return buf;
}

function fromObject(object) {
  if (object.length !== undefined || isAnyArrayBuffer(object.buffer)) {
    if (typeof object.length !== 'number') return new FastBuffer();
    return fromArrayLike(object);
  }
  if (object.type === 'Buffer' && Array.isArray(object.data)) return fromArrayLike(object.data);
  return undefined;
}

function bufferFrom(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (ArrayBuffer.isView(value)) return fromArrayLike(value);
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const primitive = typeof value.valueOf === 'function' ? value.valueOf() : undefined;
    if (primitive != null && primitive !== value &&
        (typeof primitive === 'string' || typeof primitive === 'object')) {
      return bufferFrom(primitive, encodingOrOffset, length);
    }
    const buf = fromObject(value);
    if (buf !== undefined) return buf;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const text = value[Symbol.toPrimitive]('string');
      if (typeof text === 'string') return fromString(text, encodingOrOffset);
    }
  }
  throw new codes.ERR_INVALID_ARG_TYPE('first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
}

Buffer.from = function from(value, encodingOrOffset, length) {
  return bufferFrom(value, encodingOrOffset, length);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new codes.ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const viewLength = view.length;
  if (viewLength === 0) return new FastBuffer();
  let start = 0;
  let end = viewLength;
  if (offset !== undefined) {
    validateInteger(offset, 'offset', 0);
    if (offset >= viewLength) return new FastBuffer();
    start = offset;
  }
  if (length !== undefined) {
    validateInteger(length, 'length', 0);
    end = Math.min(start + length, viewLength);
  }
  const elementSize = view.BYTES_PER_ELEMENT;
  return fromArrayLike(bytesOf(view, start * elementSize, end * elementSize));
};

Buffer.of = function of(...items) {
  const buf = allocate(items.length);
  for (let i = 0; i < items.length; i++) buf[i] = items[i];
  return buf;
};

Buffer.alloc = function alloc(size, fill, encoding) {
  assertSize(size);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = new FastBuffer(size);
    return fillBuffer(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  assertSize(size);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  assertSize(size);
  return new FastBuffer(size);
};

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  validateUint8Array(buf1, 'buf1');
  validateUint8Array(buf2, 'buf2');
  if (buf1 === buf2) return 0;
  return binding.compareBytes(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
    normalizeEncoding(encoding) !== undefined;
};

Buffer.concat = function concat(list, length) {
  validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (const item of list) if (item.length) length += item.length;
  } else {
    validateInteger(length, 'length', 0, kMaxLength);
  }
  const buf = Buffer.allocUnsafe(length);
  let position = 0;
  for (let i = 0; i < list.length; i++) {
    if (!isUint8Array(list[i])) {
      throw new codes.ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
    position += copyBytes(list[i], buf, position, 0, list[i].length);
  }
  // allocUnsafe memory is zeroed here, so the tail past `position` already is.
  return buf;
};

Buffer.byteLength = function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new codes.ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  if (string.length === 0) return 0;
  const ops = encoding ? getEncodingOps(encoding) : undefined;
  return (ops || encodingOps.utf8).byteLength(string);
};

// ---- prototype: strings ------------------------------------------------------

// node's native argument parsing for the xxxSlice/xxxWrite methods.
function parseIndex(value, defaultValue) {
  if (value === undefined) return defaultValue;
  const index = Math.trunc(+value) || 0;
  if (index < 0) throw indexOutOfRange();
  return index;
}

function sliceWith(ops, buf, start, end) {
  start = parseIndex(start, 0);
  end = parseIndex(end, buf.length);
  if (end < start) end = start;
  if (end > buf.length) throw indexOutOfRange();
  return ops.slice(bytesOf(buf, start, end));
}

function writeWith(ops, buf, string, offset, length) {
  if (typeof string !== 'string') throw notAString();
  offset = parseIndex(offset, 0);
  if (offset > buf.length) {
    throw nativeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"offset" is outside of buffer bounds');
  }
  length = Math.min(buf.length - offset, parseIndex(length, buf.length - offset));
  if (length === 0) return 0;
  return ops.write(buf, string, offset, length);
}

// asciiSlice(start, end), asciiWrite(string, offset, length) and the like.
function encodingMethods() {
  const methods = [];
  const prefixes = [['ascii', 'ascii'], ['base64', 'base64'], ['base64url', 'base64url'],
    ['latin1', 'latin1'], ['hex', 'hex'], ['ucs2', 'utf16le'], ['utf8', 'utf8']];
  for (const [prefix, name] of prefixes) {
    const ops = encodingOps[name];
    methods.push([`${prefix}Slice`, function (start, end) { return sliceWith(ops, this, start, end); }]);
  }
  for (const [prefix, name] of prefixes) {
    const ops = encodingOps[name];
    methods.push([`${prefix}Write`, function (string, offset, length) {
      return writeWith(ops, this, string, offset, length);
    }]);
  }
  return methods;
}

// Strings longer than kStringMaxLength cannot be made, as in node (the
// engine's own limit is higher, and its error a plain RangeError).
function stringTooLong() {
  const { makeNodeError } = require('internal/errors');
  const message = `Cannot create a string longer than 0x${kStringMaxLength.toString(16)} characters`;
  return new (makeNodeError('ERR_STRING_TOO_LONG', Error, message))();
}

// How many characters decoding `n` bytes makes (at most, for utf8).
const DECODED_LENGTH = {
  hex: (n) => 2 * n,
  base64: (n) => Math.ceil(n / 3) * 4,
  base64url: (n) => Math.ceil((n * 4) / 3),
  utf16le: (n) => Math.floor(n / 2),
};

function decodeChecked(decode, bytes, encoding) {
  const estimate = DECODED_LENGTH[encoding];
  const length = estimate === undefined ? bytes.length : estimate(bytes.length);
  if (length <= kStringMaxLength) return decode(bytes);
  if (encoding !== 'utf8') throw stringTooLong();
  let s;
  try {
    s = decode(bytes);
  } catch (err) {
    throw err instanceof RangeError ? stringTooLong() : err;
  }
  if (s.length > kStringMaxLength) throw stringTooLong();
  return s;
}

function toString(encoding, start, end) {
  if (arguments.length === 0) return decodeChecked(binding.utf8Decode, this, 'utf8');
  const length = this.length;
  if (start <= 0) start = 0;
  else if (start >= length) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > length) end = length;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  if (encoding === undefined) return decodeChecked(binding.utf8Decode, bytesOf(this, start, end), 'utf8');
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
  return decodeChecked(ops.slice, bytesOf(this, start, end), ops.name);
}

function write(string, offset, length, encoding) {
  if (offset === undefined) return writeWith(encodingOps.utf8, this, string, 0, this.length);
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateInteger(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  if (!encoding) return writeWith(encodingOps.utf8, this, string, offset, length);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
  return writeWith(ops, this, string, offset, length);
}

function toJSON() {
  return { type: 'Buffer', data: Array.prototype.slice.call(this) };
}

// ---- prototype: comparing, searching, filling, copying -----------------------

function equals(otherBuffer) {
  validateUint8Array(otherBuffer, 'otherBuffer');
  if (this === otherBuffer) return true;
  if (this.byteLength !== otherBuffer.byteLength) return false;
  return this.byteLength === 0 || binding.compareBytes(this, otherBuffer) === 0;
}

function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  validateUint8Array(target, 'target');
  if (arguments.length === 1) return this === target ? 0 : binding.compareBytes(this, target);
  targetStart = rangeArgument(targetStart, 'targetStart', 0, kMaxLength);
  targetEnd = rangeArgument(targetEnd, 'targetEnd', target.length, target.length);
  sourceStart = rangeArgument(sourceStart, 'sourceStart', 0, kMaxLength);
  sourceEnd = rangeArgument(sourceEnd, 'sourceEnd', this.length, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  return binding.compareBytes(bytesOf(this, sourceStart, sourceEnd), bytesOf(target, targetStart, targetEnd));
}

function rangeArgument(value, name, defaultValue, max) {
  if (value === undefined) return defaultValue;
  validateInteger(value, name, 0, max);
  return value;
}

// Where a search for `needleLength` bytes begins (node's rules for offsets
// before the start or past the end), or -1 when nothing can match.
function searchStart(length, offset, needleLength, forward) {
  offset = Math.trunc(offset);
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    return forward || needleLength === 0 ? 0 : -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  return forward ? -1 : length - 1;
}

function indexOfByte(buf, byte, byteOffset, forward) {
  const start = searchStart(buf.length, byteOffset, 1, forward);
  if (start < 0 || buf.length === 0) return -1;
  return forward ? typedArrayIndexOf.call(buf, byte, start) : typedArrayLastIndexOf.call(buf, byte, start);
}

// UTF-16 searches compare whole code units from the start of the buffer,
// so matches sit at even offsets. As in node, a search of an odd-length
// buffer that finds nothing reports the end of its last whole unit.
function indexOfUnits(buf, needle, start, forward) {
  if (buf.length < 2 || needle.length < 2) return -1;
  const evenLength = buf.length - (buf.length % 2);
  const haystack = bytesOf(buf, 0, evenLength);
  const pattern = bytesOf(needle, 0, needle.length - (needle.length % 2));
  let position = start - (start % 2);
  let found = -1;
  while (position >= 0) {
    found = binding.indexOfBytes(haystack, pattern, position, !forward);
    if (found === -1 || found % 2 === 0) break;
    position = forward ? found + 1 : found - 1;
    found = -1;
  }
  const result = found === -1 ? evenLength : found;
  return result === buf.length ? -1 : result;
}

function indexOfBytes(buf, needle, byteOffset, forward, utf16) {
  const length = buf.length;
  const start = searchStart(length, byteOffset, needle.length, forward);
  if (needle.length === 0) return start;
  if (length === 0 || start < 0) return -1;
  if (needle.length > length || (forward && start + needle.length > length)) return -1;
  if (utf16) return indexOfUnits(buf, needle, start, forward);
  return binding.indexOfBytes(buf, needle, start, !forward);
}

function bidirectionalIndexOf(buf, value, byteOffset, encoding, forward) {
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset; // null and [] become 0; undefined and {} NaN
  if (Number.isNaN(byteOffset)) byteOffset = forward ? 0 : buf.length;

  if (typeof value === 'number') return indexOfByte(buf, (value >>> 0) & 0xff, byteOffset, forward);
  const ops = encoding === undefined ? encodingOps.utf8 : getEncodingOps(encoding);
  if (typeof value === 'string') {
    if (ops === undefined) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
    if (ops.name !== 'utf16le') return indexOfBytes(buf, ops.toBytes(value), byteOffset, forward, false);
    // A UTF-16 string is searched for in the whole code units only.
    const units = bytesOf(buf, 0, buf.length - (buf.length % 2));
    return indexOfBytes(units, ops.toBytes(value), byteOffset, forward, true);
  }
  if (isUint8Array(value)) {
    return indexOfBytes(buf, value, byteOffset, forward, ops !== undefined && ops.name === 'utf16le');
  }
  throw new codes.ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], value);
}

function indexOf(value, byteOffset, encoding) {
  return bidirectionalIndexOf(this, value, byteOffset, encoding, true);
}

function lastIndexOf(value, byteOffset, encoding) {
  return bidirectionalIndexOf(this, value, byteOffset, encoding, false);
}

function includes(value, byteOffset, encoding) {
  return this.indexOf(value, byteOffset, encoding) !== -1;
}

// The bytes a string fill value repeats, or a number for single-byte fills.
function fillPattern(value, encodingName) {
  if (value.length === 0) return 0;
  if (value.length === 1) {
    const code = value.charCodeAt(0);
    if (encodingName === 'utf8' && code < 128) return code;
    if (encodingName === 'latin1') return code;
  }
  return encodingOps[encodingName].toBytes(value);
}

function fillBuffer(buf, value, offset, end, encoding) {
  let pattern = value;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const encodingName = normalizeEncoding(encoding);
    if (encodingName === undefined) {
      validateString(encoding, 'encoding');
      throw new codes.ERR_UNKNOWN_ENCODING(encoding);
    }
    pattern = fillPattern(value, encodingName);
  }

  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateInteger(offset, 'offset', 0, kMaxLength);
    if (end === undefined) end = buf.length;
    else validateInteger(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }

  if (ArrayBuffer.isView(pattern)) {
    if (pattern.byteLength === 0) throw new codes.ERR_INVALID_ARG_VALUE('value', value);
    // A copy, in case the pattern shares memory with the target.
    binding.fillBytes(bytesOf(buf, offset, end), typedArraySlice.call(bytesOf(pattern)));
  } else {
    if (typeof pattern !== 'number') pattern = (+pattern >>> 0) & 0xff;
    typedArrayFill.call(buf, pattern, offset, end);
  }
  return buf;
}

function fill(value, offset, end, encoding) {
  return fillBuffer(this, value, offset, end, encoding);
}

// Copies what fits; returns the number of bytes copied.
function copyBytes(source, target, targetStart, sourceStart, sourceEnd) {
  const count = Math.min(sourceEnd - sourceStart, target.length - targetStart, source.length - sourceStart);
  if (count <= 0) return 0;
  typedArraySet.call(target, bytesOf(source, sourceStart, sourceStart + count), targetStart);
  return count;
}

// node's lenient integer conversion for copy(): NaN and infinities give
// the default, other numbers are floored.
function toInteger(value, defaultValue) {
  value = +value;
  return Number.isFinite(value) ? Math.floor(value) : defaultValue;
}

function copy(target, targetStart, sourceStart, sourceEnd) {
  validateUint8Array(this, 'source');
  validateUint8Array(target, 'target');
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw new codes.ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > this.length) {
      throw new codes.ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${this.length}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = this.length;
  } else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new codes.ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  return copyBytes(this, target, targetStart, sourceStart, sourceEnd);
}

// ---- prototype: views ----------------------------------------------------------

// Relative offsets: negative counts from the end, results clamp to [0, length].
function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) return Math.max(offset + length, 0);
  return Math.min(offset, length);
}

function subView(buf, start, end) {
  const length = buf.length;
  start = adjustOffset(start, length);
  end = end === undefined ? length : adjustOffset(end, length);
  return new FastBuffer(buf.buffer, buf.byteOffset + start, end > start ? end - start : 0);
}

function subarray(start, end) {
  return subView(this, start, end);
}

function slice(start, end) {
  return this.subarray(start, end);
}

function swapPairs(buf, size) {
  for (let i = 0; i < buf.length; i += size) {
    for (let lo = i, hi = i + size - 1; lo < hi; lo++, hi--) {
      const byte = buf[lo];
      buf[lo] = buf[hi];
      buf[hi] = byte;
    }
  }
  return buf;
}

function swap16() {
  if (this.length % 2 !== 0) throw invalidBufferSize('16-bits');
  return swapPairs(this, 2);
}

function swap32() {
  if (this.length % 4 !== 0) throw invalidBufferSize('32-bits');
  return swapPairs(this, 4);
}

function swap64() {
  if (this.length % 8 !== 0) throw invalidBufferSize('64-bits');
  return swapPairs(this, 8);
}


// ---- prototype: numbers ----------------------------------------------------------

// node's errors for a bad offset (or byteLength, when `name` is given).
function boundsError(value, last, name) {
  if (Math.floor(value) !== value) {
    validateNumber(value, name || 'offset');
    throw new codes.ERR_OUT_OF_RANGE(name || 'offset', 'an integer', value);
  }
  if (last < 0) throw new codes.ERR_BUFFER_OUT_OF_BOUNDS();
  throw new codes.ERR_OUT_OF_RANGE(name || 'offset', `>= ${name ? 1 : 0} and <= ${last}`, value);
}

function checkBounds(buf, offset, size) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) {
    boundsError(offset, buf.length - size);
  }
}

function readUnsigned(buf, offset, size, littleEndian) {
  checkBounds(buf, offset, size);
  let value = 0;
  for (let i = 0; i < size; i++) {
    value = value * 256 + buf[littleEndian ? offset + size - 1 - i : offset + i];
  }
  return value;
}

function readSigned(buf, offset, size, littleEndian) {
  const value = readUnsigned(buf, offset, size, littleEndian);
  const limit = 2 ** (8 * size - 1);
  return value >= limit ? value - 2 * limit : value;
}

// The range node states for a rejected value of `size` bytes.
function rangeText(min, max, size) {
  const n = typeof min === 'bigint' ? 'n' : '';
  if (size <= 4) return `>= ${min}${n} and <= ${max}${n}`;
  const bits = size * 8;
  if (min === 0 || min === 0n) return `>= 0${n} and < 2${n} ** ${bits}${n}`;
  return `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
}

function checkValue(value, min, max, size) {
  if (value > max || value < min) throw new codes.ERR_OUT_OF_RANGE('value', rangeText(min, max, size), value);
}

// Stores the low `size` bytes of an integer; node's conversions (bytes
// above 32 bits from the value divided by 2 ** 32, each byte truncated).
function storeInteger(buf, value, offset, size, littleEndian) {
  const step = littleEndian ? 1 : -1;
  let position = littleEndian ? offset : offset + size - 1;
  let low = value;
  for (let i = 0; i < size && i < 4; i++, position += step) {
    buf[position] = low;
    low >>>= 8;
  }
  if (size > 4) {
    let high = Math.floor(value * 2 ** -32);
    for (let i = 4; i < size; i++, position += step) {
      buf[position] = high;
      high >>>= 8;
    }
  }
  return offset + size;
}

function writeInteger(buf, value, offset, size, littleEndian, min, max) {
  value = +value;
  if (size === 1) {
    // One byte: the offset's type is checked before the value.
    validateNumber(offset, 'offset');
    checkValue(value, min, max, 1);
    if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
  } else {
    checkValue(value, min, max, size);
    checkBounds(buf, offset, size);
  }
  return storeInteger(buf, value, offset, size, littleEndian);
}

const kUnsignedMax = [0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff];

function unsignedLimits(size) {
  return [0, kUnsignedMax[size]];
}

function signedLimits(size) {
  const half = 2 ** (8 * size - 1);
  return [-half, half - 1];
}

function readBig64(buf, offset, littleEndian, signed) {
  checkBounds(buf, offset, 8);
  const high = readUnsigned(buf, littleEndian ? offset + 4 : offset, 4, littleEndian);
  const low = readUnsigned(buf, littleEndian ? offset : offset + 4, 4, littleEndian);
  const value = (BigInt(high) << 32n) + BigInt(low);
  return signed ? BigInt.asIntN(64, value) : value;
}

function writeBig64(buf, value, offset, littleEndian, signed) {
  const min = signed ? -(2n ** 63n) : 0n;
  const max = signed ? 2n ** 63n - 1n : 2n ** 64n - 1n;
  checkValue(value, min, max, 8);
  checkBounds(buf, offset, 8);
  const low = Number(value & 0xffffffffn);
  const high = Number((value >> 32n) & 0xffffffffn);
  storeInteger(buf, low, littleEndian ? offset : offset + 4, 4, littleEndian);
  storeInteger(buf, high, littleEndian ? offset + 4 : offset, 4, littleEndian);
  return offset + 8;
}

let floatScratch = null;
function scratch() {
  if (floatScratch === null) floatScratch = new DataView(new ArrayBuffer(8));
  return floatScratch;
}

function readFloat(buf, offset, size, littleEndian) {
  checkBounds(buf, offset, size);
  const view = scratch();
  for (let i = 0; i < size; i++) view.setUint8(i, buf[offset + i]);
  return size === 4 ? view.getFloat32(0, littleEndian) : view.getFloat64(0, littleEndian);
}

function writeFloat(buf, value, offset, size, littleEndian) {
  value = +value;
  checkBounds(buf, offset, size);
  const view = scratch();
  if (size === 4) view.setFloat32(0, value, littleEndian);
  else view.setFloat64(0, value, littleEndian);
  for (let i = 0; i < size; i++) buf[offset + i] = view.getUint8(i);
  return offset + size;
}

// readUIntLE(offset, byteLength) and friends: 1 to 6 bytes.
function checkByteLength(byteLength) {
  if (byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength)) return;
  boundsError(byteLength, 6, 'byteLength');
}

// Method pairs followed by their lower-case `Uint` aliases (same functions).
function withUintAliases(methods) {
  return [...methods, ...methods.map(([name, fn]) => [name.replace('UInt', 'Uint'), fn])];
}

function fixedIntegerMethod(kind, size, le) {
  switch (kind) {
    case 'readUInt': return function (offset = 0) { return readUnsigned(this, offset, size, le); };
    case 'readInt': return function (offset = 0) { return readSigned(this, offset, size, le); };
    default: {
      const [min, max] = kind === 'writeUInt' ? unsignedLimits(size) : signedLimits(size);
      return function (value, offset = 0) { return writeInteger(this, value, offset, size, le, min, max); };
    }
  }
}

// readUIntLE(offset, byteLength) and friends, for 1 to 6 bytes.
function variableIntegerMethod(kind, le) {
  const signed = !kind.includes('UInt');
  if (kind.startsWith('read')) {
    return function (offset, byteLength) {
      if (offset === undefined) throw new codes.ERR_INVALID_ARG_TYPE('offset', 'number', offset);
      checkByteLength(byteLength);
      return (signed ? readSigned : readUnsigned)(this, offset, byteLength, le);
    };
  }
  return function (value, offset, byteLength) {
    checkByteLength(byteLength);
    const [min, max] = signed ? signedLimits(byteLength) : unsignedLimits(byteLength);
    return writeInteger(this, value, offset, byteLength, le, min, max);
  };
}

// One kind ('readUInt', 'writeInt', ...) in node's order: xIntLE, xInt32LE,
// xInt16LE, xInt8, xIntBE, xInt32BE, xInt16BE.
function integerMethods(kind) {
  const methods = [];
  for (const [suffix, le] of [['LE', true], ['BE', false]]) {
    methods.push([`${kind}${suffix}`, variableIntegerMethod(kind, le)]);
    for (const size of le ? [4, 2, 1] : [4, 2]) {
      methods.push([`${kind}${size * 8}${size === 1 ? '' : suffix}`, fixedIntegerMethod(kind, size, le)]);
    }
  }
  return methods;
}

function bigIntMethods() {
  const endians = [['LE', true], ['BE', false]];
  const read = (signed) => endians.map(([suffix, le]) => [`readBig${signed ? 'Int' : 'UInt'}64${suffix}`,
    function (offset = 0) { return readBig64(this, offset, le, signed); }]);
  const write = (signed) => endians.map(([suffix, le]) => [`writeBig${signed ? 'Int' : 'UInt'}64${suffix}`,
    function (value, offset = 0) { return writeBig64(this, value, offset, le, signed); }]);
  return [...withUintAliases(read(false)), ...read(true), ...withUintAliases(write(false)), ...write(true)];
}

function floatMethods() {
  const methods = [];
  for (const action of ['read', 'write']) {
    for (const [kind, size] of [['Float', 4], ['Double', 8]]) {
      for (const [suffix, le] of [['LE', true], ['BE', false]]) {
        methods.push([`${action}${kind}${suffix}`, action === 'read' ?
          function (offset = 0) { return readFloat(this, offset, size, le); } :
          function (value, offset = 0) { return writeFloat(this, value, offset, size, le); }]);
      }
    }
  }
  return methods;
}

function numberMethods() {
  return [
    ...bigIntMethods(),
    ...withUintAliases(integerMethods('readUInt')),
    ...integerMethods('readInt'),
    ...withUintAliases(integerMethods('writeUInt')),
    ...integerMethods('writeInt'),
    ...floatMethods(),
  ];
}

// ---- prototype: inspection ----------------------------------------------------------

function isIndexKey(key, length) {
  if (typeof key !== 'string') return false;
  const index = Number(key);
  return Number.isInteger(index) && index >= 0 && index < length && String(index) === key;
}

// Own non-index properties, as node shows them after the bytes. Listing a
// typed array's keys lists every index too, so buffers over 64 KiB skip this.
const kMaxExtrasScan = 1 << 16;
function extraProperties(buf, showHidden) {
  if (buf.length > kMaxExtrasScan) return null;
  let extras = null;
  for (const key of Reflect.ownKeys(buf)) {
    if (isIndexKey(key, buf.length)) continue;
    const descriptor = Object.getOwnPropertyDescriptor(buf, key);
    if (!showHidden && !descriptor.enumerable) continue;
    if (extras === null) extras = {};
    const value = buf[key];
    Object.defineProperty(extras, key, { value, enumerable: true, configurable: true, writable: true });
  }
  return extras;
}

// (node passes util.inspect as a third argument to custom inspectors.)
function inspect(recurseTimes, ctx) {
  const inspectFn = arguments[2];
  const shown = Math.min(INSPECT_MAX_BYTES, this.length);
  let text = binding.hexEncode(bytesOf(this, 0, Math.trunc(shown))).replace(/(..)(?!$)/g, '$1 ');
  const remaining = this.length - INSPECT_MAX_BYTES;
  if (remaining > 0) text += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    const extras = extraProperties(this, ctx.showHidden);
    if (extras !== null) {
      const format = typeof inspectFn === 'function' ? inspectFn : require('internal/inspect').inspect;
      if (this.length !== 0) text += ', ';
      text += format(extras, { ...ctx, breakLength: Infinity, compact: true }).slice(2, -2);
    }
  }
  return `<${this.constructor.name} ${text}>`;
}

// ---- the prototype ------------------------------------------------------------------
// Methods are plain (enumerable) properties, in node's order.

function installPrototype(proto) {
  const methods = [
    ...numberMethods(),
    ...encodingMethods(),
  ];
  for (const [name, fn] of methods) {
    if (fn.name === '') named(name, fn);
    proto[name] = fn;
  }
  Object.defineProperty(proto, 'parent', {
    enumerable: true,
    configurable: true,
    get() { return this instanceof Buffer ? this.buffer : undefined; },
  });
  Object.defineProperty(proto, 'offset', {
    enumerable: true,
    configurable: true,
    get() { return this instanceof Buffer ? this.byteOffset : undefined; },
  });
  Object.assign(proto, { copy, toString, equals });
  proto[customInspectSymbol] = inspect;
  Object.assign(proto, {
    inspect, compare, indexOf, lastIndexOf, includes, fill, write, toJSON, subarray, slice,
    swap16, swap32, swap64, toLocaleString: toString,
  });
}

installPrototype(Buffer.prototype);

// ---- SlowBuffer ---------------------------------------------------------------------

function SlowBuffer(size) {
  assertSize(size);
  return new FastBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

// ---- transcode ------------------------------------------------------------------------

function transcodeError(code, errno) {
  const error = new Error(`Unable to transcode Buffer [${code}]`);
  error.code = code;
  error.errno = errno;
  return error;
}

const kLoneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const kLoneSurrogates = new RegExp(kLoneSurrogate.source, 'g');

function hasLoneSurrogate(text) {
  return kLoneSurrogate.test(text);
}

function isValidUtf8(bytes) {
  if (bytes.length === 0) return true;
  const text = binding.utf8Decode(bytes);
  if (!text.includes('\ufffd')) return true;
  const again = binding.utf8Encode(text);
  return again.length === bytes.length && binding.compareBytes(again, bytes) === 0;
}

// Decodes for transcode(): invalid input becomes U+FFFD, as ICU does.
function transcodeDecode(bytes, from, to) {
  switch (from) {
    case 'utf8': return binding.utf8Decode(bytes);
    case 'latin1': return binding.latin1Decode(bytes);
    case 'ascii':
      // ICU widens bytes when the target is UTF-16, else substitutes.
      if (to === 'utf16le') return binding.latin1Decode(bytes);
      return binding.latin1Decode(bytes).replace(kHighLatin1Chars, '\ufffd');
    default: { // utf16le
      let text = utf16leDecode(bytes);
      if (to === 'utf16le') {
        text = text.replace(kLoneSurrogates, '\ufffd');
        if (bytes.length % 2 !== 0) text += '\ufffd';
      }
      return text;
    }
  }
}

// Characters the target cannot hold become '?', one per code point.
function transcodeEncode(text, to) {
  switch (to) {
    case 'utf8': return binding.utf8Encode(text);
    case 'utf16le': return utf16leBytes(text);
    case 'latin1': return latin1Bytes(text.replace(/[\ud800-\udbff][\udc00-\udfff]|[^\x00-\xff]/g, '?'));
    default: return latin1Bytes(text.replace(/[\ud800-\udbff][\udc00-\udfff]|[^\x00-\x7f]/g, '?'));
  }
}

const kTranscodable = new Set(['utf8', 'latin1', 'ascii', 'utf16le']);

function transcode(source, fromEncoding, toEncoding) {
  validateUint8Array(source, 'source');
  if (source.length === 0) return new FastBuffer();
  const from = normalizeEncoding(fromEncoding);
  const to = normalizeEncoding(toEncoding);
  if (!kTranscodable.has(from) || !kTranscodable.has(to)) {
    throw transcodeError('U_ILLEGAL_ARGUMENT_ERROR', 1);
  }
  const bytes = bytesOf(source);
  if (from === 'utf8' && to === 'utf16le' && !isValidUtf8(bytes)) {
    throw transcodeError('U_INVALID_CHAR_FOUND', 10);
  }
  if (from === 'utf8' && to === 'utf8') return wrapBytes(binding.utf8Encode(binding.utf8Decode(bytes)));
  const text = transcodeDecode(bytes, from, to);
  if (from === 'utf16le' && to === 'utf8' && hasLoneSurrogate(text)) {
    throw transcodeError('U_INVALID_CHAR_FOUND', 10);
  }
  return wrapBytes(transcodeEncode(text, to));
}

// ---- isUtf8 / isAscii ----------------------------------------------------------------

function inputBytes(input) {
  if (isTypedArray(input)) return bytesOf(input);
  if (isAnyArrayBuffer(input)) {
    if (input.detached === true) {
      throw new codes.ERR_INVALID_STATE('Cannot validate on a detached buffer');
    }
    return new Uint8Array(input);
  }
  throw new codes.ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isUtf8(input) {
  return isValidUtf8(inputBytes(input));
}

function isAscii(input) {
  const bytes = inputBytes(input);
  return bytes.length === 0 || !kNonAsciiChar.test(binding.latin1Decode(bytes));
}

// ---- atob / btoa ---------------------------------------------------------------------

function invalidCharacterError(message) {
  if (typeof DOMException === 'function') return new DOMException(message, 'InvalidCharacterError');
  const error = new Error(message);
  error.name = 'InvalidCharacterError';
  error.code = 5;
  return error;
}

function btoa(input) {
  if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('input');
  input = `${input}`;
  if (kAboveLatin1.test(input)) throw invalidCharacterError('Invalid character');
  return binding.base64Encode(latin1Bytes(input), false);
}

// WHATWG forgiving-base64 decode, with node's two messages.
function atob(input) {
  if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('input');
  const data = `${input}`.replace(/[\t\n\f\r ]/g, '');
  if (/[^A-Za-z0-9+/=]/.test(data)) throw invalidCharacterError('Invalid character');
  const padding = data.length - data.replace(/=+$/, '').length;
  const firstEqual = data.indexOf('=');
  if (padding > 2 || (firstEqual !== -1 && firstEqual < data.length - padding)) {
    throw invalidCharacterError('Invalid character');
  }
  let remainder = data.length % 4;
  if (remainder === 0) remainder = (data.length - padding) % 4;
  else if (padding > 0) throw invalidCharacterError('Invalid character');
  if (remainder === 1) {
    throw invalidCharacterError('The string to be decoded is not correctly encoded.');
  }
  return binding.latin1Decode(binding.base64Decode(data));
}

// ---- Blob / File ----------------------------------------------------------------------

function validateDictionary(value, name) {
  if (value != null && typeof value !== 'object' && typeof value !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE(name, 'a dictionary', value);
  }
}

// MIME types are kept lower-cased, or dropped when not printable ASCII.
function normalizeType(type) {
  type = `${type}`;
  return /[^\u0020-\u007e]/.test(type) ? '' : type.toLowerCase();
}

function blobPartBytes(part, endings) {
  if (typeof part === 'string') {
    return binding.utf8Encode(endings === 'native' ? part.replace(/\r?\n/g, '\n') : part);
  }
  if (isAnyArrayBuffer(part)) return typedArraySlice.call(new Uint8Array(part));
  if (ArrayBuffer.isView(part)) return typedArraySlice.call(bytesOf(part));
  if (isBlob(part)) return blobBytes(part);
  return binding.utf8Encode(`${part}`);
}

function concatBytes(parts) {
  let length = 0;
  for (const part of parts) length += part.length;
  const bytes = new Uint8Array(length);
  let position = 0;
  for (const part of parts) {
    bytes.set(part, position);
    position += part.length;
  }
  return bytes;
}

function relativeIndex(value, size, defaultValue) {
  if (value === undefined) return defaultValue;
  const index = Math.trunc(+value) || 0;
  return index < 0 ? Math.max(size + index, 0) : Math.min(index, size);
}

function checkBlob(value) {
  if (!isBlob(value)) throw new codes.ERR_INVALID_THIS('Blob');
}

// Set by Blob's static block: brand check and byte access for this module.
let isBlob;
let blobBytes;
let setBlobBytes;

class Blob {
  #bytes;
  #type;

  static {
    isBlob = (value) => value !== null && typeof value === 'object' && #bytes in value;
    blobBytes = (blob) => blob.#bytes;
    setBlobBytes = (blob, bytes) => { blob.#bytes = bytes; };
  }

  constructor(sources = [], options = undefined) {
    if (sources === null || typeof sources !== 'object' || typeof sources[Symbol.iterator] !== 'function') {
      throw new codes.ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    validateDictionary(options, 'options');
    const { type = '', endings = 'transparent' } = options ?? {};
    const endingsText = `${endings}`;
    if (endingsText !== 'transparent' && endingsText !== 'native') {
      throw new codes.ERR_INVALID_ARG_VALUE('options.endings', endings);
    }
    const parts = [];
    for (const part of sources) parts.push(blobPartBytes(part, endingsText));
    this.#bytes = concatBytes(parts);
    this.#type = normalizeType(type);
  }


  get type() {
    checkBlob(this);
    return this.#type;
  }

  get size() {
    checkBlob(this);
    return this.#bytes.length;
  }

  slice(start = undefined, end = undefined, contentType = '') {
    checkBlob(this);
    const size = this.#bytes.length;
    const from = relativeIndex(start, size, 0);
    const to = relativeIndex(end, size, size);
    const blob = new Blob([], { type: contentType });
    setBlobBytes(blob, this.#bytes.slice(from, Math.max(from, to)));
    return blob;
  }

  arrayBuffer() {
    if (!isBlob(this)) return Promise.reject(new codes.ERR_INVALID_THIS('Blob'));
    return Promise.resolve(this.#bytes.slice().buffer);
  }

  text() {
    if (!isBlob(this)) return Promise.reject(new codes.ERR_INVALID_THIS('Blob'));
    return this.arrayBuffer().then((buffer) => binding.utf8Decode(new Uint8Array(buffer)));
  }

  bytes() {
    if (!isBlob(this)) return Promise.reject(new codes.ERR_INVALID_THIS('Blob'));
    return this.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  }

  stream() {
    checkBlob(this);
    const bytes = this.#bytes.slice();
    return new ReadableStream({
      type: 'bytes',
      start(controller) {
        if (bytes.length > 0) controller.enqueue(bytes);
        controller.close();
      },
    });
  }

  [customInspectSymbol](depth, options, inspectFn) {
    if (depth < 0) return this;
    const format = typeof inspectFn === 'function' ? inspectFn : require('internal/inspect').inspect;
    const nested = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    const fields = { size: this.size, type: this.type };
    if (this instanceof File) {
      fields.name = this.name;
      fields.lastModified = this.lastModified;
    }
    return `${this.constructor.name} ${format(fields, nested)}`;
  }
}

Object.defineProperty(Blob.prototype, Symbol.toStringTag, { value: 'Blob', configurable: true });

let isFile;

function checkFile(value) {
  if (!isFile(value)) throw new codes.ERR_INVALID_THIS('File');
}

class File extends Blob {
  #name;
  #lastModified;

  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    const { lastModified } = options ?? {};
    let modified = lastModified === undefined ? Date.now() : +lastModified;
    if (Number.isNaN(modified)) modified = 0;
    this.#name = `${fileName}`;
    this.#lastModified = Math.trunc(modified);
  }

  static {
    isFile = (value) => value !== null && typeof value === 'object' && #name in value;
  }

  get name() {
    checkFile(this);
    return this.#name;
  }

  get lastModified() {
    checkFile(this);
    return this.#lastModified;
  }
}

Object.defineProperty(File.prototype, Symbol.toStringTag, { value: 'File', configurable: true });

// Blob URLs are not registered by spindle, so none resolves.
function resolveObjectURL(url) {
  void `${url}`;
  return undefined;
}

// ---- exports -----------------------------------------------------------------------------

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength },
  INSPECT_MAX_BYTES: undefined, // replaced by the accessor below
  Blob,
  resolveObjectURL,
  File,
};

Object.defineProperty(module.exports, 'constants', {
  value: module.exports.constants,
  enumerable: true,
  writable: false,
  configurable: false,
});

Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', {
  enumerable: true,
  configurable: true,
  get() { return INSPECT_MAX_BYTES; },
  set(value) {
    validateNumber(value, 'INSPECT_MAX_BYTES', 0);
    INSPECT_MAX_BYTES = value;
  },
});
