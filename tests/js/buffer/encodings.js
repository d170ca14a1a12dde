// String <-> bytes in every encoding: Buffer.from, toString (with ranges),
// write (offset/length/encoding forms), byteLength, and the per-encoding
// xxxSlice/xxxWrite methods, including malformed input.
'use strict';
const { Buffer } = require('buffer');

const kEncodings = ['utf8', 'utf-8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'latin1', 'binary',
  'base64', 'base64url', 'hex', 'ascii', 'UTF8', 'Hex', 'BASE64'];

function hexOf(buf) {
  return Buffer.prototype.toString.call(buf, 'hex');
}

function attempt(label, fn) {
  try {
    const result = fn();
    const shown = result instanceof Uint8Array ? `<${hexOf(result)}>` : JSON.stringify(result);
    console.log(`${label} -> ${shown}`);
  } catch (err) {
    console.log(`${label} !! ${err.name} ${err.code} ${err.message}`);
  }
}

const strings = ['', 'hello', 'héllo wörld', '€uro', '😀 smile', 'a\u0000b', '\ud83d', 'x\ude00y',
  '\ud83d\ud83d', 'ÿþ\u0100', 'aGVsbG8=', 'aGVsbG8', 'a b\nc=', '-_+/', 'deadBEEF', 'abc', 'zz11', 'a',
  '\ufeffbom', 'ab==cd', 'YQ'];

// Buffer.from(string, encoding), byteLength, and the round trip back.
for (const enc of kEncodings) {
  for (const s of strings) {
    const buf = Buffer.from(s, enc);
    console.log(enc, JSON.stringify(s), hexOf(buf), Buffer.byteLength(s, enc),
      JSON.stringify(buf.toString(enc)));
  }
}

// Decoding arbitrary bytes in each encoding.
const byteSamples = [
  [], [0x41], [0xff], [0xe2, 0x82, 0xac], [0xe2, 0x82], [0xc3], [0xf0, 0x9f, 0x98, 0x80],
  [0xf0, 0x9f, 0x98], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf4, 0x90, 0x80, 0x80], [0x80, 0x81],
  [0x3d, 0xd8, 0x00, 0xde], [0x3d, 0xd8], [0x00, 0xde, 0x41], [0xef, 0xbb, 0xbf, 0x41],
  [0xe9, 0x7f, 0x80, 0xfe], [0, 1, 2, 3, 4, 5, 250, 251, 252, 253, 254],
];
for (const enc of ['utf8', 'ucs2', 'latin1', 'ascii', 'hex', 'base64', 'base64url']) {
  for (const bytes of byteSamples) {
    console.log('decode', enc, hexOf(Buffer.from(bytes)), JSON.stringify(Buffer.from(bytes).toString(enc)));
  }
}

// All 256 bytes.
const all = Buffer.alloc(256);
for (let i = 0; i < 256; i++) all[i] = i;
for (const enc of ['utf8', 'ucs2', 'latin1', 'ascii', 'hex', 'base64', 'base64url']) {
  const text = all.toString(enc);
  console.log('all', enc, text.length, JSON.stringify(text.slice(0, 40)), JSON.stringify(text.slice(-20)));
}

// Larger inputs take the native paths.
const big = 'abc€😀'.repeat(5000);
const bigBuf = Buffer.from(big);
console.log('big', bigBuf.length, Buffer.byteLength(big), bigBuf.toString() === big,
  Buffer.from(bigBuf.toString('base64'), 'base64').equals(bigBuf),
  Buffer.from(bigBuf.toString('hex'), 'hex').equals(bigBuf),
  Buffer.from(big, 'ucs2').toString('ucs2') === big,
  Buffer.byteLength('x'.repeat(10000)), Buffer.byteLength('é'.repeat(10000)));
const oddUcs2 = Buffer.alloc(20001, 0x41);
console.log('odd ucs2', oddUcs2.toString('ucs2').length, oddUcs2.subarray(1).toString('ucs2').length);

// toString(encoding, start, end) ranges.
const b = Buffer.from('hello world');
const ranges = [[], [undefined, 2], [undefined, undefined, 3], [undefined, 2, 5], [undefined, -3, -1],
  [undefined, 1.7, 3.9], [undefined, 'a', 3], [undefined, '2', '4'], [undefined, 5, 2],
  [undefined, 20], [undefined, 0, 100], [undefined, NaN, NaN], [undefined, 3, undefined],
  [undefined, 3, null], ['hex', 2, 4], ['bogus', 5, 2], ['bogus', 1, 3], [null], [''],
  ['UTF8'], ['Utf-16LE'], [undefined, Infinity], [undefined, -Infinity, Infinity]];
for (const args of ranges) attempt(`toString(${args.map(String).join(', ')})`, () => b.toString(...args));
attempt('toLocaleString', () => b.toLocaleString('hex', 1, 3));

// write(string[, offset[, length]][, encoding]).
function write(...args) {
  const buf = Buffer.alloc(8, '.');
  const written = buf.write(...args);
  return `${written} ${buf.toString('latin1')}`;
}
const writes = [
  ['abc'], ['abc', 2], ['abc', 2, 1], ['abcdefghij'], ['abc', 7], ['abc', 8], ['abc', 'hex'],
  ['616263', 'hex'], ['616263', 1, 'hex'], ['616263', 1, 2, 'hex'], ['€€€'], ['€€€', 6], ['€€€', 5],
  ['😀😀', 3], ['aé', 'latin1'], ['aé', 'ascii'], ['aé', 'ucs2'], ['aé', 5, 'ucs2'], ['aé', 0, 3, 'ucs2'],
  ['YWJj', 'base64'], ['YWJjZGVmZ2hpams=', 'base64'], ['YWJj', 6, 'base64url'], ['abc', 0, 'utf8'],
  ['abc', 0, ''], ['abc', ''], ['abc', 'bogus'], ['abc', 0, 2, 'bogus'], ['abc', -1], ['abc', 9],
  ['abc', 1.5], ['abc', '1'], ['abc', 0, -1], ['abc', 0, 9], ['abc', 0, 1.5], ['abc', 0, null],
  [5], [null, 'hex'], ['zz', 'hex'], ['abz', 'hex'], ['a', 'hex'], ['abcdef', 0, 2, 'hex'],
  ['abc', undefined, 2], ['abc', null], ['abc', 2, undefined, 'hex'],
];
for (const args of writes) attempt(`write(${args.map((a) => JSON.stringify(a)).join(', ')})`, () => write(...args));

// byteLength of non-strings and odd encodings.
for (const value of [Buffer.alloc(3), new Uint16Array(3), new DataView(new ArrayBuffer(5)),
  new ArrayBuffer(7), 5, null, {}, [1, 2]]) {
  attempt(`byteLength(${Object.prototype.toString.call(value)})`, () => Buffer.byteLength(value));
}
for (const [s, enc] of [['abc', 'bogus'], ['abc', ''], ['abc', null], ['aGVsbG8=', 'base64'],
  ['aGVsbG8==', 'base64'], ['aGVs bG8=', 'base64'], ['a b', 'hex'], ['abc', 'hex'], ['€', 'latin1'],
  ['€', 'ucs2'], ['😀', 'utf8'], ['\ud83d', 'utf8'], ['\ud83dx', 'utf8'], ['==', 'base64'], ['=', 'base64'],
  ['', 'base64'], ['Zm9v', 'base64url'], ['abc', 'UTF-8']]) {
  attempt(`byteLength(${JSON.stringify(s)}, ${JSON.stringify(enc)})`, () => Buffer.byteLength(s, enc));
}

// The per-encoding methods node exposes (native argument rules).
const h = Buffer.from('hello');
for (const name of ['utf8Slice', 'latin1Slice', 'asciiSlice', 'hexSlice', 'base64Slice',
  'base64urlSlice', 'ucs2Slice']) {
  for (const args of [[], [1], [1, 3], [3, 1], [0, 5], [0, 6], [-1], [6], [5], ['1', '3'], [NaN, 2], [1.9, 3.9]]) {
    attempt(`${name}(${args.map(String).join(', ')})`, () => h[name](...args));
  }
}
for (const name of ['utf8Write', 'latin1Write', 'asciiWrite', 'hexWrite', 'base64Write',
  'base64urlWrite', 'ucs2Write']) {
  for (const args of [['6869'], ['6869', 3], ['6869', 3, 1], ['6869', 5], ['6869', 6], ['6869', -1],
    ['6869', 0, -1], [42], ['6869', '1'], ['6869', 1.5, 1.5]]) {
    attempt(`${name}(${args.map((a) => JSON.stringify(a)).join(', ')})`, () => {
      const buf = Buffer.alloc(5);
      return `${buf[name](...args)} ${buf.toString('hex')}`;
    });
  }
}
