'use strict';
// node's `crypto`: hashing (createHash, createHmac, hash), randomness
// (randomBytes, randomFill, randomInt, randomUUID, getRandomValues),
// PBKDF2 and scrypt, timingSafeEqual, and the Web Crypto object.
//
// Not here yet: ciphers, signatures, key objects, Diffie-Hellman, HKDF,
// X509, and SubtleCrypto beyond digest(). Hash and Hmac are not streams.

const binding = require('internal/binding');
// Error classes are looked up when thrown (`codes.X`), and internal/errors
// loads then: making them at load would cost every isolate that loads this.
const codes = require('internal/error-codes');
const hashing = require('internal/crypto/hash');
// Randomness and the KDFs load on first use: a worker that only hashes
// never loads them.
const random = () => require('internal/crypto/random');
const kdf = () => require('internal/crypto/kdf');

let hashNames = null;

/** The digest names createHash accepts (as node lists them). */
function getHashes() {
  if (hashNames === null) hashNames = binding.cryptoHashNames();
  return hashNames.slice();
}

/** No ciphers are implemented. */
function getCiphers() {
  return [];
}

/** No elliptic curves are implemented. */
function getCurves() {
  return [];
}

function getFips() {
  return 0;
}

function bytesArgument(value, name) {
  if (ArrayBuffer.isView(value) || random().isAnyArrayBuffer(value)) return value;
  // node's message here has no "Received ..." part.
  const err = new codes.ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], value);
  err.message = `The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`;
  return err;
}

/** `crypto.timingSafeEqual(a, b)`: equality in time independent of the contents. */
// Declared with a rest parameter: node's (a native function) has length 0.
function timingSafeEqual(...args) {
  const [buf1, buf2] = args;
  for (const [value, name] of [[buf1, 'buf1'], [buf2, 'buf2']]) {
    const checked = bytesArgument(value, name);
    if (checked instanceof Error) throw checked;
  }
  if (buf1.byteLength !== buf2.byteLength) throw new codes.ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
  return binding.cryptoTimingSafeEqual(buf1, buf2);
}

// OpenSSL's option bits and node's constants, as node 20 reports them
// (made on first use).
const makeConstants = () => Object.freeze(Object.assign(Object.create(null), {
  OPENSSL_VERSION_NUMBER: 805306672,
  SSL_OP_ALL: 2147485776,
  SSL_OP_ALLOW_NO_DHE_KEX: 1024,
  SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION: 262144,
  SSL_OP_CIPHER_SERVER_PREFERENCE: 4194304,
  SSL_OP_CISCO_ANYCONNECT: 32768,
  SSL_OP_COOKIE_EXCHANGE: 8192,
  SSL_OP_CRYPTOPRO_TLSEXT_BUG: 2147483648,
  SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS: 2048,
  SSL_OP_LEGACY_SERVER_CONNECT: 4,
  SSL_OP_NO_COMPRESSION: 131072,
  SSL_OP_NO_ENCRYPT_THEN_MAC: 524288,
  SSL_OP_NO_QUERY_MTU: 4096,
  SSL_OP_NO_RENEGOTIATION: 1073741824,
  SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION: 65536,
  SSL_OP_NO_SSLv2: 0,
  SSL_OP_NO_SSLv3: 33554432,
  SSL_OP_NO_TICKET: 16384,
  SSL_OP_NO_TLSv1: 67108864,
  SSL_OP_NO_TLSv1_1: 268435456,
  SSL_OP_NO_TLSv1_2: 134217728,
  SSL_OP_NO_TLSv1_3: 536870912,
  SSL_OP_PRIORITIZE_CHACHA: 2097152,
  SSL_OP_TLS_ROLLBACK_BUG: 8388608,
  ENGINE_METHOD_RSA: 1,
  ENGINE_METHOD_DSA: 2,
  ENGINE_METHOD_DH: 4,
  ENGINE_METHOD_RAND: 8,
  ENGINE_METHOD_EC: 2048,
  ENGINE_METHOD_CIPHERS: 64,
  ENGINE_METHOD_DIGESTS: 128,
  ENGINE_METHOD_PKEY_METHS: 512,
  ENGINE_METHOD_PKEY_ASN1_METHS: 1024,
  ENGINE_METHOD_ALL: 65535,
  ENGINE_METHOD_NONE: 0,
  DH_CHECK_P_NOT_SAFE_PRIME: 2,
  DH_CHECK_P_NOT_PRIME: 1,
  DH_UNABLE_TO_CHECK_GENERATOR: 4,
  DH_NOT_SUITABLE_GENERATOR: 8,
  RSA_PKCS1_PADDING: 1,
  RSA_NO_PADDING: 3,
  RSA_PKCS1_OAEP_PADDING: 4,
  RSA_X931_PADDING: 5,
  RSA_PKCS1_PSS_PADDING: 6,
  RSA_PSS_SALTLEN_DIGEST: -1,
  RSA_PSS_SALTLEN_MAX_SIGN: -2,
  RSA_PSS_SALTLEN_AUTO: -2,
  TLS1_VERSION: 769,
  TLS1_1_VERSION: 770,
  TLS1_2_VERSION: 771,
  TLS1_3_VERSION: 772,
  POINT_CONVERSION_COMPRESSED: 2,
  POINT_CONVERSION_UNCOMPRESSED: 4,
  POINT_CONVERSION_HYBRID: 6,
}));

/** `crypto.getRandomValues(typedArray)` (Web Crypto's, without the `this` check). */
function getRandomValues(array) {
  return random().getRandomValues(array);
}

// The exports that load a module (or build a table) on first read.
function lazyExport(name) {
  switch (name) {
    case 'pbkdf2':
    case 'pbkdf2Sync':
    case 'scrypt':
    case 'scryptSync':
      return kdf()[name];
    case 'constants':
      return makeConstants();
    default: // randomBytes, randomFill, randomFillSync, randomInt, randomUUID
      return random()[name];
  }
}

// In node's order.
module.exports = {
  createHash: hashing.createHash,
  createHmac: hashing.createHmac,
  getHashes,
  getCiphers,
  getCurves,
};
for (const name of ['pbkdf2', 'pbkdf2Sync', 'randomBytes', 'randomFill', 'randomFillSync',
  'randomInt', 'randomUUID', 'scrypt', 'scryptSync']) {
  binding.defineLazy(module.exports, name, lazyExport, true);
}
Object.assign(module.exports, {
  timingSafeEqual,
  getFips,
  hash: hashing.hash,
  Hash: hashing.Hash,
  Hmac: hashing.Hmac,
});
binding.defineLazy(module.exports, 'constants', lazyExport, true);
module.exports.getRandomValues = getRandomValues;

// The Web Crypto object is made on first use.
for (const name of ['webcrypto', 'subtle']) {
  Object.defineProperty(module.exports, name, {
    configurable: false,
    enumerable: true,
    get() {
      const webcrypto = require('internal/crypto/webcrypto').getCrypto();
      return name === 'webcrypto' ? webcrypto : webcrypto.subtle;
    },
  });
}
