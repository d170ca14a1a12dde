'use strict';
// TextEncoder / TextDecoder (UTF-8, UTF-16LE, latin1) and atob / btoa.

const binding = require('internal/binding');

function toView(input) {
  if (input === undefined) return new Uint8Array(0);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (input instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && input instanceof SharedArrayBuffer)) {
    return new Uint8Array(input);
  }
  const { codes } = require('internal/errors');
  throw new codes.ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'ArrayBufferView'], input);
}

class TextEncoder {
  get encoding() {
    return 'utf-8';
  }

  encode(input = '') {
    return binding.utf8Encode(`${input}`);
  }

  encodeInto(source, destination) {
    const [read, written] = binding.encodeInto(`${source}`, destination);
    return { read, written };
  }
}

const LABELS = {
  'utf-8': 'utf-8', utf8: 'utf-8', 'unicode-1-1-utf-8': 'utf-8',
  'utf-16le': 'utf-16le', 'utf-16': 'utf-16le', ucs2: 'utf-16le',
  latin1: 'windows-1252', 'iso-8859-1': 'windows-1252', ascii: 'windows-1252', 'windows-1252': 'windows-1252',
};

class TextDecoder {
  constructor(encoding = 'utf-8', options = {}) {
    const label = `${encoding}`.trim().toLowerCase();
    const resolved = LABELS[label];
    if (resolved === undefined) {
      const err = new RangeError(`The "${encoding}" encoding is not supported`);
      err.code = 'ERR_ENCODING_NOT_SUPPORTED';
      throw err;
    }
    Object.defineProperty(this, kState, {
      value: { encoding: resolved, fatal: Boolean(options && options.fatal), ignoreBOM: Boolean(options && options.ignoreBOM), pending: null },
    });
  }

  get encoding() { return this[kState].encoding; }
  get fatal() { return this[kState].fatal; }
  get ignoreBOM() { return this[kState].ignoreBOM; }

  decode(input, options = {}) {
    const state = this[kState];
    let bytes = toView(input);
    const stream = Boolean(options && options.stream);
    if (state.pending) {
      const joined = new Uint8Array(state.pending.length + bytes.length);
      joined.set(state.pending);
      joined.set(bytes, state.pending.length);
      bytes = joined;
      state.pending = null;
    }
    if (state.encoding === 'utf-8') return decodeUtf8(state, bytes, stream);
    if (state.encoding === 'utf-16le') return decodeUtf16(state, bytes, stream);
    return binding.latin1Decode(bytes);
  }
}

const kState = Symbol('TextDecoder state');

function decodeUtf8(state, bytes, stream) {
  if (stream) {
    const cut = incompleteTail(bytes);
    if (cut > 0) {
      state.pending = bytes.slice(bytes.length - cut);
      bytes = bytes.subarray(0, bytes.length - cut);
    }
  }
  let start = 0;
  if (!state.ignoreBOM && bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const text = binding.utf8Decode(bytes.subarray(start), state.fatal);
  if (text === null) throw invalidData();
  return text;
}

function decodeUtf16(state, bytes, stream) {
  const end = bytes.length & ~1;
  if (stream && end !== bytes.length) state.pending = bytes.slice(end);
  let out = '';
  let i = 0;
  if (!state.ignoreBOM && end >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) i = 2;
  for (; i < end; i += 2) out += String.fromCharCode(bytes[i] | (bytes[i + 1] << 8));
  return out;
}

function invalidData() {
  const err = new TypeError('The encoded data was not valid for encoding utf-8');
  err.code = 'ERR_ENCODING_INVALID_ENCODED_DATA';
  return err;
}

/** How many trailing bytes form an incomplete UTF-8 sequence. */
function incompleteTail(bytes) {
  const n = bytes.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const b = bytes[n - back];
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

function invalidCharacter() {
  const DOMException = globalThis.DOMException;
  return new DOMException('Invalid character', 'InvalidCharacterError');
}

function btoa(input) {
  if (arguments.length === 0) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_MISSING_ARGS('input');
  }
  input = `${input}`;
  const bytes = new Uint8Array(input.length);
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c > 0xff) throw invalidCharacter();
    bytes[i] = c;
  }
  return binding.base64Encode(bytes, false);
}

function atob(input) {
  if (arguments.length === 0) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_MISSING_ARGS('input');
  }
  input = `${input}`.replace(/[\t\n\f\r ]/g, '');
  if (input.length % 4 === 0) input = input.replace(/={1,2}$/, '');
  if (input.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(input)) throw invalidCharacter();
  return binding.latin1Decode(binding.base64Decode(input));
}

module.exports = { TextEncoder, TextDecoder, atob, btoa };
