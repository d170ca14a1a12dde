'use strict';
// A server on a Unix socket path: address() is the path, sockets have no
// IP addresses, data flows both ways, the path is taken while listening
// (EADDRINUSE) and removed on close.
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');
const assert = require('assert');

const sockPath = path.join(os.tmpdir(), `spindle-net-${process.pid}.sock`);
try { fs.unlinkSync(sockPath); } catch {}

const serverLog = [];
const server = net.createServer((socket) => {
  serverLog.push(`connection remoteAddress=${socket.remoteAddress} remotePort=${socket.remotePort}`);
  serverLog.push(`address() ${JSON.stringify(socket.address())}`);
  socket.setEncoding('utf8');
  socket.on('data', (text) => socket.end(text.toUpperCase()));
  socket.on('close', (hadError) => serverLog.push(`close ${hadError}`));
});

server.listen(sockPath, () => {
  console.log('address is the path', server.address() === sockPath);
  console.log('socket file exists', fs.existsSync(sockPath), fs.statSync(sockPath).isSocket());
  const other = net.createServer();
  other.on('error', (err) => {
    console.log('second listen:', err.code, err.syscall, err.message === `listen EADDRINUSE: address already in use ${sockPath}`);
    const client = net.createConnection({ path: sockPath }, () => {
      console.log('client connected, remoteAddress', client.remoteAddress);
      client.write('ping over a unix socket');
    });
    let reply = '';
    client.on('data', (d) => { reply += d; });
    client.on('end', () => console.log('client got', reply));
    client.on('close', () => {
      server.close(() => {
        console.log('socket file removed', !fs.existsSync(sockPath));
        for (const line of serverLog) console.log('server:', line);
      });
    });
  });
  other.listen(sockPath);
});
assert.strictEqual(server.address(), sockPath);
