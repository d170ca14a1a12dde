'use strict';
// Percent-encoding as UTF-8, shared by querystring and the legacy url API.

const { codes } = require('internal/errors');

function invalidUri() {
  if (codes.ERR_INVALID_URI) return new codes.ERR_INVALID_URI();
  const err = new URIError('URI malformed');
  err.code = 'ERR_INVALID_URI';
  return err;
}

const HEX = '0123456789ABCDEF';

function pct(byte) {
  return `%${HEX[byte >> 4]}${HEX[byte & 15]}`;
}

// Percent-encodes `str` as UTF-8, leaving the characters for which
// `keep(code)` holds. Any surrogate takes the next code unit as its pair
// (node does not check it is one); a surrogate at the end is an error.
function encodeStr(str, keep) {
  let out = '';
  let lastPos = 0;
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80 && keep(c)) continue;
    if (i > lastPos) out += str.slice(lastPos, i);
    if (c < 0x80) {
      out += pct(c);
    } else if (c < 0x800) {
      out += pct(0xC0 | (c >> 6)) + pct(0x80 | (c & 0x3F));
    } else if (c < 0xD800 || c >= 0xE000) {
      out += pct(0xE0 | (c >> 12)) + pct(0x80 | ((c >> 6) & 0x3F)) + pct(0x80 | (c & 0x3F));
    } else {
      i++;
      if (i >= str.length) throw invalidUri();
      c = 0x10000 + (((c & 0x3FF) << 10) | (str.charCodeAt(i) & 0x3FF));
      out += pct(0xF0 | (c >> 18)) + pct(0x80 | ((c >> 12) & 0x3F)) +
        pct(0x80 | ((c >> 6) & 0x3F)) + pct(0x80 | (c & 0x3F));
    }
    lastPos = i + 1;
  }
  if (lastPos === 0) return str;
  return lastPos < str.length ? out + str.slice(lastPos) : out;
}

module.exports = { encodeStr, invalidUri, pct };
