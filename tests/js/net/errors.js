'use strict';
// Bad arguments get node's error classes, codes and messages (thrown
// synchronously), never a crash.
const net = require('net');

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'did not throw');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

attempt('connect()', () => net.connect());
attempt('connect({})', () => net.connect({}));
attempt('connect port -1', () => net.connect({ port: -1 }));
attempt('connect port 65536', () => net.connect(65536));
attempt('connect port "abc"', () => net.connect({ port: 'abc' }));
attempt('connect port true', () => net.connect({ port: true }));
attempt('connect bad localAddress', () => net.connect({ port: 80, localAddress: 'nope' }));
attempt('createServer("x")', () => net.createServer('x'));
attempt('Socket objectMode', () => new net.Socket({ objectMode: true }));
attempt('Socket readableObjectMode', () => new net.Socket({ readableObjectMode: true }));
attempt('listen port 65536', () => net.createServer().listen(65536));
attempt('listen port -1', () => net.createServer().listen(-1));
attempt('listen({})', () => net.createServer().listen({}));
attempt('listen(true)', () => net.createServer().listen(true));
attempt('keepAliveInitialDelay "x"', () => net.createServer({ keepAliveInitialDelay: 'x' }));

const server = net.createServer();
server.listen(0, '127.0.0.1', () => {
  attempt('listen twice', () => server.listen(0));
  const socket = net.connect(server.address().port, '127.0.0.1', () => {
    attempt('write(123)', () => socket.write(123));
    attempt('write(null)', () => socket.write(null));
    socket.end();
    socket.on('close', () => server.close(() => console.log('done')));
  });
  server.once('connection', (s) => s.resume());
});

// net.Socket without new, and the legacy alias.
console.log('Socket() without new', net.Socket() instanceof net.Socket, net.Stream === net.Socket);
console.log('Server() without new', net.Server() instanceof net.Server);
