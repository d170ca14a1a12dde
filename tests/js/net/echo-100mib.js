'use strict';
// A TCP echo server and client moving 100 MiB intact: the client streams
// pseudo-random chunks of varying sizes (honouring write()'s
// backpressure), the server pipes everything back, and both ends keep a
// SHA-256 of what they saw. Only the totals are printed.
const net = require('net');
const crypto = require('crypto');
const assert = require('assert');

const TOTAL = 100 * 1024 * 1024;
const sizes = [1, 7, 512, 1000, 4096, 65536, 65537, 100000, 262144];

// A deterministic source of bytes.
const pattern = Buffer.alloc(300000);
let seed = 12345;
for (let i = 0; i < pattern.length; i++) {
  seed = (seed * 1103515245 + 12345) >>> 0;
  pattern[i] = seed >>> 24;
}

const serverSeen = crypto.createHash('sha256');
let serverBytes = 0;
const server = net.createServer((socket) => {
  socket.on('data', (chunk) => {
    serverBytes += chunk.length;
    serverSeen.update(chunk);
  });
  socket.pipe(socket);
});

server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  const sent = crypto.createHash('sha256');
  const received = crypto.createHash('sha256');
  let sentBytes = 0;
  let receivedBytes = 0;
  let turn = 0;
  let drains = 0;
  const pump = () => {
    while (sentBytes < TOTAL) {
      const size = Math.min(sizes[turn % sizes.length], TOTAL - sentBytes);
      const offset = (turn * 7919) % (pattern.length - size);
      turn++;
      const chunk = pattern.subarray(offset, offset + size);
      sent.update(chunk);
      sentBytes += size;
      if (!client.write(chunk)) {
        drains++;
        client.once('drain', pump);
        return;
      }
    }
    client.end();
  };
  client.on('connect', pump);
  client.on('data', (chunk) => {
    receivedBytes += chunk.length;
    received.update(chunk);
  });
  client.on('end', () => {
    const a = sent.digest('hex');
    const b = received.digest('hex');
    const c = serverSeen.digest('hex');
    console.log('sent', sentBytes, 'server saw', serverBytes, 'received', receivedBytes);
    console.log('server saw what was sent', a === c);
    console.log('received what was sent', a === b);
    console.log('write() asked to wait', drains > 0);
    assert.strictEqual(receivedBytes, TOTAL);
    assert.strictEqual(a, b);
    server.close(() => console.log('closed'));
  });
});
