'use strict';
// crypto called with wrong types and out-of-range values, with node's
// error class, code and message for each (sync calls and callbacks).
const crypto = require('crypto');
const { runTable, runAsyncTable, WRONG } = require('./fixtures/table');

runTable('hashes and HMAC', [
  ...WRONG.map(([l, v]) => [`createHash(${l})`, () => crypto.createHash(v)]),
  ['createHash("nope")', () => crypto.createHash('nope')],
  ...WRONG.map(([l, v]) => [`hash.update(${l})`, () => crypto.createHash('sha256').update(v)]),
  ['update("x", "nope")', () => crypto.createHash('sha256').update('x', 'nope').digest('hex')],
  ['digest("nope")', () => crypto.createHash('sha256').digest('nope').length],
  ['digest twice', () => { const h = crypto.createHash('sha256'); h.digest(); return h.digest(); }],
  ['update after digest', () => { const h = crypto.createHash('sha256'); h.digest(); return h.update('x'); }],
  ['copy after digest', () => { const h = crypto.createHash('sha256'); h.digest(); return h.copy(); }],
  ['outputLength on sha256', () => crypto.createHash('sha256', { outputLength: 5 })],
  ...WRONG.map(([l, v]) => [`createHmac("sha256", ${l})`, () => crypto.createHmac('sha256', v)]),
  ['createHmac("nope", "k")', () => crypto.createHmac('nope', 'k')],
  ['createHmac(1, "k")', () => crypto.createHmac(1, 'k')],
  ['hmac digest twice', () => { const h = crypto.createHmac('sha256', 'k'); h.digest(); return h.digest('hex'); }],
  ['hmac update after digest', () => { const h = crypto.createHmac('sha256', 'k'); h.digest(); return h.update('x'); }],
]);
runTable('randomness', [
  ...WRONG.map(([l, v]) => [`randomBytes(${l})`, () => crypto.randomBytes(v).length]),
  ['randomBytes(2**31)', () => crypto.randomBytes(2 ** 31)],
  ['randomBytes(1, 5)', () => crypto.randomBytes(1, 5)],
  ...WRONG.map(([l, v]) => [`randomInt(${l})`, () => typeof crypto.randomInt(v)]),
  ['randomInt(5, 5)', () => crypto.randomInt(5, 5)],
  ['randomInt(10, 1)', () => crypto.randomInt(10, 1)],
  ['randomInt(0, 2**48 + 1)', () => crypto.randomInt(0, 2 ** 48 + 1)],
  ['randomInt(1.5, 3)', () => crypto.randomInt(1.5, 3)],
  ['randomInt(1, 3, 5)', () => crypto.randomInt(1, 3, 5)],
  ...WRONG.map(([l, v]) => [`randomFillSync(${l})`, () => crypto.randomFillSync(v)]),
  ['randomFillSync(buf, -1)', () => crypto.randomFillSync(Buffer.alloc(4), -1)],
  ['randomFillSync(buf, 5)', () => crypto.randomFillSync(Buffer.alloc(4), 5)],
  ['randomFillSync(buf, 0, 5)', () => crypto.randomFillSync(Buffer.alloc(4), 0, 5)],
  ['randomFillSync(buf, "1")', () => crypto.randomFillSync(Buffer.alloc(4), '1')],
  ['randomFill(buf)', () => crypto.randomFill(Buffer.alloc(4))],
  ['randomUUID(1)', () => crypto.randomUUID(1)],
  ['randomUUID({ disableEntropyCache: 1 })', () => crypto.randomUUID({ disableEntropyCache: 1 })],
  ['getRandomValues(new Float64Array(1))', () => crypto.getRandomValues(new Float64Array(1))],
  ['getRandomValues(new Uint8Array(65537))', () => crypto.getRandomValues(new Uint8Array(65537))],
  ['getRandomValues(1)', () => crypto.getRandomValues(1)],
]);
runTable('key derivation (sync)', [
  ...WRONG.map(([l, v]) => [`pbkdf2Sync(${l}, "s", 1, 8, "sha256")`, () => crypto.pbkdf2Sync(v, 's', 1, 8, 'sha256').length]),
  ...WRONG.map(([l, v]) => [`pbkdf2Sync("p", "s", ${l}, 8, "sha256")`, () => crypto.pbkdf2Sync('p', 's', v, 8, 'sha256').length]),
  ...WRONG.map(([l, v]) => [`pbkdf2Sync("p", "s", 1, ${l}, "sha256")`, () => crypto.pbkdf2Sync('p', 's', 1, v, 'sha256').length]),
  ['pbkdf2Sync digest "nope"', () => crypto.pbkdf2Sync('p', 's', 1, 8, 'nope')],
  ['pbkdf2Sync digest missing', () => crypto.pbkdf2Sync('p', 's', 1, 8)],
  ['pbkdf2Sync iterations 2**31', () => crypto.pbkdf2Sync('p', 's', 2 ** 31, 8, 'sha256')],
  ['scryptSync keylen -1', () => crypto.scryptSync('p', 's', -1)],
  ['scryptSync keylen "8"', () => crypto.scryptSync('p', 's', '8')],
  ['scryptSync N 3', () => crypto.scryptSync('p', 's', 8, { N: 3 })],
  ['scryptSync N and cost', () => crypto.scryptSync('p', 's', 8, { N: 16, cost: 16 })],
  ['scryptSync r 0', () => crypto.scryptSync('p', 's', 8, { r: 0 })],
  ['scryptSync maxmem', () => crypto.scryptSync('p', 's', 8, { N: 2 ** 20, maxmem: 1024 })],
  ['scryptSync password 1', () => crypto.scryptSync(1, 's', 8)],
  ['timingSafeEqual lengths', () => crypto.timingSafeEqual(Buffer.alloc(1), Buffer.alloc(2))],
  ['timingSafeEqual("a", "a")', () => crypto.timingSafeEqual('a', 'a')],
  ['getHashes type', () => Array.isArray(crypto.getHashes())],
]);

runAsyncTable('callbacks', [
  ['pbkdf2 without callback', () => crypto.pbkdf2('p', 's', 1, 8, 'sha256')],
  ['pbkdf2 callback 5', () => crypto.pbkdf2('p', 's', 1, 8, 'sha256', 5)],
  ['pbkdf2 bad digest', () => new Promise((resolve, reject) => crypto.pbkdf2('p', 's', 1, 8, 'nope', (e, k) => (e ? reject(e) : resolve(k))))],
  ['scrypt without callback', () => crypto.scrypt('p', 's', 8)],
  ['scrypt p too large', () => new Promise((resolve, reject) => crypto.scrypt('p', 's', 8, { p: 2 ** 30 }, (e, k) => (e ? reject(e) : resolve(k))))],
  ['randomBytes callback "x"', () => crypto.randomBytes(4, 'x')],
  ['randomInt callback 5', () => crypto.randomInt(1, 5, 5)],
  ['subtle.digest("nope")', () => crypto.subtle.digest('nope', new Uint8Array(1))],
  ['subtle.digest(sha, 5)', () => crypto.subtle.digest('SHA-256', 5)],
]);
