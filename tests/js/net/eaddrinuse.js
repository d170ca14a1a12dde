'use strict';
// Listening on a port that is taken: an 'error' event (never a throw)
// with node's code, errno, syscall, address, port and message; the
// server is not listening afterwards and can listen elsewhere.
const net = require('net');
const assert = require('assert');

const first = net.createServer();
first.listen(0, '127.0.0.1', () => {
  const port = first.address().port;
  const second = net.createServer();
  let listened = false;
  second.on('listening', () => { listened = true; });
  second.on('error', (err) => {
    assert(err instanceof Error);
    console.log('code', err.code, 'errno', err.errno, 'syscall', err.syscall);
    console.log('address', err.address, 'port matches', err.port === port);
    console.log('message', err.message.replace(String(port), 'PORT'));
    console.log('listening', second.listening, listened, 'address()', second.address());
    // The same server object can listen again elsewhere.
    second.listen(0, '127.0.0.1', () => {
      console.log('second listens on another port', second.address().port !== port);
      second.close(() => first.close(() => console.log('both closed')));
    });
  });
  second.listen(port, '127.0.0.1');
  console.log('listen returned, listening', second.listening);
});

// Without a host, node binds the IPv6 wildcard first and names it.
const third = net.createServer().listen(0, () => {
  const port = third.address().port;
  console.log('wildcard', third.address().address, third.address().family);
  const fourth = net.createServer();
  fourth.on('error', (err) => {
    console.log('wildcard error', err.code, err.address, err.message.replace(String(port), 'PORT'));
    third.close();
  });
  fourth.listen(port);
});
