'use strict';
// createHash: every algorithm over several inputs, output encodings, input
// types and encodings, chaining, copy(), SHAKE output lengths, and errors.
const assert = require('assert');
const crypto = require('crypto');

function attempt(label, fn) {
  try {
    const result = fn();
    const shown = Buffer.isBuffer(result) ? `<Buffer ${result.toString('hex')}>` : JSON.stringify(result);
    console.log(`${label} -> ${shown}`);
  } catch (err) {
    console.log(`${label} !! ${err.name} ${err.code} ${err.message}`);
  }
}

const algorithms = ['md5', 'md5-sha1', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224',
  'sha512-256', 'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'shake128', 'shake256', 'ripemd160',
  'blake2b512', 'blake2s256', 'sm3'];
const inputs = ['', 'abc', 'héllo wörld €😀', 'a'.repeat(200), '\ud800 lone'];

for (const alg of algorithms) {
  for (const input of inputs) {
    console.log(alg, JSON.stringify(input.slice(0, 12)), crypto.createHash(alg).update(input).digest('hex'));
  }
  // Same digest whether fed at once, in pieces, as a Buffer or a string.
  const whole = crypto.createHash(alg).update('The quick brown fox').digest('hex');
  const pieces = crypto.createHash(alg).update('The ').update(Buffer.from('quick ')).update('brown fox').digest('hex');
  assert.strictEqual(pieces, whole, alg);
  const big = Buffer.alloc(100000, 7);
  console.log(alg, 'big', crypto.createHash(alg).update(big).update(big.subarray(1, 999)).digest('base64'));
}

// Output encodings.
const encodings = ['hex', 'HEX', 'base64', 'base64url', 'latin1', 'binary', 'utf8', 'ucs2', 'ascii',
  'buffer', 'foo', undefined, null, 5];
for (const enc of encodings) attempt(`digest(${String(enc)})`, () => crypto.createHash('sha256').update('x').digest(enc));

// Input types and encodings.
attempt('Uint16Array', () => crypto.createHash('sha1').update(new Uint16Array([1, 2, 0xffff])).digest('hex'));
attempt('DataView', () => crypto.createHash('sha1').update(new DataView(new ArrayBuffer(5), 1, 3)).digest('hex'));
attempt('Float64Array', () => crypto.createHash('sha1').update(new Float64Array([1.5])).digest('hex'));
attempt('subarray', () => crypto.createHash('sha1').update(Buffer.from('xxabcxx').subarray(2, 5)).digest('hex'));
for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'binary', 'ucs2', 'utf16le', 'ascii', 'utf8', 'UTF-8', 'buffer', 'foo', null, 5]) {
  attempt(`update('6162', ${String(enc)})`, () => crypto.createHash('sha1').update('6162', enc).digest('hex'));
}
attempt('update(odd hex)', () => crypto.createHash('sha1').update('abc', 'hex'));
attempt('update latin1 ÿ', () => crypto.createHash('sha1').update('\u00ff', 'latin1').digest('hex'));
attempt('update utf8 ÿ', () => crypto.createHash('sha1').update('\u00ff').digest('hex'));
attempt('update Buffer ignores encoding', () => crypto.createHash('sha1').update(Buffer.from('abc'), 'hex').digest('hex'));

// Chaining returns the same object; copy() forks the running state.
const h = crypto.createHash('sha256');
assert.strictEqual(h.update('a'), h);
const fork = h.copy();
h.update('b');
fork.update('c');
console.log('copy', h.digest('hex'), fork.digest('hex'));
const unfed = crypto.createHash('md5');
console.log('copy of fresh', unfed.copy().update('abc').digest('hex'), unfed.digest('hex'));
const pendingOnly = crypto.createHash('sha1').update('ab');
const pendingFork = pendingOnly.copy();
console.log('copy of pending', pendingOnly.update('c').digest('hex'), pendingFork.digest('hex'));
attempt('copy after digest', () => { const x = crypto.createHash('md5'); x.digest(); return x.copy(); });
attempt('copy(5)', () => crypto.createHash('sha1').copy(5).digest('hex'));

// SHAKE output lengths.
attempt('shake128 default', () => crypto.createHash('shake128').digest('hex'));
attempt('shake256 default', () => crypto.createHash('shake256').update('x').digest('hex'));
attempt('shake128 len 5', () => crypto.createHash('shake128', { outputLength: 5 }).digest('hex'));
attempt('shake256 len 100', () => crypto.createHash('shake256', { outputLength: 100 }).update('x').digest('hex'));
attempt('shake128 len 0', () => crypto.createHash('shake128', { outputLength: 0 }).digest('hex'));
attempt('shake copy default', () => crypto.createHash('shake128', { outputLength: 5 }).copy().digest('hex'));
attempt('shake copy len', () => crypto.createHash('shake128', { outputLength: 5 }).copy({ outputLength: 2 }).digest('hex'));
attempt('sha256 len 32', () => crypto.createHash('sha256', { outputLength: 32 }).digest('hex'));
attempt('md5 len 5', () => crypto.createHash('md5', { outputLength: 5 }));
attempt('sha1 copy len 2', () => crypto.createHash('sha1').copy({ outputLength: 2 }));
attempt('len x', () => crypto.createHash('shake128', { outputLength: 'x' }));
attempt('len -1', () => crypto.createHash('shake128', { outputLength: -1 }));
attempt('len 1.5', () => crypto.createHash('shake128', { outputLength: 1.5 }));
attempt('bad name, bad len', () => crypto.createHash('nope', { outputLength: 'x' }));
attempt('options string', () => crypto.createHash('sha1', 'x').digest('hex'));
attempt('options null', () => crypto.createHash('sha1', null).digest('hex'));

// Errors.
attempt('unknown', () => crypto.createHash('nope'));
attempt('no algorithm', () => crypto.createHash());
attempt('number algorithm', () => crypto.createHash(5));
attempt('SHA3_256', () => crypto.createHash('SHA3_256'));
attempt('trailing space', () => crypto.createHash('sha256 '));
attempt('update(5)', () => crypto.createHash('md5').update(5));
attempt('update({})', () => crypto.createHash('md5').update({}));
attempt('update(null)', () => crypto.createHash('md5').update(null));
attempt('update()', () => crypto.createHash('md5').update());
attempt('update(ArrayBuffer)', () => crypto.createHash('md5').update(new ArrayBuffer(3)));
attempt('update after digest', () => { const x = crypto.createHash('md5'); x.digest(); x.update('x'); });
attempt('bad update after digest', () => { const x = crypto.createHash('md5'); x.digest(); x.update(5); });
attempt('digest twice', () => { const x = crypto.createHash('md5'); x.digest(); x.digest(); });
attempt('pending digest twice', () => { const x = crypto.createHash('md5').update('a'); x.digest(); x.digest('hex'); });
attempt('handle digest twice', () => { const x = crypto.createHash('md5').update('a').update('b'); x.digest(); x.digest('hex'); });

// The classes.
const viaClass = crypto.Hash('sha1');
console.log('Hash() without new', viaClass instanceof crypto.Hash, new crypto.Hash('sha1').digest('hex'));
console.log('lengths', crypto.Hash.length, crypto.createHash.length);
console.log('methods', typeof viaClass.update, typeof viaClass.digest, typeof viaClass.copy);
