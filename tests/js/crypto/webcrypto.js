'use strict';
// The Web Crypto object (globalThis.crypto, crypto.webcrypto):
// getRandomValues, randomUUID, subtle.digest; plus timingSafeEqual,
// getHashes and constants from the module.
const assert = require('assert');
const crypto = require('crypto');

function attempt(label, fn) {
  try {
    const result = fn();
    console.log(`${label} -> ${typeof result === 'object' && result !== null ? result.constructor.name : JSON.stringify(result)}`);
  } catch (err) {
    console.log(`${label} !! ${err.name} ${err.code} ${err.message}`);
  }
}

const web = globalThis.crypto;
console.log('same object', crypto.webcrypto === web, crypto.subtle === web.subtle, web.subtle === web.subtle);
console.log('tags', Object.prototype.toString.call(web), Object.prototype.toString.call(web.subtle));
console.log('own names', Object.getOwnPropertyNames(web).length);
console.log('proto', Object.getOwnPropertyNames(Object.getPrototypeOf(web)).sort().join());
console.log('not the module', web !== crypto, typeof web.createHash);
attempt('new Crypto', () => new web.constructor());

for (const Ctor of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  BigInt64Array, BigUint64Array]) {
  const array = new Ctor(8);
  console.log('getRandomValues', Ctor.name, web.getRandomValues(array) === array, crypto.getRandomValues(array) === array);
}
const filled = web.getRandomValues(new Uint8Array(64));
assert.ok(filled.some((b) => b !== 0));
attempt('Buffer', () => web.getRandomValues(Buffer.alloc(4)));
attempt('65536 bytes', () => web.getRandomValues(new Uint8Array(65536)).length);
attempt('65537 bytes', () => web.getRandomValues(new Uint8Array(65537)));
attempt('Float32Array', () => web.getRandomValues(new Float32Array(2)));
attempt('DataView', () => web.getRandomValues(new DataView(new ArrayBuffer(4))));
attempt('number', () => crypto.getRandomValues(5));
attempt('array', () => crypto.getRandomValues([1, 2]));
attempt('no argument', () => web.getRandomValues());
attempt('module, no argument', () => crypto.getRandomValues());
attempt('bad this', () => web.getRandomValues.call({}, new Uint8Array(2)));
attempt('randomUUID', () => web.randomUUID().length);
attempt('randomUUID bad this', () => web.randomUUID.call(5));

async function subtle() {
  const show = async (label, promise) => {
    try {
      const out = await promise;
      console.log(label, out.constructor.name, Buffer.from(out).toString('hex'));
    } catch (err) {
      console.log(label, '!!', err.name, err.code, err.message);
    }
  };
  await show('SHA-256', web.subtle.digest('SHA-256', new Uint8Array([1])));
  await show('sha-1', web.subtle.digest('sha-1', Buffer.from('abc')));
  await show('{name}', web.subtle.digest({ name: 'SHA-384' }, new ArrayBuffer(3)));
  await show('SHA-512 DataView', web.subtle.digest('SHA-512', new DataView(new ArrayBuffer(2))));
  await show('md5', web.subtle.digest('md5', new Uint8Array([1])));
  await show('string data', web.subtle.digest('SHA-256', 'x'));
}

// timingSafeEqual.
attempt('equal', () => crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')));
attempt('different', () => crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')));
attempt('empty', () => crypto.timingSafeEqual(Buffer.alloc(0), new Uint8Array(0)));
attempt('DataView and Uint8Array', () => crypto.timingSafeEqual(new DataView(new ArrayBuffer(2)), new Uint8Array(2)));
attempt('Uint16Array vs bytes', () => crypto.timingSafeEqual(new Uint16Array([1]), Buffer.from([1, 0])));
attempt('ArrayBuffer', () => crypto.timingSafeEqual(new ArrayBuffer(2), Buffer.from([0, 0])));
attempt('lengths differ', () => crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')));
attempt('string first', () => crypto.timingSafeEqual('a', Buffer.from('ab')));
attempt('string second', () => crypto.timingSafeEqual(Buffer.from('ab'), 'ab'));
attempt('nothing', () => crypto.timingSafeEqual());

// Module surface.
console.log('getFips', crypto.getFips(), 'ciphers are', Array.isArray(crypto.getCiphers()) ? 'an array' : 'missing');
console.log('constants', crypto.constants.RSA_PKCS1_PADDING, crypto.constants.TLS1_3_VERSION,
  crypto.constants.SSL_OP_NO_TLSv1, Object.getPrototypeOf(crypto.constants));
const lengths = ['createHash', 'createHmac', 'hash', 'randomBytes', 'randomFill', 'randomFillSync', 'randomInt',
  'randomUUID', 'pbkdf2', 'pbkdf2Sync', 'scrypt', 'scryptSync', 'timingSafeEqual', 'getHashes', 'getRandomValues'];
console.log('lengths', lengths.map((n) => `${n}:${crypto[n].length}`).join(' '));
console.log('node: prefix', require('node:crypto') === crypto);

subtle();
