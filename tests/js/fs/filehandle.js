// fs.promises.open and FileHandle: read/write in their shapes, readFile and
// writeFile from the current position, stat/truncate/sync/chmod/utimes,
// the 'close' event, closing twice, use after close, asyncDispose.
'use strict';
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-fh-'));
const file = path.join(dir, 'handle.txt');
const show = (err) => `${err.code} ${err.syscall} ${err.message.split(dir).join('<tmp>')}`;

async function main() {
  assert.strictEqual(fsp, fs.promises);
  const fh = await fsp.open(file, 'w+');
  console.log('class:', fh.constructor.name, typeof fh.fd, fh instanceof require('events'));
  console.log('own keys:', Object.keys(fh).join(','));

  console.log('write string:', await fh.write('hello'));
  console.log('write buffer offset:', await fh.write(Buffer.from('_abc'), 1));
  console.log('write at 0:', await fh.write('J', 0));
  console.log('write options:', await fh.write(Buffer.from('xyz'), { offset: 2, length: 1 }));
  console.log('writev:', await fh.writev([Buffer.from('1'), Buffer.from('23')]));
  await fh.writeFile(' tail');
  await fh.appendFile(Buffer.from('!'));

  console.log('read default:', await fh.read().then((r) => [r.bytesRead, r.buffer.length]));
  const buf = Buffer.alloc(6, '.');
  console.log('read positional:', await fh.read(buf, 1, 4, 0));
  console.log('read options:', await fh.read({ buffer: Buffer.alloc(3), position: 5 }));
  console.log('read buffer + options:', await fh.read(Buffer.alloc(4), { position: 1, length: 2 }));
  console.log('readv:', await fh.readv([Buffer.alloc(2), Buffer.alloc(2)], 0));
  console.log('readFile at end:', JSON.stringify(await fh.readFile('utf8')));

  const st = await fh.stat();
  console.log('stat:', st.constructor.name, st.size, st.isFile());
  const big = await fh.stat({ bigint: true });
  console.log('bigint stat:', big.constructor.name, typeof big.size, big.size === BigInt(st.size));
  await fh.truncate(4);
  console.log('after truncate:', await fsp.readFile(file, 'utf8'));
  await fh.sync();
  await fh.datasync();
  await fh.chmod(0o640);
  console.log('mode:', ((await fh.stat()).mode & 0o777).toString(8));
  await fh.utimes(100, 200);
  console.log('mtimeMs:', (await fh.stat()).mtimeMs);

  // readFile through a handle starts at the current position.
  const reader = await fsp.open(file);
  await reader.read(Buffer.alloc(2), 0, 2, null);
  console.log('readFile after 2 bytes:', await fsp.readFile(reader, { encoding: 'utf8' }));
  await reader.close();

  // close: 'close' event at once, fd -1, second close resolves.
  const events = [];
  fh.on('close', () => events.push(`close event, fd ${fh.fd}`));
  const closing = fh.close();
  events.push(`after close(), fd ${fh.fd}`);
  await closing;
  console.log(events.join(' / '));
  console.log('second close:', await fh.close());

  for (const [name, call] of [
    ['read', () => fh.read()],
    ['write', () => fh.write('x')],
    ['readFile', () => fh.readFile()],
    ['writeFile', () => fh.writeFile('x')],
    ['appendFile', () => fh.appendFile('x')],
    ['stat', () => fh.stat()],
    ['truncate', () => fh.truncate()],
    ['sync', () => fh.sync()],
    ['datasync', () => fh.datasync()],
    ['readv', () => fh.readv([Buffer.alloc(1)])],
    ['writev', () => fh.writev([Buffer.alloc(1)])],
    ['chmod', () => fh.chmod(0o600)],
    ['utimes', () => fh.utimes(1, 1)],
  ]) {
    try {
      await call();
      console.log(name, 'worked?');
    } catch (err) {
      console.log(`${name} after close:`, err.message, err.code, err.syscall, Object.keys(err).join(','));
    }
  }

  // A close while a read is running waits for it.
  const busy = await fsp.open(file);
  const pending = busy.read(Buffer.alloc(4), 0, 4, 0);
  await busy.close();
  console.log('read during close:', (await pending).bytesRead);

  // Operation errors (not closed-handle errors) are the system's.
  const ro = await fsp.open(file, 'r');
  try {
    await ro.write('nope');
  } catch (err) {
    console.log('write to read-only:', show(err));
  }
  await ro.close();

  // Argument errors reject.
  const h = await fsp.open(file, 'r');
  for (const [name, call] of [
    ['read bad buffer', () => h.read('x', 0)],
    ['read offset', () => h.read(Buffer.alloc(2), -1)],
    ['read length', () => h.read(Buffer.alloc(2), 0, 3)],
    ['write number', () => h.write(5)],
    ['truncate', () => h.truncate('1')],
    ['chmod', () => h.chmod('z')],
    ['writev', () => h.writev(['a'])],
  ]) {
    await call().then(() => console.log(name, 'resolved?'), (err) => console.log(`${name}:`, err.name, err.code, err.message));
  }
  await h.close();

  // Opening errors.
  for (const [label, args] of [
    ['missing', [path.join(dir, 'missing')]],
    ['exclusive', [file, 'wx']],
    ['bad flags', [file, 'bogus']],
    ['bad mode', [file, 'r', 'abc']],
    ['bad path', [42]],
  ]) {
    await fsp.open(...args).then(() => console.log(label, 'opened?'),
      (err) => console.log(`open ${label}:`, err.code, err.message.split(dir).join('<tmp>')));
  }

  // await using / Symbol.asyncDispose closes the handle.
  const disposable = await fsp.open(file);
  const dispose = disposable[Symbol.asyncDispose || Symbol.for('nodejs.asyncDispose')];
  console.log('asyncDispose:', typeof dispose);
  await dispose.call(disposable);
  console.log('disposed fd:', disposable.fd);

  // Writing chunks from an iterable.
  await fsp.writeFile(path.join(dir, 'chunks.txt'), ['a', 'b', Buffer.from('c')]);
  async function* gen() { yield 'x'; yield 'y'; }
  await fsp.appendFile(path.join(dir, 'chunks.txt'), gen());
  console.log('iterable writeFile:', fs.readFileSync(path.join(dir, 'chunks.txt'), 'utf8'));

  await fsp.rm(dir, { recursive: true });
  console.log('cleaned up:', !fs.existsSync(dir));
}

main();
