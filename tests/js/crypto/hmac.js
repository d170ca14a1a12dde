'use strict';
// createHmac: RFC 4231 vectors, every digest, key types and encodings,
// the second digest() returning an empty result, and errors.
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

// RFC 4231 test case 2.
const rfc = crypto.createHmac('sha256', 'Jefe').update('what do ya want for nothing?').digest('hex');
assert.strictEqual(rfc, '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
console.log('rfc4231 #2', rfc);
// RFC 4231 test case 6: a key longer than the block.
console.log('rfc4231 #6', crypto.createHmac('sha512', Buffer.alloc(131, 0xaa))
  .update('Test Using Larger Than Block-Size Key - Hash Key First').digest('hex'));

const algorithms = ['md5', 'md5-sha1', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224',
  'sha512-256', 'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'ripemd160', 'blake2b512', 'blake2s256',
  'sm3', 'RSA-SHA256', 'SHA-1'];
const keys = ['', 'key', 'k'.repeat(200), Buffer.from([0, 1, 2, 255])];
for (const alg of algorithms) {
  for (const key of keys) {
    console.log(alg, Buffer.isBuffer(key) ? 'buf' : key.length, crypto.createHmac(alg, key).update('data').digest('hex'));
  }
  const whole = crypto.createHmac(alg, 'k').update('one two three').digest('base64');
  const parts = crypto.createHmac(alg, 'k').update('one ').update(Buffer.from('two ')).update('three').digest('base64');
  assert.strictEqual(parts, whole, alg);
  const big = Buffer.alloc(70000, 3);
  console.log(alg, 'big', crypto.createHmac(alg, 'k').update(big).digest('base64'));
}

// Key types and encodings.
attempt('hex key', () => crypto.createHmac('sha1', '6b6579', { encoding: 'hex' }).digest('hex'));
attempt('utf8 key', () => crypto.createHmac('sha1', 'key').digest('hex'));
attempt('ArrayBuffer key', () => crypto.createHmac('sha1', new ArrayBuffer(3)).digest('hex'));
attempt('DataView key', () => crypto.createHmac('sha1', new DataView(new ArrayBuffer(3))).digest('hex'));
attempt('Uint32Array key', () => crypto.createHmac('sha1', new Uint32Array([1, 2])).digest('hex'));
// The key is copied: changing the buffer afterwards changes nothing.
const keyBuf = Buffer.from('secret');
const hmac = crypto.createHmac('sha256', keyBuf);
keyBuf.fill(0);
console.log('key copied', hmac.update('m').digest('hex') === crypto.createHmac('sha256', 'secret').update('m').digest('hex'));
// So is data passed to update().
const dataBuf = Buffer.from('message');
const hm = crypto.createHmac('sha256', 'k').update(dataBuf).update('!');
dataBuf.fill(0);
console.log('data copied', hm.digest('hex') === crypto.createHmac('sha256', 'k').update('message!').digest('hex'));

// A second digest() gives an empty result.
attempt('digest twice', () => { const x = crypto.createHmac('md5', 'k'); x.digest(); return x.digest(); });
attempt('digest twice hex', () => { const x = crypto.createHmac('md5', 'k'); x.digest(); return x.digest('hex'); });
attempt('digest twice latin1', () => { const x = crypto.createHmac('md5', 'k'); x.update('a'); x.digest('hex'); return x.digest('latin1'); });
attempt('update after digest', () => { const x = crypto.createHmac('md5', 'k'); x.digest(); x.update('x'); });
attempt('digest foo', () => crypto.createHmac('sha1', 'k').digest('foo'));
attempt('digest base64url', () => crypto.createHmac('sha1', 'k').update('x').update('y').digest('base64url'));

// Errors.
attempt('no key', () => crypto.createHmac('md5'));
attempt('number key', () => crypto.createHmac('md5', 5));
attempt('unknown digest', () => crypto.createHmac('nope', 'k'));
attempt('unknown digest, bad key', () => crypto.createHmac('nope', 5));
attempt('number digest', () => crypto.createHmac(5, 'k'));
attempt('shake', () => crypto.createHmac('shake128', 'k'));
attempt('update(5)', () => crypto.createHmac('md5', 'k').update(5));

console.log('Hmac() without new', crypto.Hmac('sha1', 'k') instanceof crypto.Hmac, crypto.Hmac.length, crypto.createHmac.length);
console.log('no copy', typeof crypto.createHmac('sha1', 'k').copy);
