'use strict';
// A TCP echo server and a client on 127.0.0.1: the events each side sees
// and in which order, the addresses, byte counts, and readyState. Each
// side logs on its own and the logs are printed at the end (the order
// between the two sides is the network's).
const net = require('net');
const assert = require('assert');

const serverLog = [];
const clientLog = [];
const server = net.createServer((socket) => {
  serverLog.push(`connection ${socket.remoteAddress} ${socket.remoteFamily} ${typeof socket.remotePort}`);
  serverLog.push(`local ${socket.localAddress} ${socket.localPort === server.address().port}`);
  serverLog.push(`readyState ${socket.readyState} pending ${socket.pending} connecting ${socket.connecting}`);
  assert(socket instanceof net.Socket);
  assert(socket instanceof net.Stream);
  assert.strictEqual(socket.server, server);
  socket.on('data', (chunk) => {
    assert(Buffer.isBuffer(chunk));
    socket.write(chunk);
  });
  socket.on('end', () => serverLog.push(`end, bytesRead ${socket.bytesRead}`));
  socket.on('finish', () => serverLog.push(`finish, bytesWritten ${socket.bytesWritten}`));
  socket.on('close', (hadError) => {
    serverLog.push(`close ${hadError} ${socket.readyState} ${socket.destroyed}`);
    server.close(() => serverLog.push('server closed'));
  });
});

server.listen(0, '127.0.0.1', () => {
  const { port, family, address } = server.address();
  console.log('listening', address, family, typeof port, server.listening);
  const client = new net.Socket();
  clientLog.push(`before connect ${client.readyState} ${client.pending} ${client.connecting}`);
  client.connect(port, '127.0.0.1', () => {
    clientLog.push(`connect ${client.remoteAddress} ${client.remotePort === port} ${client.remoteFamily}`);
    clientLog.push(`readyState ${client.readyState} pending ${client.pending} connecting ${client.connecting}`);
    client.write('hello ');
    client.write(Buffer.from('world'));
    client.end('!', () => clientLog.push('end callback'));
  });
  clientLog.push(`connecting ${client.readyState} ${client.connecting} ${client.pending}`);
  client.on('ready', () => clientLog.push('ready'));
  let received = '';
  client.on('data', (d) => { received += d; });
  client.on('end', () => clientLog.push(`end, received ${JSON.stringify(received)} bytesRead ${client.bytesRead}`));
  client.on('close', (hadError) => {
    clientLog.push(`close ${hadError} bytesWritten ${client.bytesWritten} ${client.readyState}`);
    assert.strictEqual(received, 'hello world!');
  });
});

process.on('exit', () => {
  for (const line of serverLog) console.log('server:', line);
  for (const line of clientLog) console.log('client:', line);
});
