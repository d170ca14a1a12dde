'use strict';
// server.address(), listening, getConnections() while connections come
// and go, maxConnections ('drop'), listen() argument forms, and
// socket.address().
const net = require('net');

function listenWith(...args) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(...args, () => {
      const a = server.address();
      server.close(() => resolve(`${a.address} ${a.family} ${typeof a.port}`));
    });
  });
}

(async () => {
  console.log('listen(0, host, cb):', await listenWith(0, '127.0.0.1'));
  console.log('listen({port, host}, cb):', await listenWith({ port: 0, host: '127.0.0.1' }));
  console.log('listen(0, host, backlog, cb):', await listenWith(0, '127.0.0.1', 10));
  try {
    net.createServer().listen({ host: '127.0.0.1' });
  } catch (e) {
    console.log('listen({host}):', e.code, e.message);
  }
  console.log('listen({port: undefined, host}):', await listenWith({ port: undefined, host: '127.0.0.1' }));
  console.log('listen(cb):', await listenWith());

  const server = net.createServer();
  console.log('before listen: address', server.address(), 'listening', server.listening);
  const sockets = [];
  server.on('connection', (s) => {
    sockets.push(s);
    console.log('connection; address() family', s.address().family, 'port matches', s.address().port === server.address().port);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = server.address().port;
  const count = () => new Promise((resolve) => server.getConnections((err, n) => resolve(`${err} ${n}`)));
  console.log('connections at start', await count());
  const clients = [];
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => {
      const c = net.connect(port, '127.0.0.1');
      clients.push(c);
      server.once('connection', () => setImmediate(resolve));
    });
  }
  console.log('connections with 3 clients', await count(), 'server._connections', server._connections);
  await new Promise((resolve) => {
    sockets[0].once('close', resolve);
    clients[0].destroy();
  });
  console.log('after one left', await count());

  // maxConnections: the one over the limit is dropped.
  server.maxConnections = 2;
  await Promise.all([
    new Promise((resolve) => server.once('drop', (data) => {
      console.log('drop', data.localAddress, data.remoteAddress, data.localPort === port, typeof data.remotePort, data.remoteFamily);
      resolve();
    })),
    new Promise((resolve) => {
      const extra = net.connect(port, '127.0.0.1');
      extra.on('error', (e) => console.log('dropped client error', e.code));
      extra.on('close', resolve);
      extra.resume();
      clients.push(extra);
    }),
  ]);
  console.log('dropped client closed');
  console.log('still', await count());
  for (const c of clients) c.destroy();
  server.close(() => console.log('closed; address', server.address(), 'listening', server.listening));
})();
