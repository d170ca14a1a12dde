'use strict';
// Hash, Hmac and crypto.hash(). The running state lives in Rust (see
// crates/modules/src/crypto.rs); JavaScript keeps a numeric handle.
//
// The Rust state is made lazily. Until a second piece of input arrives,
// a string given to update() is only remembered (strings cannot change),
// so the common `createHash(a).update(s).digest(e)` is one native call and
// never holds a handle. Byte input is absorbed at once (the caller may
// change its buffer afterwards), which makes the handle. A handle is freed
// by digest(); an object dropped before digest() leaves its Rust state
// behind until the thread ends (no FinalizationRegistry callbacks run in
// this engine set-up), a few hundred bytes each.
//
// Hash and Hmac are plain classes here; node's are also Transform streams
// (write()/pipe()), which can be layered on once `stream` exists.

const binding = require('internal/binding');
// `buffer` loads when a Buffer is first made, not with crypto: a worker
// that only hashes to hex never loads it.
const bufferClass = () => require('buffer').Buffer;
const { lookupEncoding } = require('internal/encoding-names');
// Error classes are looked up when thrown (`codes.X`), and internal/errors
// loads then: making them at load would cost every isolate that loads this.
const codes = require('internal/error-codes');
const { validateString, validateUint32 } = require('internal/validators');

const kState = Symbol('kState');
// Passed as the algorithm by copy(), with the source as a third argument.
const kCopy = Symbol('kCopy');

// Resolved digest names: name -> { id, size, xof } or null (unsupported).
const digestCache = new Map();

/** The digest a name selects, or null. */
function lookupDigest(name) {
  let info = digestCache.get(name);
  if (info === undefined) {
    const found = binding.cryptoHashResolve(name);
    info = found === null ? null : { id: found[0], size: found[1], xof: found[2] };
    digestCache.set(name, info);
  }
  return info;
}

// The numbers Rust encodes digests with (OutputEncoding in crypto.rs).
const kOutputCodes = { hex: 1, base64: 2, base64url: 3, latin1: 4 };

/**
 * How to hand a digest back for `encoding`: `code` is Rust's encoding
 * number (0: bytes), and `then` a Buffer encoding to apply to the bytes
 * afterwards (utf8, utf16le, ascii), or undefined.
 */
function outputPlan(encoding) {
  if (typeof encoding !== 'string') return { code: 0, then: undefined };
  const canonical = lookupEncoding(encoding);
  if (canonical === undefined) return { code: 0, then: undefined };
  const code = kOutputCodes[canonical];
  return code === undefined ? { code: 0, then: canonical } : { code, then: undefined };
}

function toBuffer(bytes) {
  return bufferClass().from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function finishOutput(out, plan) {
  if (plan.code !== 0) return out;
  const buf = toBuffer(out);
  return plan.then === undefined ? buf : buf.toString(plan.then);
}

// The error OpenSSL raises when a fixed-size digest is asked for another size.
function notXofError() {
  const err = new Error('error:030000B2:digital envelope routines::not XOF or invalid length');
  err.library = 'digital envelope routines';
  err.reason = 'not XOF or invalid length';
  err.code = 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH';
  return err;
}

function outputLengthOption(options) {
  if (options === null || typeof options !== 'object') return undefined;
  const length = options.outputLength;
  if (length !== undefined) validateUint32(length, 'options.outputLength');
  return length;
}

function digestOutputLength(info, requested) {
  if (requested === undefined || requested === info.size) return info.size;
  if (!info.xof) throw notXofError();
  return requested;
}

/**
 * Input for update(): a string to hash as UTF-8, or bytes. Strings in
 * other encodings are decoded to bytes first.
 */
function updateInput(data, encoding) {
  if (typeof data === 'string') {
    const canonical = typeof encoding === 'string' ? lookupEncoding(encoding) : undefined;
    if (canonical === undefined || canonical === 'utf8') return data;
    if (canonical === 'hex' && data.length % 2 !== 0) {
      throw new codes.ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${data.length}`);
    }
    return bufferClass().from(data, canonical);
  }
  if (ArrayBuffer.isView(data)) return data;
  throw new codes.ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

// The shared running state of a Hash or an Hmac. `key` is undefined for a
// plain hash. `pending` is a string remembered before any handle exists.
function newState(info, length, key) {
  return { info, length, key, handle: -1, pending: undefined, finalized: false };
}

function ensureHandle(state) {
  if (state.handle === -1) {
    state.handle = state.key === undefined ?
      binding.cryptoHashNew(state.info.id) :
      binding.cryptoHmacNew(state.info.id, state.key);
    if (state.pending !== undefined) {
      binding.cryptoHashUpdate(state.handle, state.pending);
      state.pending = undefined;
    }
  }
  return state.handle;
}

function absorb(state, input) {
  if (state.handle === -1 && state.pending === undefined && typeof input === 'string') {
    state.pending = input;
  } else {
    binding.cryptoHashUpdate(ensureHandle(state), input);
  }
}

function finish(state, encoding) {
  const plan = outputPlan(encoding);
  let out;
  if (state.handle === -1) {
    const data = state.pending === undefined ? '' : state.pending;
    out = state.key === undefined ?
      binding.cryptoHashOnce(state.info.id, data, plan.code, state.length) :
      binding.cryptoHmacOnce(state.info.id, state.key, data, plan.code);
  } else {
    out = binding.cryptoHashDigest(state.handle, plan.code, state.length);
  }
  state.handle = -1;
  state.pending = undefined;
  state.finalized = true;
  return finishOutput(out, plan);
}

/** node's `crypto.Hash`: `new Hash(algorithm[, options])`, also callable without `new`. */
function Hash(algorithm, options) {
  if (!new.target) return new Hash(algorithm, options);
  const requested = outputLengthOption(options);
  if (algorithm === kCopy) {
    // copy(): the same running state, a new output length.
    const source = arguments[2][kState];
    const state = newState(source.info, digestOutputLength(source.info, requested));
    if (source.handle !== -1) state.handle = binding.cryptoHashCopy(source.handle);
    state.pending = source.pending;
    this[kState] = state;
  } else {
    validateString(algorithm, 'algorithm');
    const info = lookupDigest(algorithm);
    if (info === null) throw new Error('Digest method not supported');
    this[kState] = newState(info, digestOutputLength(info, requested));
  }
  this._options = options;
}

Hash.prototype.copy = function copy(options) {
  if (this[kState].finalized) throw new codes.ERR_CRYPTO_HASH_FINALIZED();
  return new Hash(kCopy, options, this);
};

Hash.prototype.update = function update(data, encoding) {
  const state = this[kState];
  if (state.finalized) throw new codes.ERR_CRYPTO_HASH_FINALIZED();
  absorb(state, updateInput(data, encoding));
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state.finalized) throw new codes.ERR_CRYPTO_HASH_FINALIZED();
  return finish(state, outputEncoding);
};

/** A key for Hmac: a string (in `encoding`, default UTF-8) or bytes, copied. */
function prepareKey(key, encoding) {
  if (typeof key === 'string') {
    const canonical = typeof encoding === 'string' ? lookupEncoding(encoding) : undefined;
    return canonical === undefined || canonical === 'utf8' ? key : bufferClass().from(key, canonical);
  }
  if (ArrayBuffer.isView(key)) {
    return new Uint8Array(key.buffer.slice(key.byteOffset, key.byteOffset + key.byteLength));
  }
  if (key instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && key instanceof SharedArrayBuffer)) {
    return new Uint8Array(key.slice(0));
  }
  throw new codes.ERR_INVALID_ARG_TYPE('key',
    ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'], key);
}

/** node's `crypto.Hmac`: `new Hmac(algorithm, key[, options])`, also callable without `new`. */
function Hmac(hmac, key, options) {
  if (!new.target) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const encoding = options !== null && typeof options === 'object' ? options.encoding : undefined;
  const keyData = prepareKey(key, encoding);
  const info = lookupDigest(hmac);
  if (info === null) throw new codes.ERR_CRYPTO_INVALID_DIGEST(hmac);
  // OpenSSL has no HMAC over an extendable-output function and says so
  // without a reason.
  if (info.xof) throw new Error('error:00000000:lib(0)::reason(0)');
  this[kState] = newState(info, info.size, keyData);
  this._options = options;
}

Hmac.prototype.update = Hash.prototype.update;

Hmac.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state.finalized) {
    // node answers a second digest() with an empty result instead of throwing.
    return !outputEncoding || outputEncoding === 'buffer' ? bufferClass().alloc(0) : '';
  }
  return finish(state, outputEncoding);
};

/** `crypto.hash(algorithm, input[, outputEncoding])`: a one-shot digest. */
function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !ArrayBuffer.isView(input)) {
    throw new codes.ERR_INVALID_ARG_TYPE('input', ['string', 'Buffer', 'TypedArray', 'DataView'], input);
  }
  validateString(outputEncoding, 'outputEncoding');
  const canonical = lookupEncoding(outputEncoding);
  if (canonical === undefined && outputEncoding.toLowerCase() !== 'buffer') {
    throw new codes.ERR_INVALID_ARG_VALUE('outputEncoding', outputEncoding, 'is invalid');
  }
  const info = lookupDigest(algorithm);
  if (info === null) throw new Error(`Digest method ${algorithm} is not supported`);
  const plan = outputPlan(outputEncoding);
  return finishOutput(binding.cryptoHashOnce(info.id, input, plan.code, info.size), plan);
}

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

module.exports = { Hash, Hmac, hash, createHash, createHmac, lookupDigest };
