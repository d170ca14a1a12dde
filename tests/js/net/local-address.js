'use strict';
// connect({ localAddress, localPort }): the client binds there first; a
// local port that is taken fails with node's 'bind' error.
const net = require('net');

const server = net.createServer((s) => {
  console.log('server sees the client at', s.remoteAddress);
  s.end();
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const client = net.connect({ port, host: '127.0.0.1', localAddress: '127.0.0.1' }, () => {
    console.log('client bound to', client.localAddress, typeof client.localPort);
  });
  client.resume();
  client.on('close', () => {
    const taken = net.connect({ port, host: '127.0.0.1', localAddress: '127.0.0.1', localPort: port });
    taken.on('connect', () => console.log('connected from a taken port?'));
    taken.on('error', (e) => {
      console.log('bind error', e.code, e.errno, e.syscall, e.address, e.port === port);
      console.log(e.message.replace(String(port), 'PORT'));
    });
    taken.on('close', (hadError) => {
      console.log('close', hadError);
      server.close();
    });
  });
});
