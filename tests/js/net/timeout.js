'use strict';
// socket.setTimeout: 'timeout' after idleness (the socket stays open until
// destroyed), activity pushes it back, setTimeout(0) turns it off, the
// callback form, option validation, and net.connect({ timeout }).
const net = require('net');
const assert = require('assert');

const server = net.createServer((socket) => {
  socket.on('data', (d) => socket.write(d));
  socket.on('error', () => {});
});

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  // 1. Idle: 'timeout' fires, the socket is still open; then destroyed.
  await new Promise((resolve) => {
    const client = net.connect(port, '127.0.0.1', () => {
      client.setTimeout(30);
      console.log('timeout property', client.timeout);
    });
    client.on('timeout', () => {
      console.log('timeout: destroyed', client.destroyed, 'readyState', client.readyState);
      client.destroy();
    });
    client.on('close', () => { console.log('closed after timeout'); resolve(); });
  });
  // 2. Activity keeps it from firing; the callback form.
  await new Promise((resolve) => {
    const client = net.connect(port, '127.0.0.1');
    let writes = 0;
    let timedOut = false;
    client.setTimeout(400, () => {
      timedOut = true;
      console.log('callback timeout after', writes, 'writes');
      client.end();
    });
    const timer = setInterval(() => {
      if (timedOut) return clearInterval(timer);
      if (writes < 5) { writes++; client.write('x'); } else { clearInterval(timer); }
    }, 10);
    client.resume();
    client.on('close', resolve);
  });
  // 3. setTimeout(0) turns it off.
  await new Promise((resolve) => {
    const client = net.connect(port, '127.0.0.1');
    let fired = false;
    client.setTimeout(20, () => { fired = true; });
    client.setTimeout(0);
    setTimeout(() => {
      console.log('after setTimeout(0): fired', fired);
      client.destroy();
      resolve();
    }, 60);
  });
  // 4. net.connect({ timeout }).
  await new Promise((resolve) => {
    const client = net.connect({ port, host: '127.0.0.1', timeout: 25 });
    client.on('timeout', () => {
      console.log('connect option timeout', client.timeout);
      client.destroy();
      resolve();
    });
  });
  // 5. Bad values.
  const socket = new net.Socket();
  for (const bad of [-1, Infinity, 'x', NaN]) {
    try {
      socket.setTimeout(bad);
      console.log('accepted', bad);
    } catch (e) {
      console.log('setTimeout', String(bad), e.code, e.name);
    }
  }
  assert.strictEqual(socket.setTimeout(10), socket);
  socket.setTimeout(0);
  server.close(() => console.log('done'));
});
