'use strict';
// node:querystring — parse/decode, stringify/encode, escape, unescape and
// unescapeBuffer, with node's handling of odd input: '+' is a space, bad
// percent escapes are kept as they are, multi-character separators are
// matched as node matches them.

const { encodeStr } = require('internal/percent-encode');

// Characters escape() leaves alone: A-Z a-z 0-9 ! ' ( ) * - . _ ~
function isUnreserved(code) {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) || code === 33 || (code >= 39 && code <= 42) ||
    code === 45 || code === 46 || code === 95 || code === 126;
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return encodeStr(str, isUnreserved);
}

function hexValue(code) {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

// The bytes of `s` with valid %XX escapes decoded (and '+' as a space when
// `decodeSpaces`); other characters keep only their low byte, as when node
// stores them in a Buffer.
function unescapeBytes(s, decodeSpaces) {
  const out = [];
  let hasHex = false;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code === 43 && decodeSpaces) {
      out.push(32);
      continue;
    }
    if (code === 37 && i < s.length - 2) {
      const high = hexValue(s.charCodeAt(i + 1));
      const low = hexValue(s.charCodeAt(i + 2));
      if (high >= 0 && low >= 0) {
        hasHex = true;
        out.push(high * 16 + low);
        i += 2;
        continue;
      }
    }
    out.push(code & 0xFF);
  }
  return { bytes: out, hasHex };
}

function unescapeBuffer(s, decodeSpaces) {
  return Buffer.from(unescapeBytes(s, decodeSpaces).bytes);
}

// UTF-8 bytes to a string, each invalid sequence becoming U+FFFD (the
// WHATWG decoder's rules, as Buffer#toString applies them).
function utf8Decode(bytes) {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    let need = 0;
    let cp = 0;
    let lower = 0x80;
    let upper = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      need = 1;
      cp = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
      need = 2;
      cp = b & 0x0F;
      if (b === 0xE0) lower = 0xA0;
      if (b === 0xED) upper = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      need = 3;
      cp = b & 0x07;
      if (b === 0xF0) lower = 0x90;
      if (b === 0xF4) upper = 0x8F;
    } else {
      out += '\uFFFD';
      i++;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      const next = bytes[j];
      if (next === undefined || next < lower || next > upper) {
        ok = false;
        break;
      }
      cp = (cp << 6) | (next & 0x3F);
      lower = 0x80;
      upper = 0xBF;
    }
    if (!ok) {
      // The maximal valid prefix becomes one replacement character.
      out += '\uFFFD';
      i = j;
      continue;
    }
    out += String.fromCodePoint(cp);
    i = j;
  }
  return out;
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return utf8Decode(unescapeBytes(s, decodeSpaces).bytes);
  }
}

// --- stringify --------------------------------------------------------------

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return `${v}`;
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

// With the default escape, numbers under 1e21 need no escaping (larger ones
// print with a '+').
function encodeDefault(v, encode) {
  if (typeof v === 'string') return v.length ? encode(v) : '';
  if (typeof v === 'number' && Number.isFinite(v)) {
    return Math.abs(v) < 1e21 ? `${v}` : encode(`${v}`);
  }
  return stringifyPrimitive(v);
}

function encodeCustom(v, encode) {
  return encode(stringifyPrimitive(v));
}

function stringify(obj, sep, eq, options) {
  sep ||= '&';
  eq ||= '=';
  let encode = module.exports.escape;
  if (options && typeof options.encodeURIComponent === 'function') {
    encode = options.encodeURIComponent;
  }
  const convert = encode === qsEscape ? encodeDefault : encodeCustom;
  if (obj === null || typeof obj !== 'object') return '';
  let fields = '';
  for (const key of Object.keys(obj)) {
    const value = obj[key];
    const prefix = convert(key, encode) + eq;
    if (Array.isArray(value)) {
      // An empty array adds nothing; others repeat the key.
      if (value.length === 0) continue;
      if (fields) fields += sep;
      for (let j = 0; j < value.length; j++) {
        if (j) fields += sep;
        fields += prefix + convert(value[j], encode);
      }
    } else {
      if (fields) fields += sep;
      fields += prefix + convert(value, encode);
    }
  }
  return fields;
}

// --- parse ------------------------------------------------------------------

function charCodes(str) {
  const out = [];
  for (let i = 0; i < str.length; i++) out.push(str.charCodeAt(i));
  return out;
}

function decodeStr(s, decoder) {
  try {
    return decoder(s);
  } catch {
    return module.exports.unescape(s, true);
  }
}

function addPair(obj, key, value, keyEncoded, valueEncoded, decode) {
  if (key.length > 0 && keyEncoded) key = decodeStr(key, decode);
  if (value.length > 0 && valueEncoded) value = decodeStr(value, decode);
  const current = obj[key];
  if (current === undefined) obj[key] = value;
  else if (Array.isArray(current)) current.push(value);
  else obj[key] = [current, value];
}

// Scans `qs` once. Separators are matched character by character without
// backtracking: a character that continues a partial match of `sep` takes
// no other part, and a mismatch restarts matching at the next character.
// Keys and values are decoded only when they hold a %XX escape (or always,
// with a custom decoder); '+' turns into a space first.
function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  const sepCodes = charCodes(sep ? String(sep) : '&');
  const eqCodes = charCodes(eq ? String(eq) : '=');
  const sepLen = sepCodes.length;
  const eqLen = eqCodes.length;

  // Pairs left to read; empty pairs count too. -1 means no limit.
  let remaining = 1000;
  if (options && typeof options.maxKeys === 'number') {
    remaining = options.maxKeys > 0 ? options.maxKeys : -1;
  }
  let decode = module.exports.unescape;
  if (options && typeof options.decodeURIComponent === 'function') {
    decode = options.decodeURIComponent;
  }
  const customDecode = decode !== qsUnescape;
  // A custom decoder sees '+' as an escaped space.
  const plus = customDecode ? '%20' : ' ';

  let lastPos = 0;
  let sepIdx = 0;
  let eqIdx = 0;
  let key = '';
  let value = '';
  let keyEncoded = customDecode;
  let valueEncoded = customDecode;
  // Progress through a possible %XX: 1 after '%', 2 after one hex digit.
  let escapeState = 0;

  for (let i = 0; i < qs.length; i++) {
    const code = qs.charCodeAt(i);

    if (code === sepCodes[sepIdx]) {
      if (++sepIdx < sepLen) continue;
      // A whole pair separator.
      const end = i - sepLen + 1;
      if (eqIdx < eqLen) {
        if (lastPos < end) {
          key += qs.slice(lastPos, end);
        } else if (key.length === 0) {
          // Nothing between two separators.
          if (--remaining === 0) return obj;
          lastPos = i + 1;
          sepIdx = eqIdx = 0;
          continue;
        }
      } else if (lastPos < end) {
        value += qs.slice(lastPos, end);
      }
      addPair(obj, key, value, keyEncoded, valueEncoded, decode);
      if (--remaining === 0) return obj;
      keyEncoded = valueEncoded = customDecode;
      key = value = '';
      escapeState = 0;
      lastPos = i + 1;
      sepIdx = eqIdx = 0;
      continue;
    }
    sepIdx = 0;

    if (eqIdx < eqLen) {
      // Still in the key.
      if (code === eqCodes[eqIdx]) {
        if (++eqIdx === eqLen) {
          const end = i - eqLen + 1;
          if (lastPos < end) key += qs.slice(lastPos, end);
          escapeState = 0;
          lastPos = i + 1;
        }
        continue;
      }
      eqIdx = 0;
      if (!keyEncoded) {
        if (code === 37) {
          escapeState = 1;
          continue;
        }
        if (escapeState > 0) {
          if (hexValue(code) >= 0) {
            if (++escapeState === 3) keyEncoded = true;
            continue;
          }
          escapeState = 0;
        }
      }
      if (code === 43) {
        if (lastPos < i) key += qs.slice(lastPos, i);
        key += plus;
        lastPos = i + 1;
        continue;
      }
    }

    // (Key characters that were not handled above fall through here too,
    // as in node; they can only mark the value as needing decoding.)
    if (code === 43) {
      if (lastPos < i) value += qs.slice(lastPos, i);
      value += plus;
      lastPos = i + 1;
    } else if (!valueEncoded) {
      if (code === 37) {
        escapeState = 1;
      } else if (escapeState > 0) {
        if (hexValue(code) >= 0) {
          if (++escapeState === 3) valueEncoded = true;
        } else {
          escapeState = 0;
        }
      }
    }
  }

  // The rest of the string.
  if (lastPos < qs.length) {
    if (eqIdx < eqLen) key += qs.slice(lastPos);
    else if (sepIdx < sepLen) value += qs.slice(lastPos);
  } else if (eqIdx === 0 && key.length === 0) {
    // The string ended with an empty pair.
    return obj;
  }
  addPair(obj, key, value, keyEncoded, valueEncoded, decode);
  return obj;
}

module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
