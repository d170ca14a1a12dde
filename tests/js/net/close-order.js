'use strict';
// server.close(): stops accepting at once (new connections are refused),
// but 'close' waits for the connections it accepted to end; its callback
// gets ERR_SERVER_NOT_RUNNING when the server was not listening. The
// process exits once everything is closed.
const net = require('net');

const log = [];
const server = net.createServer((socket) => {
  log.push('connection');
  socket.on('end', () => {
    log.push('server socket end');
    socket.end();
  });
  socket.on('close', () => log.push('server socket close'));
});
server.on('close', () => log.push('server close event'));

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const client = net.connect(port, '127.0.0.1', () => {
    server.close((err) => {
      log.push(`close callback ${err}`);
    });
    log.push(`close() called, listening ${server.listening}`);
    server.getConnections((err, n) => log.push(`connections after close() ${n}`));
    // A new connection is refused now.
    const late = net.connect(port, '127.0.0.1');
    late.on('error', (e) => {
      log.push(`late connect ${e.code}`);
      setTimeout(() => client.end(), 20);
    });
  });
  client.resume();
  client.on('close', () => log.push('client close'));
});

net.createServer().close((err) => console.log('close on a server not listening:', err.code, err.message));

process.on('exit', () => {
  // 'client close' may come before or after the server's side closes.
  for (const line of log.filter((l) => l !== 'client close')) console.log(line);
  console.log('client closed', log.includes('client close'));
});
