// hex and base64 decoding read each UTF-16 unit's low byte, as node does:
// U+0141 reads as 'A', U+0D3D and the emoji's high surrogate as '=' (which
// ends base64), U+20AC as an invalid byte (skipped by base64, ending hex).
'use strict';
const { Buffer } = require('buffer');

const cases = [
  ['😀 smile', 'base64'], ['😀 smile', 'base64url'], ['a😀', 'base64'], ['QUFB😀QUFB', 'base64'],
  ['ŁŁŁŁ', 'base64'], ['ŁŁŁŁ', 'base64url'], ['QUFBŁ', 'base64'], ['QUĽFB', 'base64'],
  ['\u0d3dQUFB', 'base64'], ['aGk=€', 'base64'], ['€aGk=', 'base64'], ['aGVs€bG8', 'base64'],
  ['aGVsbG8\u0100', 'base64'], ['aGVs\u00ffbG8', 'base64'], ['šŢ', 'hex'], ['aŢ', 'hex'], ['šb', 'hex'],
  ['ab€cd', 'hex'], ['abÿcd', 'hex'], ['\u0130\u0131', 'hex'],
];
for (const [text, encoding] of cases) {
  const written = Buffer.alloc(8);
  const count = written.write(text, encoding);
  console.log(encoding, JSON.stringify(text), Buffer.from(text, encoding).toString('hex'),
    Buffer.byteLength(text, encoding), count, written.toString('hex'));
}
const hay = Buffer.from('abcabc');
console.log(hay.indexOf('\u0162\u0163', 'hex'), hay.indexOf('\u0159\u0147\u0146\u016a', 'base64'),
  hay.indexOf('\u0162\u0163\u0161\u0162', 'hex'), hay.includes('\u0159\u0147\u0146', 'base64'));
console.log(Buffer.alloc(4).fill('\u0161\u0162', 'hex').toString('hex'),
  Buffer.alloc(4, '\u0159\u0147\u0146\u016a', 'base64').toString('hex'));
