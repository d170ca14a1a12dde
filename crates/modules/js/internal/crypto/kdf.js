'use strict';
// Password-based key derivation: pbkdf2/pbkdf2Sync and scrypt/scryptSync.
// The derivations run in Rust; the async forms run on the I/O pool and
// complete through the event loop.

const binding = require('internal/binding');
const completions = require('internal/completions');
// `buffer` loads when a Buffer is first made, not with crypto: a worker
// that only hashes to hex never loads it.
const bufferClass = () => require('buffer').Buffer;
// Error classes are looked up when thrown (`codes.X`): making them at
// load would cost every isolate that loads this module.
const { codes } = require('internal/errors');
const {
  validateFunction,
  validateInt32,
  validateInteger,
  validateString,
  validateUint32,
} = require('internal/validators');
const { lookupDigest } = require('internal/crypto/hash');
const { isAnyArrayBuffer } = require('internal/crypto/random');

/** Key material: a string (UTF-8) or the bytes of a buffer or view. */
function keyMaterial(value, name) {
  if (typeof value === 'string' || ArrayBuffer.isView(value)) return value;
  if (isAnyArrayBuffer(value)) return new Uint8Array(value);
  throw new codes.ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], value);
}

function toBuffer(bytes) {
  return bufferClass().from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function derivingFailed() {
  return new Error('Deriving bits failed');
}

function pbkdf2Args(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  password = keyMaterial(password, 'password');
  salt = keyMaterial(salt, 'salt');
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  return { password, salt, iterations, keylen, digest };
}

function pbkdf2Digest(name) {
  const info = lookupDigest(name);
  if (info === null) throw new codes.ERR_CRYPTO_INVALID_DIGEST(name);
  return info;
}

/** `crypto.pbkdf2Sync(password, salt, iterations, keylen, digest)`. */
function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  const args = pbkdf2Args(password, salt, iterations, keylen, digest);
  const info = pbkdf2Digest(args.digest);
  const out = binding.cryptoPbkdf2(info.id, args.password, args.salt, args.iterations, args.keylen);
  if (out === null) throw derivingFailed();
  return toBuffer(out);
}

/** `crypto.pbkdf2(password, salt, iterations, keylen, digest, callback)`. */
function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const args = pbkdf2Args(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  const info = pbkdf2Digest(args.digest);
  completions.callWithCallback(
    (id) => binding.cryptoPbkdf2Async(id, info.id, args.password, args.salt, args.iterations, args.keylen),
    (err, out) => {
      if (err) callback(err);
      else if (out === null) callback(derivingFailed());
      else callback(null, toBuffer(out));
    });
}

const kScryptDefaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

// One scrypt parameter that has a long alias (N/cost, r/blockSize,
// p/parallelization): giving both is an error.
function scryptOption(options, short, long, fallback) {
  let value = fallback;
  const hasShort = options[short] !== undefined;
  if (hasShort) {
    value = options[short];
    validateUint32(value, short);
  }
  if (options[long] !== undefined) {
    if (hasShort) throw new codes.ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
    value = options[long];
    validateUint32(value, long);
  }
  return value === 0 ? fallback : value;
}

function scryptArgs(password, salt, keylen, options) {
  password = keyMaterial(password, 'password');
  salt = keyMaterial(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  let { N, r, p, maxmem } = kScryptDefaults;
  if (options && options !== kScryptDefaults) {
    N = scryptOption(options, 'N', 'cost', N);
    r = scryptOption(options, 'r', 'blockSize', r);
    p = scryptOption(options, 'p', 'parallelization', p);
    if (options.maxmem !== undefined) {
      validateInteger(options.maxmem, 'maxmem', 0);
      if (options.maxmem !== 0) maxmem = options.maxmem;
    }
  }
  return [password, salt, N, r, p, maxmem, keylen];
}

// The refusals Rust reports by number (ScryptError in crypto/kdf.rs).
function scryptError(code) {
  if (code === 1) return new codes.ERR_CRYPTO_INVALID_SCRYPT_PARAMS();
  if (code === 2) {
    return new codes.ERR_CRYPTO_INVALID_SCRYPT_PARAMS('error:030000AC:digital envelope routines::memory limit exceeded');
  }
  return new Error('error:030C0100:digital envelope routines::malloc failure');
}

/** `crypto.scryptSync(password, salt, keylen[, options])`. */
function scryptSync(password, salt, keylen, options = kScryptDefaults) {
  const out = binding.cryptoScrypt(...scryptArgs(password, salt, keylen, options));
  if (typeof out === 'number') throw scryptError(out);
  return toBuffer(out);
}

/** `crypto.scrypt(password, salt, keylen[, options], callback)`. */
function scrypt(password, salt, keylen, options, callback = kScryptDefaults) {
  if (callback === kScryptDefaults) {
    callback = options;
    options = kScryptDefaults;
  }
  const args = scryptArgs(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  completions.callWithCallback((id) => {
    const status = binding.cryptoScryptAsync(id, ...args);
    if (status !== 0) throw scryptError(status);
  }, (err, out) => {
    if (err) callback(err);
    else callback(null, toBuffer(out));
  });
}

module.exports = { pbkdf2, pbkdf2Sync, scrypt, scryptSync };
