'use strict';
// node's encoding names and their canonical forms, shared by buffer and
// string_decoder.

const kEncodingNames = new Map([
  ['utf8', 'utf8'], ['utf-8', 'utf8'],
  ['ucs2', 'utf16le'], ['ucs-2', 'utf16le'], ['utf16le', 'utf16le'], ['utf-16le', 'utf16le'],
  ['latin1', 'latin1'], ['binary', 'latin1'],
  ['base64', 'base64'], ['base64url', 'base64url'],
  ['hex', 'hex'], ['ascii', 'ascii'],
]);

function lookupEncoding(name) {
  return kEncodingNames.get(name) || kEncodingNames.get(name.toLowerCase());
}

module.exports = { lookupEncoding };
