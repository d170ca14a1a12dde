'use strict';
// Backpressure both ways: a server writing to a client that does not
// read sees write() return false and its writableLength grow (the bytes
// wait in the stream, not in an unbounded queue below it), while the
// paused client holds only a bounded amount; once the client reads,
// everything arrives in order and 'drain' follows.
const net = require('net');
const assert = require('assert');

const CHUNK = Buffer.alloc(64 * 1024, 'a');
const TOTAL_CHUNKS = 256; // 16 MiB

// Printed when the server has closed: when the server's side finishes
// depends on how much the kernel's socket buffers absorb.
let serverFinish = 'no finish';

const server = net.createServer((socket) => {
  let written = 0;
  let falses = 0;
  let drains = 0;
  socket.on('drain', () => { drains++; });
  // Write everything at once, ignoring write()'s answer.
  for (let i = 0; i < TOTAL_CHUNKS; i++) {
    const chunk = Buffer.from(CHUNK);
    chunk.writeUInt32BE(i, 0);
    if (!socket.write(chunk)) falses++;
    written += chunk.length;
  }
  socket.end();
  console.log('server: write() returned false', falses > 0, 'writableLength > 1 MiB', socket.writableLength > 1024 * 1024);
  console.log('server: bufferSize == writableLength', socket.bufferSize === socket.writableLength);
  console.log('server: bytesWritten counts it all', socket.bytesWritten === written);
  socket.on('finish', () => { serverFinish = `finish, drains ${drains > 0 ? 'some' : 'none'}`; });
});

server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.pause();
  setTimeout(() => {
    // Nothing was consumed: what the client holds stays bounded.
    console.log('client: paused, holds less than 1 MiB', client.readableLength < 1024 * 1024);
    console.log('client: bytesRead bounded too', client.bytesRead < 8 * 1024 * 1024);
    let expected = 0;
    let bytes = 0;
    let pending = Buffer.alloc(0);
    client.on('data', (d) => {
      bytes += d.length;
      pending = Buffer.concat([pending, d]);
      while (pending.length >= CHUNK.length) {
        assert.strictEqual(pending.readUInt32BE(0), expected);
        expected++;
        pending = pending.subarray(CHUNK.length);
      }
    });
    client.on('end', () => {
      console.log('client: got', bytes, 'bytes in', expected, 'ordered chunks');
      server.close(() => {
        console.log('server:', serverFinish);
        console.log('closed');
      });
    });
    client.resume();
  }, 200);
});
