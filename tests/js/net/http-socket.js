'use strict';
// The sockets the http module hands out are net.Sockets: on the server
// (req.socket, res.socket, the 'connection' event) and on the client
// (req.socket), with their addresses and the usual socket methods; and
// an http.Server is a net.Server.
const http = require('http');
const net = require('net');
const { Duplex } = require('stream');

let closeSeen = 'server: socket not closed';

const server = http.createServer((req, res) => {
  const s = req.socket;
  console.log('server: instanceof net.Socket', s instanceof net.Socket, 'Duplex', s instanceof Duplex);
  console.log('server: same socket', s === res.socket, req.connection === s);
  console.log('server: remote', s.remoteAddress, s.remoteFamily, typeof s.remotePort);
  console.log('server: local', s.localAddress, s.localPort === server.address().port);
  console.log('server: address()', s.address().address, s.address().family, s.address().port === server.address().port);
  console.log('server: readyState', s.readyState, 'destroyed', s.destroyed, 'pending', s.pending);
  console.log('server: chainable', s.setNoDelay(true) === s, s.setKeepAlive(true, 1000) === s, s.setTimeout(5000) === s);
  s.setTimeout(0);
  res.end('ok');
});
server.on('connection', (socket) => {
  console.log('connection event: net.Socket', socket instanceof net.Socket);
  socket.on('close', (hadError) => { closeSeen = `server: socket close ${hadError}`; });
});

console.log('http.Server is a net.Server', server instanceof net.Server, Object.getPrototypeOf(http.Server) === net.Server);
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ host: '127.0.0.1', port: server.address().port, agent: false }, (res) => {
    console.log('client: instanceof net.Socket', req.socket instanceof net.Socket, res.socket === req.socket);
    console.log('client: localPort is a number', typeof req.socket.localPort);
    res.resume();
    res.on('end', () => server.close(() => console.log(closeSeen)));
  });
  req.on('socket', (socket) => console.log('client: socket event', socket instanceof net.Socket));
});
