'use strict';
// Digest names: getHashes(), case-insensitivity, OpenSSL aliases and OIDs.
const assert = require('assert');
const crypto = require('crypto');

const names = crypto.getHashes();
console.log(names.length, names.join(' '));
assert.notStrictEqual(crypto.getHashes(), crypto.getHashes());
for (const name of names) {
  const hex = crypto.createHash(name).update('x').digest('hex');
  console.log(name, hex.length, hex.slice(0, 16), name.toUpperCase() === name ? '' : crypto.createHash(name.toUpperCase()).digest('hex').slice(0, 8));
}

const extra = ['SHA-1', 'sha-224', 'SHA2-256', 'sha-384', 'SHA-512', 'sha-512/224', 'SHA2-512/256', 'shake-128',
  'SHAKE-256', 'ripemd-160', 'blake2b-512', 'BLAKE2S-256', 'Rsa-Sha256', '1.2.840.113549.2.5', '1.3.14.3.2.26',
  '2.16.840.1.101.3.4.2.1', '2.16.840.1.101.3.4.2.2', '2.16.840.1.101.3.4.2.3', '2.16.840.1.101.3.4.2.4',
  '2.16.840.1.101.3.4.2.5', '2.16.840.1.101.3.4.2.6', '2.16.840.1.101.3.4.2.7', '2.16.840.1.101.3.4.2.8',
  '2.16.840.1.101.3.4.2.9', '2.16.840.1.101.3.4.2.10', '2.16.840.1.101.3.4.2.11', '2.16.840.1.101.3.4.2.12',
  '1.3.36.3.2.1', '1.2.156.10197.1.401',
  // Spellings OpenSSL does not know.
  'SHA512/256', 'sha512_256', 'sha-512-256', 'sha3_256', 'KECCAK-256', 'id-sha256', 'DSA-SHA1', 'dsaWithSHA1',
  'ecdsa-with-SHA256', 'sha1WithRSA', 'md5 ', '', 'sha'];
for (const name of extra) {
  try {
    console.log(JSON.stringify(name), crypto.createHash(name).update('x').digest('hex').slice(0, 16));
  } catch (err) {
    console.log(JSON.stringify(name), err.message);
  }
}
