'use strict';
// The Web Crypto object: `globalThis.crypto` and `require('crypto').webcrypto`.
// It has getRandomValues and randomUUID; `subtle` has digest() only (the
// key-based SubtleCrypto methods are not implemented).

const binding = require('internal/binding');
const {
  ERR_ILLEGAL_CONSTRUCTOR,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_THIS,
  ERR_MISSING_ARGS,
} = require('internal/errors').codes;
const random = require('internal/crypto/random');
const { lookupDigest } = require('internal/crypto/hash');

const kToken = Symbol('kToken');

function notSupported(message) {
  const { DOMException } = require('internal/dom-exception');
  return new DOMException(message, 'NotSupportedError');
}

// Web Crypto's digest names, upper-cased, to the names `createHash` knows.
const kSubtleDigests = new Map([
  ['SHA-1', 'sha1'], ['SHA-256', 'sha256'], ['SHA-384', 'sha384'], ['SHA-512', 'sha512'],
]);

let subtleInstance = null;

class SubtleCrypto {
  constructor(token) {
    if (token !== kToken) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  /** `subtle.digest(algorithm, data)` → a promise of an ArrayBuffer. */
  async digest(algorithm, data) {
    if (!(this instanceof SubtleCrypto)) throw new ERR_INVALID_THIS('SubtleCrypto');
    if (arguments.length < 2) {
      const err = new ERR_MISSING_ARGS('algorithm', 'data');
      err.message = `Failed to execute 'digest' on 'SubtleCrypto': 2 arguments required, but only ${arguments.length} present.`;
      throw err;
    }
    const name = typeof algorithm === 'string' ? algorithm :
      algorithm !== null && typeof algorithm === 'object' ? algorithm.name : undefined;
    const digestName = typeof name === 'string' ? kSubtleDigests.get(name.toUpperCase()) : undefined;
    if (digestName === undefined) throw notSupported('Unrecognized algorithm name');
    if (!ArrayBuffer.isView(data) && !random.isAnyArrayBuffer(data)) {
      const err = new ERR_INVALID_ARG_TYPE('data', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], data);
      err.message = "Failed to execute 'digest' on 'SubtleCrypto': 2nd argument is not instance of " +
        'ArrayBuffer, Buffer, TypedArray, or DataView.';
      throw err;
    }
    const out = binding.cryptoHashOnce(lookupDigest(digestName).id, data, 0, 0);
    return out.buffer.byteLength === out.byteLength ? out.buffer : out.slice().buffer;
  }
}

Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, {
  value: 'SubtleCrypto', configurable: true,
});

class Crypto {
  constructor(token) {
    if (token !== kToken) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get subtle() {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    if (subtleInstance === null) subtleInstance = new SubtleCrypto(kToken);
    return subtleInstance;
  }

  getRandomValues(array) {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    if (arguments.length < 1) {
      const err = new ERR_MISSING_ARGS('typedArray');
      err.message = "Failed to execute 'getRandomValues' on 'Crypto': 1 argument required, but only 0 present.";
      throw err;
    }
    return random.getRandomValues(array);
  }

  randomUUID() {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return random.randomUUID();
  }
}

Object.defineProperty(Crypto.prototype, Symbol.toStringTag, {
  value: 'Crypto', configurable: true,
});

let cryptoInstance = null;

/** The one Crypto instance of this isolate. */
function getCrypto() {
  if (cryptoInstance === null) cryptoInstance = new Crypto(kToken);
  return cryptoInstance;
}

module.exports = { Crypto, SubtleCrypto, getCrypto };
