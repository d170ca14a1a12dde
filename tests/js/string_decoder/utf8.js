// StringDecoder('utf8'): characters split across writes at every point,
// byte-at-a-time feeding, invalid and truncated sequences, end(), and the
// lastNeed/lastTotal/lastChar state.
'use strict';
const { StringDecoder } = require('string_decoder');
const { Buffer } = require('buffer');

function feed(decoder, chunks) {
  const outputs = chunks.map((chunk) => decoder.write(Buffer.from(chunk)));
  outputs.push(`end:${decoder.end()}`);
  return JSON.stringify(outputs);
}

const samples = [
  'abc', 'é', '€', '😀', 'a€b😀c', '\u0800\uffff\u{10000}\u{10ffff}',
  [0xe2, 0x82], [0xe2], [0xf0, 0x9f, 0x98], [0xc3, 0x41], [0xe2, 0x41, 0x42], [0xf0, 0x41],
  [0xed, 0xa0, 0x80], [0xed, 0x9f, 0xbf], [0xc0, 0xaf], [0xf5, 0x80, 0x80, 0x80], [0xf8, 0x80, 0x80],
  [0xff, 0xfe, 0x41], [0x80, 0x80, 0x80, 0x80, 0x80], [0xe0, 0x80, 0x80], [0xe0, 0xa0, 0x80],
  [0xf4, 0x90, 0x80, 0x80], [0xf4, 0x8f, 0xbf, 0xbf], [0xc3, 0xa9, 0xe2, 0x82], [0x41, 0xf0, 0x9f],
  [0xe2, 0x82, 0xac, 0xe2, 0x82, 0xac, 0xf0], [0xef, 0xbb, 0xbf, 0x41],
];

for (const sample of samples) {
  const bytes = Array.from(typeof sample === 'string' ? Buffer.from(sample) : Buffer.from(sample));
  const label = Buffer.from(bytes).toString('hex');
  console.log(label, 'whole', feed(new StringDecoder('utf8'), [bytes]));
  console.log(label, 'bytes', feed(new StringDecoder('utf8'), bytes.map((b) => [b])));
  for (let cut = 1; cut < bytes.length; cut++) {
    console.log(label, `cut ${cut}`, feed(new StringDecoder('utf8'), [bytes.slice(0, cut), bytes.slice(cut)]));
  }
  for (let a = 1; a < bytes.length - 1; a++) {
    const rest = bytes.slice(a);
    const b = 1 + (a % (rest.length - 1 || 1));
    console.log(label, `cuts ${a},${a + b}`, feed(new StringDecoder('utf8'), [bytes.slice(0, a), rest.slice(0, b), rest.slice(b)]));
  }
}

// State while a character is incomplete.
const d = new StringDecoder('utf8');
console.log(JSON.stringify(d.write(Buffer.from([0xf0, 0x9f]))), d.lastNeed, d.lastTotal,
  d.lastChar.subarray(0, 2).toString('hex'), d.lastChar.length);
console.log(JSON.stringify(d.write(Buffer.from([0x98]))), d.lastNeed, d.lastTotal);
console.log(JSON.stringify(d.write(Buffer.from([0x80, 0x41]))), d.lastNeed, d.lastTotal);
console.log(JSON.stringify(d.write(Buffer.from([0xe2]))), JSON.stringify(d.end()), JSON.stringify(d.end()));
console.log(JSON.stringify(d.write(Buffer.from('after end'))));

// end(buf) writes then flushes; empty writes keep state.
const e = new StringDecoder();
console.log(e.encoding, JSON.stringify(e.write(Buffer.from([0xe2, 0x82]))), JSON.stringify(e.write(Buffer.alloc(0))),
  JSON.stringify(e.end(Buffer.from([0xac, 0xe2]))));
console.log(JSON.stringify(new StringDecoder('utf-8').end(Buffer.from('xyz'))), JSON.stringify(new StringDecoder('UTF8').end()));

// Other views and strings.
const v = new StringDecoder('utf8');
console.log(JSON.stringify(v.write(new Uint8Array([0xc3]))), JSON.stringify(v.write(new DataView(new Uint8Array([0xa9]).buffer))),
  JSON.stringify(v.write(new Uint16Array([0x6261]))), JSON.stringify(v.write('passes through')));

// A large chunk with a split character at the end.
const big = Buffer.from(`${'é'.repeat(50000)}😀`);
const bd = new StringDecoder('utf8');
const first = bd.write(big.subarray(0, big.length - 2));
console.log(first.length, JSON.stringify(bd.write(big.subarray(big.length - 2))), JSON.stringify(bd.end()));
