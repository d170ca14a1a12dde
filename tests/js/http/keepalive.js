'use strict';
// Keep-alive: the default agent (keepAlive in node 20) sends the next
// request on the connection the last one used; `agent: false` asks for
// `Connection: close` and opens a connection per request.
const http = require('http');

let connections = 0;
const ports = [];
const server = http.createServer((req, res) => {
  ports.push(req.socket.remotePort);
  res.end(`${req.url} ${req.headers.connection}`);
});
server.on('connection', (socket) => {
  connections++;
  socket.on('close', () => { connections--; });
});

function get(path, agent) {
  return new Promise((resolve) => {
    const req = http.get({ port: server.address().port, path, agent }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        console.log(path, JSON.stringify(body), 'reused', req.reusedSocket, 'connection', res.headers.connection);
        resolve();
      });
    });
  });
}

server.listen(0, async () => {
  console.log('globalAgent.keepAlive', http.globalAgent.keepAlive);
  await get('/a');
  await get('/b');
  await get('/c');
  console.log('same connection for a, b, c', ports[0] === ports[1] && ports[1] === ports[2]);
  console.log('open connections', connections);
  await get('/close-1', false);
  await get('/close-2', false);
  console.log('new connections for agent:false', ports[3] !== ports[2] && ports[4] !== ports[3]);
  const agent = new http.Agent({ keepAlive: true });
  await get('/own-1', agent);
  await get('/own-2', agent);
  console.log('own agent reuses', ports[5] === ports[6], ports[5] !== ports[0]);
  server.close(() => console.log('closed, open connections', connections));
});
