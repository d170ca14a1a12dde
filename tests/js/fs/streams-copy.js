// Copying a ~3 MB file with fs streams: stream.pipeline (callback and
// promise forms), pipe(), async iteration; checked by sha256 and byte counts.
'use strict';
const assert = require('assert');
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const stream = require('stream');
const { pipeline } = require('stream/promises');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-streams-copy-'));
const src = path.join(dir, 'source.bin');
const size = 3 * 1024 * 1024 + 12345;
const data = Buffer.alloc(size);
for (let i = 0; i < size; i++) data[i] = (i * 31 + (i >> 9)) & 0xff;
fs.writeFileSync(src, data);
const sha = (buf) => crypto.createHash('sha256').update(buf).digest('hex');
const expected = sha(data);
console.log('source bytes:', fs.statSync(src).size, 'sha256:', expected);

function copyWithCallbackPipeline() {
  return new Promise((resolve) => {
    const dst = path.join(dir, 'copy1.bin');
    const rs = fs.createReadStream(src);
    const ws = fs.createWriteStream(dst);
    const sizes = [];
    rs.on('data', (chunk) => sizes.push(chunk.length));
    stream.pipeline(rs, ws, (err) => {
      assert.ifError(err);
      const copy = fs.readFileSync(dst);
      console.log('pipeline: sha256 equal:', sha(copy) === expected);
      console.log('pipeline: bytesRead', rs.bytesRead, 'bytesWritten', ws.bytesWritten);
      console.log('pipeline: chunks', sizes.length, 'first', sizes[0], 'last', sizes[sizes.length - 1]);
      assert.ok(sizes.slice(0, -1).every((n) => n === 65536));
      console.log('pipeline: destroyed', rs.destroyed, ws.destroyed, 'fds', rs.fd, ws.fd);
      resolve();
    });
  });
}

function copyWithPipe() {
  return new Promise((resolve) => {
    const dst = path.join(dir, 'copy2.bin');
    const rs = fs.createReadStream(src, { highWaterMark: 1024 * 1024 });
    const ws = fs.createWriteStream(dst);
    const events = [];
    for (const name of ['open', 'ready', 'end', 'close']) rs.on(name, () => events.push(`read:${name}`));
    for (const name of ['open', 'ready', 'finish', 'close']) ws.on(name, () => events.push(`write:${name}`));
    // Both streams close on their own (each closes its fd); which 'close'
    // comes first is a race of two I/O completions, so report once both have.
    let open = 2;
    const closed = () => { if (--open === 0) report(); };
    rs.on('close', closed);
    ws.on('close', closed);
    const report = () => {
      console.log('pipe: sha256 equal:', sha(fs.readFileSync(dst)) === expected);
      console.log('pipe: bytesWritten', ws.bytesWritten);
      console.log('pipe: read events', events.filter((e) => e.startsWith('read')).join(' '));
      console.log('pipe: write events', events.filter((e) => e.startsWith('write')).join(' '));
      resolve();
    };
    rs.pipe(ws);
  });
}

async function copyWithPromisePipelineAndTransform() {
  const dst = path.join(dir, 'copy3.bin');
  let seen = 0;
  const counter = new stream.Transform({
    transform(chunk, encoding, cb) {
      seen += chunk.length;
      cb(null, chunk);
    },
  });
  await pipeline(fs.createReadStream(src, { highWaterMark: 100000 }), counter, fs.createWriteStream(dst));
  console.log('promise pipeline: transformed', seen, 'sha256 equal:', sha(fs.readFileSync(dst)) === expected);
}

async function hashWithAsyncIteration() {
  const hash = crypto.createHash('sha256');
  let chunks = 0;
  for await (const chunk of fs.createReadStream(src, { highWaterMark: 500000 })) {
    hash.update(chunk);
    chunks++;
  }
  console.log('async iteration: chunks', chunks, 'sha256 equal:', hash.digest('hex') === expected);
}

async function main() {
  await copyWithCallbackPipeline();
  await copyWithPipe();
  await copyWithPromisePipelineAndTransform();
  await hashWithAsyncIteration();
  fs.rmSync(dir, { recursive: true });
  console.log('cleaned up:', !fs.existsSync(dir));
}

main();
