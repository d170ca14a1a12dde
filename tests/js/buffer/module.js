// The rest of node:buffer's exports: constants, SlowBuffer, transcode,
// isUtf8/isAscii, atob/btoa, resolveObjectURL.
'use strict';
const buffer = require('buffer');
const { Buffer } = buffer;

function hexOf(buf) {
  return Buffer.prototype.toString.call(buf, 'hex');
}

function attempt(label, fn) {
  try {
    const result = fn();
    const shown = result instanceof Uint8Array ? `${result.constructor.name}<${hexOf(result)}>` : JSON.stringify(result);
    console.log(`${label} -> ${shown}`);
  } catch (err) {
    console.log(`${label} !! ${err.name} ${err.code} ${err.errno} ${err.message}`);
  }
}

console.log(Object.keys(buffer).join(','));
console.log(buffer.kMaxLength, buffer.kStringMaxLength, JSON.stringify(buffer.constants));
console.log(buffer.constants.MAX_LENGTH === buffer.kMaxLength,
  buffer.constants.MAX_STRING_LENGTH === buffer.kStringMaxLength);
const descriptor = Object.getOwnPropertyDescriptor(buffer, 'constants');
console.log(descriptor.writable, descriptor.enumerable, descriptor.configurable);
console.log(typeof Object.getOwnPropertyDescriptor(buffer, 'INSPECT_MAX_BYTES').get);
console.log(require('node:buffer') === buffer, require('node:buffer').Buffer === Buffer);

// SlowBuffer.
const slow = buffer.SlowBuffer(4);
console.log(slow.length, slow instanceof Buffer, hexOf(slow), Object.getPrototypeOf(buffer.SlowBuffer) === Uint8Array);
attempt('SlowBuffer(-1)', () => buffer.SlowBuffer(-1));
attempt('SlowBuffer("1")', () => buffer.SlowBuffer('1'));

// transcode between the four supported encodings.
const encodings = ['utf8', 'latin1', 'ascii', 'ucs2'];
const inputs = [[0x41, 0xe9], [0xff, 0x41], [0xc3, 0xa9, 0xe2, 0x82, 0xac], [0x3d, 0xd8, 0x41, 0x00],
  [0x3d, 0xd8, 0x00, 0xde], [0x00, 0xde, 0x41, 0x00], [0x41, 0x00, 0x42], [0xe9, 0x00], [0xac, 0x20],
  [0xf0, 0x9f, 0x98, 0x80], [0x68, 0x69]];
for (const bytes of inputs) {
  for (const from of encodings) {
    const row = [];
    for (const to of encodings) {
      try {
        row.push(hexOf(buffer.transcode(Buffer.from(bytes), from, to)));
      } catch (err) {
        row.push(`${err.code}/${err.errno}`);
      }
    }
    console.log('transcode', hexOf(Buffer.from(bytes)), from, '->', row.join(' '));
  }
}
attempt('transcode(binary -> UTF-8)', () => buffer.transcode(Buffer.from([0xe9]), 'binary', 'UTF-8'));
attempt('transcode(utf16le -> UCS-2)', () => buffer.transcode(Buffer.from('ab', 'ucs2'), 'utf16le', 'UCS-2'));
attempt('transcode(Uint8Array)', () => buffer.transcode(new Uint8Array([0x61]), 'latin1', 'ucs2'));
attempt('transcode(string)', () => buffer.transcode('a', 'utf8', 'ucs2'));
attempt('transcode(empty, bogus)', () => buffer.transcode(Buffer.alloc(0), 'bogus', 'ucs2'));
attempt('transcode(bogus)', () => buffer.transcode(Buffer.from('a'), 'bogus', 'ucs2'));
attempt('transcode(hex)', () => buffer.transcode(Buffer.from('a'), 'utf8', 'hex'));
attempt('transcode(default)', () => buffer.transcode(Buffer.from('é'), undefined, 'latin1'));
attempt('transcode error name', () => {
  try {
    buffer.transcode(Buffer.from([0xff]), 'utf8', 'ucs2');
  } catch (err) {
    return [err.name, err instanceof Error, Object.keys(err)];
  }
  return 'no error';
});

// isUtf8 / isAscii.
const samples = [[], [0x41], [0x7f, 0x80], [0xc3, 0xa9], [0xc3], [0xe2, 0x82, 0xac], [0xed, 0xa0, 0x80],
  [0xf0, 0x9f, 0x98, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xc0, 0x80], [0xef, 0xbf, 0xbd], [0xff],
  [0x41, 0x42, 0xef, 0xbf, 0xbd, 0xc3]];
for (const bytes of samples) {
  const u8 = new Uint8Array(bytes);
  console.log('isUtf8/isAscii', hexOf(Buffer.from(bytes)), buffer.isUtf8(u8), buffer.isAscii(u8),
    buffer.isUtf8(u8.buffer), buffer.isAscii(Buffer.from(bytes)));
}
console.log(buffer.isUtf8(new Uint16Array([0x41])), buffer.isAscii(new Uint16Array([0x4100])),
  buffer.isUtf8(Buffer.from('abc€').subarray(1, 3)), buffer.isUtf8(Buffer.from('é'.repeat(10000))),
  buffer.isAscii(Buffer.alloc(10000, 'a')));
for (const bad of ['x', null, new DataView(new ArrayBuffer(1)), [1], undefined]) {
  attempt(`isUtf8(${Object.prototype.toString.call(bad)})`, () => buffer.isUtf8(bad));
  attempt(`isAscii(${Object.prototype.toString.call(bad)})`, () => buffer.isAscii(bad));
}

// btoa / atob (also globals, which must agree).
for (const input of ['', 'a', 'ab', 'abc', 'hello', '\u00ff\u00fe', '\u0000', null, undefined, 123, '\u0100', '€']) {
  attempt(`btoa(${JSON.stringify(input)})`, () => buffer.btoa(input));
}
attempt('btoa()', () => buffer.btoa());
for (const input of ['', 'YQ', 'YQ=', 'YQ==', 'YQ===', 'YWI', 'YWJj', ' YW Jj\nZA= = ', 'YWJjZA=a', 'YWJjZ',
  'YW!J', 'Y', 'Y===', 'YQ==YQ==', '_-8', 'bnVsbA', null, undefined, 'AB\tCD\fEF\rGH', '  ', '=', '==',
  'ab=', 'abc=', 'abcd=', '////', '\u00e9', 'ZZZZ', 'YQ\u000b']) {
  attempt(`atob(${JSON.stringify(input)})`, () => buffer.atob(input));
}
attempt('atob()', () => buffer.atob());
attempt('atob error kind', () => {
  try {
    buffer.atob('*');
  } catch (err) {
    return [err.name, err.code, err.message, typeof DOMException === 'function' && err instanceof DOMException];
  }
  return 'no error';
});

// resolveObjectURL knows no URLs here.
console.log(buffer.resolveObjectURL('blob:nodedata:0'), buffer.resolveObjectURL('http://x'));
