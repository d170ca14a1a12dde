'use strict';
// allowHalfOpen: when the client ends its side, a server with
// allowHalfOpen keeps writing (the client still reads it) and ends when
// it wants; without it, the server's side ends on its own after 'end'.
// A write after the peer ended (without allowHalfOpen) fails with EPIPE.
const net = require('net');

function run(allowHalfOpen) {
  return new Promise((resolve) => {
    const serverLog = [];
    const server = net.createServer({ allowHalfOpen }, (socket) => {
      serverLog.push(`allowHalfOpen ${socket.allowHalfOpen}`);
      socket.setEncoding('utf8');
      let got = '';
      socket.on('data', (d) => { got += d; });
      socket.on('end', () => {
        serverLog.push(`end after ${JSON.stringify(got)}, writable ${socket.writable}, readyState ${socket.readyState}`);
        if (allowHalfOpen) {
          // Still open for writing: answer, then end.
          setTimeout(() => {
            serverLog.push(`later: writable ${socket.writable} readyState ${socket.readyState}`);
            socket.write('late ');
            socket.end('reply');
          }, 20);
        } else {
          setImmediate(() => {
            serverLog.push(`after end: writableEnded ${socket.writableEnded} readyState ${socket.readyState}`);
          });
        }
      });
      socket.on('finish', () => serverLog.push('finish'));
      socket.on('close', (hadError) => {
        serverLog.push(`close ${hadError}`);
        server.close(done);
      });
    });
    let pending = 2;
    function done() {
      if (--pending > 0) return;
      console.log(`allowHalfOpen=${allowHalfOpen}`);
      for (const line of serverLog) console.log('  server:', line);
      for (const line of clientLog) console.log('  client:', line);
      resolve();
    }
    const clientLog = [];
    server.listen(0, '127.0.0.1', () => {
      const client = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true }, () => {
        client.end('request');
      });
      let reply = '';
      client.setEncoding('utf8');
      client.on('data', (d) => { reply += d; });
      client.on('finish', () => clientLog.push('finish'));
      client.on('end', () => clientLog.push(`end, reply ${JSON.stringify(reply)}`));
      client.on('close', (hadError) => {
        clientLog.push(`close ${hadError}`);
        done();
      });
    });
  });
}

function writeAfterPeerEnded() {
  return new Promise((resolve) => {
    const server = net.createServer((socket) => socket.end('bye'));
    server.listen(0, '127.0.0.1', () => {
      const client = net.connect(server.address().port, '127.0.0.1');
      client.on('end', () => {
        // allowHalfOpen is false: this side is ending too, writes fail.
        client.write('too late', (err) => console.log('write callback:', err && err.code, err && err.message));
      });
      client.on('error', (err) => console.log('error event:', err.code, err.message));
      client.on('close', (hadError) => {
        console.log('close', hadError);
        server.close(resolve);
      });
      client.resume();
    });
  });
}

(async () => {
  await run(true);
  await run(false);
  await writeAfterPeerEnded();
})();
