'use strict';
// node:string_decoder — turns a stream of byte chunks into strings, holding
// back the bytes of a character that is split across chunks (UTF-8
// sequences, UTF-16 code units and surrogate pairs, base64 3-byte groups).
//
// The state is node's: up to 4 held bytes (`lastChar`), how many bytes the
// held character still needs (`lastNeed`), and their total (`lastTotal`).

const { Buffer } = require('buffer');
const { codes } = require('internal/errors');
const { lookupEncoding } = require('internal/encoding-names');

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_UNKNOWN_ENCODING } = codes;

const kState = Symbol('kNativeDecoder');

// A missing or empty encoding means utf8; unknown ones throw.
function normalizeEncoding(encoding) {
  if (encoding === undefined || encoding === null || encoding === '') return 'utf8';
  const text = `${encoding}`;
  const name = lookupEncoding(text);
  if (name === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return name;
}

function StringDecoder(encoding) {
  this.encoding = normalizeEncoding(encoding);
  this[kState] = { held: Buffer.alloc(4), buffered: 0, missing: 0 };
}

function stateOf(decoder) {
  const state = decoder == null ? undefined : decoder[kState];
  if (state === undefined) throw new ERR_INVALID_THIS('StringDecoder');
  return state;
}

function bytesOf(view) {
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

function decode(bytes, encoding) {
  return bytes.length === 0 ? '' : bytes.toString(encoding);
}

// UTF-8: how many bytes at the end of `bytes` start a character that is not
// complete yet, and how many more it needs. Only the lead byte is looked at
// (invalid sequences are left for the decoder to replace).
function utf8Tail(bytes) {
  const length = bytes.length;
  for (let count = 1; count <= Math.min(4, length); count++) {
    const byte = bytes[length - count];
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte
    let needed = 0;
    if ((byte & 0xe0) === 0xc0) needed = 2;
    else if ((byte & 0xf0) === 0xe0) needed = 3;
    else if ((byte & 0xf8) === 0xf0) needed = 4;
    if (count >= needed) return [0, 0];
    return [count, needed - count];
  }
  return [0, 0];
}

// The bytes at the end of a chunk to hold back, and how many more each needs.
function incompleteTail(bytes, encoding) {
  switch (encoding) {
    case 'utf8':
      return utf8Tail(bytes);
    case 'utf16le':
      if (bytes.length % 2 === 1) return [1, 1];
      if (bytes.length > 0 && (bytes[bytes.length - 1] & 0xfc) === 0xd8) return [2, 2];
      return [0, 0];
    case 'base64':
    case 'base64url': {
      const count = bytes.length % 3;
      return count === 0 ? [0, 0] : [count, 3 - count];
    }
    default:
      return [0, 0];
  }
}

// Feeds the start of a chunk to the held character. Returns how many bytes
// of the chunk it took. A UTF-8 character whose continuation does not come
// is complete as it is (the decoder replaces it).
function completeHeld(state, bytes, encoding) {
  let taken = 0;
  while (state.missing > 0 && taken < bytes.length) {
    if (encoding === 'utf8' && (bytes[taken] & 0xc0) !== 0x80) {
      state.missing = 0;
      break;
    }
    state.held[state.buffered++] = bytes[taken++];
    state.missing--;
  }
  return taken;
}

function takeHeld(state, encoding) {
  const text = decode(state.held.subarray(0, state.buffered), encoding);
  state.buffered = 0;
  state.missing = 0;
  return text;
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
  const state = stateOf(this);
  let bytes = bytesOf(buf);
  let prefix = '';
  if (state.missing > 0) {
    const taken = completeHeld(state, bytes, this.encoding);
    if (state.missing > 0) return '';
    prefix = takeHeld(state, this.encoding);
    bytes = bytes.subarray(taken);
  }
  const [count, missing] = incompleteTail(bytes, this.encoding);
  const end = bytes.length - count;
  if (count > 0) {
    state.held.set(bytes.subarray(end), 0);
    state.buffered = count;
    state.missing = missing;
  }
  return prefix + decode(bytes.subarray(0, end), this.encoding);
};

StringDecoder.prototype.end = function end(buf) {
  let text = buf === undefined ? '' : this.write(buf);
  const state = stateOf(this);
  // A lone trailing byte of UTF-16 is dropped.
  if (this.encoding === 'utf16le' && state.buffered % 2 === 1) state.buffered--;
  if (state.buffered > 0) text += takeHeld(state, this.encoding);
  state.buffered = 0;
  state.missing = 0;
  return text;
};

// Legacy: decodes from `offset` on, forgetting any held bytes.
StringDecoder.prototype.text = function text(buf, offset) {
  const state = stateOf(this);
  state.buffered = 0;
  state.missing = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    configurable: true,
    enumerable: true,
    get() { return stateOf(this).held; },
  },
  lastNeed: {
    configurable: true,
    enumerable: true,
    get() { return stateOf(this).missing; },
  },
  lastTotal: {
    configurable: true,
    enumerable: true,
    get() {
      const state = stateOf(this);
      return state.buffered + state.missing;
    },
  },
});

module.exports = { StringDecoder };
