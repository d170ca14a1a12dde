// Blob and File from node:buffer: construction from parts, size/type,
// slice, text/arrayBuffer/bytes, inspection, and their errors.
'use strict';
const util = require('util');
const { Blob, File, Buffer } = require('buffer');

function attempt(label, fn) {
  try {
    const result = fn();
    console.log(`${label} -> ${typeof result === 'string' ? JSON.stringify(result) : util.inspect(result)}`);
  } catch (err) {
    console.log(`${label} !! ${err.name} ${err.code} ${err.message}`);
  }
}

async function main() {
  const parts = ['a', 1, {}, new Uint16Array([0x6261]), new Uint8Array([0x63]).buffer, new Blob(['zz']),
    Buffer.from('€'), new DataView(new Uint8Array([0x64]).buffer)];
  const blob = new Blob(parts, { type: 'Text/Plain' });
  console.log(blob.size, JSON.stringify(blob.type), JSON.stringify(await blob.text()));
  console.log(util.inspect(blob), Object.prototype.toString.call(blob), blob instanceof Blob);

  attempt('new Blob()', () => new Blob());
  attempt('new Blob("abc")', () => new Blob('abc'));
  attempt('new Blob({})', () => new Blob({}));
  attempt('new Blob(null)', () => new Blob(null));
  attempt('new Blob(["a"], 5)', () => new Blob(['a'], 5));
  attempt('new Blob(["a"], null)', () => new Blob(['a'], null));
  attempt('new Blob(new Set(["x", "y"]))', () => new Blob(new Set(['x', 'y'])));
  attempt('endings x', () => new Blob(['a'], { endings: 'x' }));
  attempt('endings native', () => new Blob(['a\r\nb\nc\rd'], { endings: 'native' }).size);
  attempt('endings transparent', () => new Blob(['a\r\nb\nc\rd'], { endings: 'transparent' }).size);
  attempt('type non-ascii', () => new Blob([], { type: 'téxt' }).type);
  attempt('type control', () => new Blob([], { type: 'a\u0001b' }).type);
  attempt('type object', () => new Blob([], { type: { toString: () => 'X/Y' } }).type);
  attempt('lone surrogate part', () => new Blob(['\ud800']).size);

  // slice(start, end, contentType).
  const hello = new Blob(['hello world'], { type: 'x' });
  for (const args of [[], [6], [-5], [2, 4], [4, 2], [-100, 3], [0, 100], [2, -2],
    [undefined, 5], [0, 5, 'Text/HTML'], [0, 5, 'ü']]) {
    const part = hello.slice(...args);
    console.log(`slice(${args.map(String).join(', ')})`, part.size, JSON.stringify(part.type),
      JSON.stringify(await part.text()));
  }

  const ab = await hello.slice(6).arrayBuffer();
  console.log(Object.prototype.toString.call(ab), ab.byteLength, Buffer.from(ab).toString());
  if (typeof hello.bytes === 'function') {
    const bytes = await hello.slice(0, 2).bytes();
    console.log(Object.prototype.toString.call(bytes), Array.from(bytes).join());
  }
  // Parts are copied: later changes to the source do not show.
  const source = new Uint8Array([0x61, 0x62]);
  const copy = new Blob([source]);
  source[0] = 0x7a;
  console.log(await copy.text());

  // Brand checks.
  attempt('Blob.prototype.size', () => Blob.prototype.size);
  attempt('size.call({})', () => Object.getOwnPropertyDescriptor(Blob.prototype, 'size').get.call({}));
  attempt('slice.call({})', () => Blob.prototype.slice.call({}));
  await Blob.prototype.text.call({}).then(() => console.log('text resolved'),
    (err) => console.log('text rejected', err.name, err.code, err.message));

  // File.
  const file = new File(['ab', 'c'], 'f.txt', { type: 'A/B', lastModified: 5 });
  console.log(file.name, file.size, file.type, file.lastModified, file instanceof Blob, file instanceof File);
  console.log(util.inspect(file), Object.prototype.toString.call(file), JSON.stringify(await file.text()));
  attempt('new File(["ab"])', () => new File(['ab']));
  attempt('new File()', () => new File());
  attempt('lastModified default', () => typeof new File([], 'n').lastModified);
  attempt('lastModified "7"', () => new File([], 'n', { lastModified: '7' }).lastModified);
  attempt('name coerced', () => new File([], 12).name);
  attempt('File name on Blob', () => {
    try {
      return Object.getOwnPropertyDescriptor(File.prototype, 'name').get.call(new Blob([]));
    } catch (err) {
      return err.name; // node's message comes from V8
    }
  });
  const fileSlice = file.slice(1);
  console.log(fileSlice instanceof File, fileSlice instanceof Blob, fileSlice.size);
}

main();
