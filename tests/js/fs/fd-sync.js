// File descriptors, synchronous forms: open flags and modes, readSync and
// writeSync in all their signatures, positions, fstat, truncation, readv/writev.
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-fd-sync-'));
const file = path.join(dir, 'data.txt');
const show = (err) => `${err.code} ${err.syscall} ${err.message.split(dir).join('<tmp>')}`;

// 'w' creates and truncates; writeSync with a string, a buffer, a position.
let fd = fs.openSync(file, 'w');
assert.strictEqual(typeof fd, 'number');
console.log('write string:', fs.writeSync(fd, 'hello world'));
console.log('write buffer slice:', fs.writeSync(fd, Buffer.from('--abc--'), 2, 3));
console.log('write at 0:', fs.writeSync(fd, 'H', 0));
console.log('write hex:', fs.writeSync(fd, '2122', null, 'hex'));
console.log('write options:', fs.writeSync(fd, Buffer.from('xyz'), { offset: 1, length: 2 }));
console.log('fstat size:', fs.fstatSync(fd).size, fs.fstatSync(fd).isFile());
fs.closeSync(fd);
console.log('content:', JSON.stringify(fs.readFileSync(file, 'utf8')));

// readSync: positional, options object, current position.
fd = fs.openSync(file, 'r');
const buf = Buffer.alloc(8, '.');
console.log('read 5 at 0:', fs.readSync(fd, buf, 0, 5, 0), buf.toString());
console.log('read into offset 2:', fs.readSync(fd, buf, 2, 3, 6), buf.toString());
console.log('read options:', fs.readSync(fd, buf, { position: 12, length: 4 }), buf.toString());
buf.fill('.');
console.log('read current:', fs.readSync(fd, buf), buf.toString());
console.log('read current again:', fs.readSync(fd, buf, 0, 4, null), buf.toString());
console.log('read bigint position:', fs.readSync(fd, buf, 0, 2, 1n), buf.toString());
console.log('read zero length:', fs.readSync(fd, buf, 0, 0, 0));
console.log('read at end:', fs.readSync(fd, buf, 0, 8, 1000));
const u16 = new Uint16Array(2);
console.log('read into Uint16Array:', fs.readSync(fd, u16, 0, 4, 0), Buffer.from(u16.buffer).toString());
fs.closeSync(fd);

// Flags.
fd = fs.openSync(file, 'a');
fs.writeSync(fd, '+appended', 0); // append mode ignores the position
fs.closeSync(fd);
console.log('after a:', fs.readFileSync(file, 'utf8'));
for (const flags of ['wx', 'ax', 'wx+', 'xa+']) {
  try {
    fs.openSync(file, flags);
    console.log(flags, 'opened?');
  } catch (err) {
    console.log(flags, show(err));
  }
}
try {
  fs.openSync(path.join(dir, 'missing'), 'r+');
} catch (err) {
  console.log('r+ missing:', show(err));
}
fd = fs.openSync(file, 'r+');
fs.writeSync(fd, 'J');
fs.closeSync(fd);
console.log('after r+:', fs.readFileSync(file, 'utf8'));
fd = fs.openSync(file, 'w+');
fs.writeSync(fd, 'fresh');
const back = Buffer.alloc(5);
fs.readSync(fd, back, 0, 5, 0);
console.log('w+ read back:', back.toString());
fs.closeSync(fd);
fd = fs.openSync(file, 'a+');
fs.writeSync(fd, '!');
console.log('a+ read:', fs.readSync(fd, back, 0, 5, 1), back.toString());
fs.closeSync(fd);

const numeric = path.join(dir, 'numeric.txt');
const { O_CREAT, O_WRONLY, O_EXCL } = fs.constants;
fd = fs.openSync(numeric, O_CREAT | O_WRONLY | O_EXCL, 0o600);
fs.writeSync(fd, 'n');
fs.closeSync(fd);
console.log('numeric flags mode:', (fs.statSync(numeric).mode & 0o777).toString(8));
fd = fs.openSync(path.join(dir, 'mode-string'), 'w', '640');
fs.closeSync(fd);
console.log('octal string mode:', (fs.statSync(path.join(dir, 'mode-string')).mode & 0o777).toString(8));

// Truncation, sync.
fd = fs.openSync(file, 'r+');
fs.ftruncateSync(fd, 3);
console.log('ftruncate 3:', fs.fstatSync(fd).size);
fs.ftruncateSync(fd);
console.log('ftruncate default:', fs.fstatSync(fd).size);
fs.writeSync(fd, 'abcdef', 0);
fs.fsyncSync(fd);
fs.fdatasyncSync(fd);
fs.closeSync(fd);
fs.truncateSync(file, 4);
console.log('truncate 4:', fs.readFileSync(file, 'utf8'));
fs.truncateSync(file, -5);
console.log('truncate negative:', fs.statSync(file).size);

// readv / writev.
fd = fs.openSync(file, 'w+');
console.log('writev:', fs.writevSync(fd, [Buffer.from('one '), Buffer.from('two '), new Uint8Array([51])]));
console.log('writev at 0:', fs.writevSync(fd, [Buffer.from('ONE')], 0));
const parts = [Buffer.alloc(3), Buffer.alloc(5), Buffer.alloc(10)];
const n = fs.readvSync(fd, parts, 0);
console.log('readv:', n, parts.map((p) => JSON.stringify(p.toString('latin1'))).join(' '));
console.log('writev empty:', fs.writevSync(fd, []));
fs.closeSync(fd);

// Times on a descriptor and a path.
fd = fs.openSync(file, 'r');
fs.futimesSync(fd, 1000, 2000.5);
let st = fs.fstatSync(fd);
console.log('futimes:', st.atimeMs, st.mtimeMs, st.mtime.toISOString());
fs.closeSync(fd);
fs.utimesSync(file, new Date('2001-02-03T04:05:06Z'), '3000');
st = fs.statSync(file);
console.log('utimes:', st.atime.toISOString(), st.mtimeMs);

// Closing what is not open.
try {
  fs.closeSync(fd);
} catch (err) {
  console.log('close twice:', show(err), err.errno);
}
for (const op of [
  () => fs.readSync(fd, Buffer.alloc(1)),
  () => fs.writeSync(fd, 'x'),
  () => fs.fstatSync(fd),
  () => fs.ftruncateSync(fd),
  () => fs.fsyncSync(fd),
  () => fs.futimesSync(fd, 1, 1),
]) {
  try {
    op();
  } catch (err) {
    console.log('closed fd:', show(err), Object.keys(err).join(','));
  }
}

fs.rmSync(dir, { recursive: true });
console.log('cleaned up:', !fs.existsSync(dir));
