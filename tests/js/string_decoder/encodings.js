// StringDecoder for utf16le (odd bytes, split surrogate pairs), base64 and
// base64url (3-byte groups), hex, latin1, ascii; encoding names; errors.
'use strict';
const { StringDecoder } = require('string_decoder');
const { Buffer } = require('buffer');

function feed(decoder, chunks) {
  const outputs = chunks.map((chunk) => decoder.write(Buffer.from(chunk)));
  outputs.push(`end:${decoder.end()}`);
  return JSON.stringify(outputs);
}

function splits(encoding, bytes) {
  const label = `${encoding} ${Buffer.from(bytes).toString('hex')}`;
  console.log(label, 'whole', feed(new StringDecoder(encoding), [bytes]));
  console.log(label, 'bytes', feed(new StringDecoder(encoding), bytes.map((b) => [b])));
  for (let cut = 1; cut < bytes.length; cut++) {
    console.log(label, `cut ${cut}`, feed(new StringDecoder(encoding), [bytes.slice(0, cut), bytes.slice(cut)]));
  }
  for (let a = 1; a + 2 < bytes.length; a++) {
    console.log(label, `cuts ${a},${a + 2}`,
      feed(new StringDecoder(encoding), [bytes.slice(0, a), bytes.slice(a, a + 2), bytes.slice(a + 2)]));
  }
}

const utf16Samples = [Buffer.from('ab', 'utf16le'), Buffer.from('a😀b', 'utf16le'), Buffer.from('😀😀', 'utf16le'),
  Buffer.from('€x', 'utf16le'), [0x3d, 0xd8], [0x3d, 0xd8, 0x41, 0x00], [0x00, 0xde, 0x41, 0x00],
  [0x41, 0x00, 0x42], [0x3d, 0xd8, 0x3d], [0x3d, 0xd8, 0x3d, 0xd8, 0x00, 0xde], [0x61]];
for (const sample of utf16Samples) splits('utf16le', Array.from(sample));

const generic = [Buffer.from('hello world'), Buffer.from([0xfb, 0xff, 0xbf, 0x00, 0x80, 0xe9]), Buffer.from('ab'),
  Buffer.from('a'), Buffer.from('abcd')];
for (const encoding of ['base64', 'base64url', 'hex', 'latin1', 'ascii']) {
  for (const sample of generic) splits(encoding, Array.from(sample));
}

// base64 state.
const b64 = new StringDecoder('base64');
console.log(JSON.stringify(b64.write(Buffer.from('ab'))), b64.lastNeed, b64.lastTotal,
  JSON.stringify(b64.write(Buffer.from('cdef'))), b64.lastNeed, JSON.stringify(b64.end()));
const u16 = new StringDecoder('utf16le');
console.log(JSON.stringify(u16.write(Buffer.from([0x3d, 0xd8]))), u16.lastNeed, u16.lastTotal,
  JSON.stringify(u16.write(Buffer.from([0x00]))), u16.lastNeed, u16.lastTotal, JSON.stringify(u16.end()));

// Encoding names.
for (const name of [undefined, null, '', 'utf8', 'UTF-8', 'ucs2', 'UCS-2', 'utf16le', 'utf-16le', 'binary', 'latin1',
  'BASE64', 'base64url', 'hex', 'ascii', 'Ascii']) {
  console.log('encoding', JSON.stringify(name), new StringDecoder(name).encoding);
}
for (const name of ['utf16', 'bogus', 5, {}, 'utf-16']) {
  try {
    new StringDecoder(name);
    console.log('no error for', name);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}

// Bad writes.
const decoder = new StringDecoder();
for (const bad of [5, null, {}, [1, 2], new ArrayBuffer(2), true]) {
  try {
    decoder.write(bad);
    console.log('no error');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
try {
  decoder.end(5);
} catch (err) {
  console.log(err.name, err.code, err.message);
}
console.log(JSON.stringify(decoder.end('str')), JSON.stringify(decoder.write('')));

// Legacy text(buf, offset).
const legacy = new StringDecoder('utf8');
legacy.write(Buffer.from([0xe2]));
console.log(JSON.stringify(legacy.text(Buffer.from('xyz€'), 1)), JSON.stringify(legacy.end()));

// Prototype surface.
console.log(Object.keys(StringDecoder.prototype).join(','), typeof StringDecoder, StringDecoder.length);
console.log(Object.keys(new StringDecoder('hex')).filter((k) => typeof k === 'string').join(','));
