'use strict';
// pbkdf2/pbkdf2Sync and scrypt/scryptSync: vectors, options, async
// completion, and node's argument and parameter errors.
const assert = require('assert');
const crypto = require('crypto');

function attempt(label, fn) {
  try {
    const result = fn();
    console.log(`${label} -> ${Buffer.isBuffer(result) ? result.toString('hex') : JSON.stringify(result)}`);
  } catch (err) {
    console.log(`${label} !! ${err.name} ${err.code} ${err.message}`);
  }
}

// scrypt parameter shapes first: node reports the shape error without
// detail only while OpenSSL's error queue is still empty.
attempt('scrypt N=3', () => crypto.scryptSync('p', 's', 16, { N: 3 }));
attempt('scrypt N=1', () => crypto.scryptSync('p', 's', 16, { N: 1 }));

// PBKDF2: RFC 6070 vectors and every digest.
const rfc = crypto.pbkdf2Sync('password', 'salt', 4096, 20, 'sha1').toString('hex');
assert.strictEqual(rfc, '4b007901b765489abead49d926f721d065a429c1');
console.log('rfc6070', rfc);
for (const digest of ['md5', 'md5-sha1', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256',
  'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'ripemd160', 'blake2b512', 'blake2s256', 'sm3', 'SHA256', 'RSA-SHA1']) {
  console.log('pbkdf2', digest, crypto.pbkdf2Sync('pw', 'salt', 3, 40, digest).toString('hex'));
}
attempt('Buffer inputs', () => crypto.pbkdf2Sync(Buffer.from('pw'), new Uint8Array([1, 2]), 2, 16, 'sha256'));
attempt('ArrayBuffer inputs', () => crypto.pbkdf2Sync(new ArrayBuffer(3), new ArrayBuffer(2), 2, 16, 'sha256'));
attempt('DataView password', () => crypto.pbkdf2Sync(new DataView(new ArrayBuffer(3)), 's', 2, 16, 'sha256'));
attempt('keylen 0', () => crypto.pbkdf2Sync('p', 's', 1, 0, 'sha1'));
attempt('keylen 100', () => crypto.pbkdf2Sync('p', 's', 1, 100, 'sha1'));
attempt('iterations 0', () => crypto.pbkdf2Sync('p', 's', 0, 20, 'sha1'));
attempt('iterations 1.5', () => crypto.pbkdf2Sync('p', 's', 1.5, 20, 'sha1'));
attempt('iterations x', () => crypto.pbkdf2Sync('p', 's', 'x', 20, 'sha1'));
attempt('keylen -1', () => crypto.pbkdf2Sync('p', 's', 1, -1, 'sha1'));
attempt('keylen 2**31', () => crypto.pbkdf2Sync('p', 's', 1, 2 ** 31, 'sha1'));
attempt('unknown digest', () => crypto.pbkdf2Sync('p', 's', 1, 20, 'nope'));
attempt('no digest', () => crypto.pbkdf2Sync('p', 's', 1, 20));
attempt('shake digest', () => crypto.pbkdf2Sync('p', 's', 1, 20, 'shake128'));
attempt('number password', () => crypto.pbkdf2Sync(5, 's', 1, 20, 'sha1'));
attempt('number salt', () => crypto.pbkdf2Sync('p', 5, 1, 20, 'sha1'));
attempt('async no callback', () => crypto.pbkdf2('p', 's', 1, 20, 'sha1'));
attempt('async unknown digest', () => crypto.pbkdf2('p', 's', 1, 20, 'nope', () => {}));
attempt('async unknown digest, no callback', () => crypto.pbkdf2('p', 's', 1, 20, 'nope'));
attempt('async digest omitted', () => crypto.pbkdf2('p', 's', 1, 20, () => {}));

// scrypt: RFC 7914 vectors, options and aliases.
console.log('rfc7914 #2', crypto.scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }).toString('hex'));
console.log('rfc7914 #1', crypto.scryptSync('', '', 64, { N: 16, r: 1, p: 1 }).toString('hex'));
attempt('defaults', () => crypto.scryptSync('p', 's', 16));
attempt('aliases', () => crypto.scryptSync('p', 's', 16, { cost: 32, blockSize: 2, parallelization: 3 }));
attempt('zero means default', () => crypto.scryptSync('p', 's', 16, { N: 0, r: 0, p: 0, maxmem: 0 }));
attempt('options 5', () => crypto.scryptSync('p', 's', 16, 5));
attempt('options null', () => crypto.scryptSync('p', 's', 16, null));
attempt('keylen 0', () => crypto.scryptSync('p', 's', 0));
attempt('Buffer inputs', () => crypto.scryptSync(Buffer.from('p'), new Uint16Array([1]), 8, { N: 16 }));
attempt('N and cost', () => crypto.scryptSync('p', 's', 16, { N: 16, cost: 16 }));
attempt('r and blockSize', () => crypto.scryptSync('p', 's', 16, { r: 8, blockSize: 8 }));
attempt('p and parallelization', () => crypto.scryptSync('p', 's', 16, { p: 1, parallelization: 1 }));
attempt('N -1', () => crypto.scryptSync('p', 's', 16, { N: -1 }));
attempt('N 1.5', () => crypto.scryptSync('p', 's', 16, { N: 1.5 }));
attempt('N 2**32', () => crypto.scryptSync('p', 's', 16, { N: 2 ** 32 }));
attempt('N x', () => crypto.scryptSync('p', 's', 16, { N: 'x' }));
attempt('cost 3', () => crypto.scryptSync('p', 's', 16, { cost: 3 }));
attempt('r -1', () => crypto.scryptSync('p', 's', 16, { r: -1 }));
attempt('p x', () => crypto.scryptSync('p', 's', 16, { p: 'x' }));
attempt('maxmem -1', () => crypto.scryptSync('p', 's', 16, { maxmem: -1 }));
attempt('maxmem 1.5', () => crypto.scryptSync('p', 's', 16, { maxmem: 1.5 }));
attempt('maxmem x', () => crypto.scryptSync('p', 's', 16, { maxmem: 'x' }));
attempt('keylen -1', () => crypto.scryptSync('p', 's', -1));
attempt('keylen 1.5', () => crypto.scryptSync('p', 's', 1.5));
attempt('keylen x', () => crypto.scryptSync('p', 's', 'x'));
attempt('number password', () => crypto.scryptSync(5, 's', 16));
attempt('number salt', () => crypto.scryptSync('p', 5, 16));
// Memory: 128 * r * (N + 2) + 128 * r * p must fit in maxmem (32 MiB by default).
attempt('N 2**15', () => crypto.scryptSync('p', 's', 16, { N: 2 ** 15 }));
attempt('N 2**15 more maxmem', () => crypto.scryptSync('p', 's', 16, { N: 2 ** 15, maxmem: 2 ** 26 }));
attempt('maxmem exact', () => crypto.scryptSync('p', 's', 16, { N: 1024, r: 1, p: 1, maxmem: 128 * 1026 + 128 }));
attempt('maxmem one short', () => crypto.scryptSync('p', 's', 16, { N: 1024, r: 1, p: 1, maxmem: 128 * 1026 + 127 }));
attempt('N 2**16 r 1', () => crypto.scryptSync('p', 's', 16, { N: 2 ** 16, r: 1, maxmem: 2 ** 30 }));
attempt('r * p too big', () => crypto.scryptSync('p', 's', 16, { N: 2, r: 2 ** 15, p: 2 ** 15, maxmem: 2 ** 50 }));
attempt('p * r * 128 over 2**31', () => crypto.scryptSync('p', 's', 16, { N: 2, r: 1, p: 2 ** 24, maxmem: 2 ** 40 }));
attempt('async N 2**20', () => crypto.scrypt('p', 's', 16, { N: 2 ** 20 }, () => {}));
attempt('async no callback', () => crypto.scrypt('p', 's', 16));
attempt('async options as callback', () => crypto.scrypt('p', 's', 16, { N: 3 }));
attempt('async bad callback', () => crypto.scrypt('p', 's', 16, {}, 5));

// Async forms complete later, with the same keys as the sync forms; the
// pool may finish them in any order, so they are printed sorted.
const results = [];
const kAsyncCalls = 5;
function record(line) {
  results.push(line);
  if (results.length === kAsyncCalls + 1) {
    console.log(results[0]);
    console.log(results.slice(1).sort().join('\n'));
  }
}
crypto.pbkdf2('password', 'salt', 2, 20, 'sha1', (err, key) => record(`pbkdf2 ${err} ${key.toString('hex')}`));
crypto.pbkdf2('p', 's', 1, 8, 'shake128', (err, key) => record(`pbkdf2 shake ${err && err.message} ${key}`));
crypto.scrypt('p', 's', 8, (err, key) => record(`scrypt ${err} ${key.toString('hex')}`));
crypto.scrypt('p', 's', 8, { N: 16 }, (err, key) => record(`scrypt N16 ${err} ${key.toString('hex')}`));
const pw = Buffer.from('mutable');
crypto.pbkdf2(pw, 'salt', 1, 8, 'sha256', (err, key) => {
  record(`pbkdf2 copied input ${key.equals(crypto.pbkdf2Sync('mutable', 'salt', 1, 8, 'sha256'))}`);
});
pw.fill(0);
record('sync');
