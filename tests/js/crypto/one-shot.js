'use strict';
// crypto.hash(algorithm, data[, outputEncoding]) (node 20.12+).
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

attempt('sha1 abc', () => crypto.hash('sha1', 'abc'));
attempt('SHA256 empty', () => crypto.hash('SHA256', ''));
attempt('RSA-SHA256', () => crypto.hash('RSA-SHA256', 'x'));
attempt('md5 buffer out', () => crypto.hash('md5', 'abc', 'buffer'));
attempt('md5 Buffer in', () => crypto.hash('md5', Buffer.from('abc')));
attempt('md5 Uint16Array in', () => crypto.hash('md5', new Uint16Array([1, 2])));
attempt('md5 DataView in', () => crypto.hash('md5', new DataView(new ArrayBuffer(4))));
attempt('base64', () => crypto.hash('sha256', 'x', 'base64'));
attempt('base64url', () => crypto.hash('sha256', 'x', 'base64url'));
attempt('HEX', () => crypto.hash('sha256', 'x', 'HEX'));
attempt('latin1', () => crypto.hash('md5', 'x', 'latin1'));
attempt('utf8', () => crypto.hash('md5', 'x', 'utf8'));
attempt('ucs2', () => crypto.hash('md5', 'x', 'ucs2'));
attempt('shake256 default length', () => crypto.hash('shake256', ''));
attempt('shake128 base64', () => crypto.hash('shake128', 'x', 'base64'));
attempt('undefined encoding', () => crypto.hash('sha1', 'x', undefined));
attempt('lone surrogate', () => crypto.hash('sha1', 'a\udc00b'));
attempt('matches createHash', () => crypto.hash('sha512', 'é') === crypto.createHash('sha512').update('é').digest('hex'));

attempt('unknown', () => crypto.hash('nope', 'abc'));
attempt('number input', () => crypto.hash('sha1', 5));
attempt('ArrayBuffer input', () => crypto.hash('sha1', new ArrayBuffer(2)));
attempt('number algorithm', () => crypto.hash(5, ''));
attempt('bad encoding', () => crypto.hash('sha1', 'abc', 'foo'));
attempt('number encoding', () => crypto.hash('sha1', 'abc', 5));
attempt('null encoding', () => crypto.hash('sha1', 'abc', null));
attempt('order: input first', () => crypto.hash('nope', 5, 'foo'));
attempt('order: encoding before name', () => crypto.hash('nope', 'x', 'foo'));
console.log('length', crypto.hash.length);
