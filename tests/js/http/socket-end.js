'use strict';
// `socket.end()` (and `destroySoon()`) right after `res.end()` on a server
// connection: the response still goes out, then the connection closes.
const http = require('http');

const server = http.createServer((req, res) => {
  res.end(`answer to ${req.url}`);
  if (req.url === '/end') req.socket.end();
  else req.socket.destroySoon();
});

function get(port, path) {
  return new Promise((resolve) => {
    http.get({ port, path, agent: false }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve(`${res.statusCode} ${body}`));
    }).on('error', (e) => resolve(`error ${e.code}`));
  });
}

server.listen(0, async () => {
  const { port } = server.address();
  for (const path of ['/end', '/soon']) console.log(path, await get(port, path));
  server.close(() => console.log('closed'));
});
