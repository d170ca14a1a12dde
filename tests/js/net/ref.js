'use strict';
// What keeps the process alive: an unref'd server does not, a ref'd one
// does until it closes; an unref'd client socket does not; ref() undoes
// unref(). The process exits by itself in each case.
const net = require('net');

const events = [];
process.on('exit', () => {
  for (const e of events.sort()) console.log(e);
  console.log('exit');
});

// 1. An unref'd listening server on its own: the process may exit.
const lonely = net.createServer();
lonely.listen(0, '127.0.0.1', () => events.push('lonely listening'));
lonely.unref();

// 2. A ref'd server closed by a timer after a client has come and gone.
const server = net.createServer((s) => {
  events.push('connection');
  s.on('end', () => s.end());
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1', () => {
    // An unref'd socket with a ref'd server: the server still holds on.
    client.unref();
    client.ref();
    client.end();
  });
  client.on('close', () => {
    events.push('client closed');
    setTimeout(() => server.close(() => events.push('server closed')), 30);
  });
});

// 3. An unref'd client connected to a server whose side of the
// connection is unref'd too: nothing waits for them.
const quiet = net.createServer((s) => {
  events.push('quiet connection');
  s.unref();
});
quiet.listen(0, '127.0.0.1', () => {
  const client = net.connect(quiet.address().port, '127.0.0.1');
  client.unref();
  quiet.unref();
});
