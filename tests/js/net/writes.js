'use strict';
// Writing: before the connection is up (held until 'connect'), end()
// before connecting, string encodings, empty writes, cork()/uncork()
// (one batched write), write callbacks in order, pauseOnConnect, and the
// 'finish'/'close' order of a socket that ends itself.
const net = require('net');

const received = [];
let connections = 0;
let closed = 0;
const server = net.createServer({ pauseOnConnect: true }, (socket) => {
  const index = connections++;
  const log = [];
  log.push(`paused on connect ${socket.isPaused()}`);
  let data = Buffer.alloc(0);
  socket.on('data', (d) => { data = Buffer.concat([data, d]); });
  socket.on('end', () => {
    received[index * 2] = data.toString('latin1');
    log.push(`end ${data.length} bytes`);
    socket.end();
  });
  socket.on('close', () => {
    received[index * 2 + 1] = log.join(', ');
    if (++closed === 2) {
      for (const r of received) console.log('server:', JSON.stringify(r));
      server.close();
    }
  });
  setTimeout(() => socket.resume(), 20);
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const order = [];
  // Written before connecting, with encodings and callbacks.
  const a = net.connect(port, '127.0.0.1');
  console.log('a: connecting', a.connecting, 'pending', a.pending);
  a.write('plain ', () => order.push('cb1'));
  a.write('68656c6c6f20', 'hex', () => order.push('cb2'));
  a.write('', () => order.push('cb-empty'));
  a.write(Buffer.from('bytes '), () => order.push('cb3'));
  a.write('café ', 'latin1', () => order.push('cb4'));
  a.write('wörld', 'utf8', () => order.push('cb5'));
  console.log('a: bytesWritten before connect', a.bytesWritten, 'writableLength', a.writableLength);
  a.end(() => order.push('end cb'));
  a.on('finish', () => order.push('finish'));
  a.on('close', () => {
    order.push('close');
    console.log('a: order', order.join(' '));
    console.log('a: bytesWritten', a.bytesWritten);
    // cork/uncork: several writes leave as one.
    const b = net.connect(port, '127.0.0.1', () => {
      b.cork();
      b.write('one ');
      b.write('two ');
      b.write('three');
      console.log('b: corked writableLength', b.writableLength, 'writableCorked', b.writableCorked);
      process.nextTick(() => {
        b.uncork();
        b.end();
      });
    });
    b.resume();
  });
  a.resume();
});
