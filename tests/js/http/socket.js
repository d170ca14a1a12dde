'use strict';
// Connections as the server sees them: 'connection' once per connection,
// the socket's addresses, parallel requests on separate connections, a
// client that goes away mid-request ('aborted'/'close' on the server's
// req and res), and socket.destroy() from a handler.
const http = require('http');

const log = [];
let connections = 0;
const server = http.createServer((req, res) => {
  const s = req.socket;
  if (req.url.startsWith('/info')) {
    res.end(JSON.stringify({
      remoteAddress: s.remoteAddress, remoteFamily: s.remoteFamily, localAddress: s.localAddress,
      localPortMatches: s.localPort === server.address().port, remotePort: typeof s.remotePort,
      sameAsRes: s === res.socket, connection: req.connection === s,
    }));
  } else if (req.url === '/destroy') {
    s.destroy();
  } else if (req.url === '/abandoned') {
    req.on('aborted', () => log.push('req aborted'));
    req.on('close', () => log.push(`req close, aborted=${req.aborted}`));
    res.on('close', () => log.push(`res close, finished=${res.writableFinished}`));
    req.on('data', () => {});
    req.on('error', (e) => log.push(`req error ${e.code} ${e.message}`));
  } else {
    res.end(req.url);
  }
});
server.on('connection', (socket) => {
  connections++;
  log.push(`connection ${typeof socket.remotePort}`);
});

function get(path, agent) {
  return new Promise((resolve) => {
    http.get({ host: '127.0.0.1', port: server.address().port, path, agent }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve(body));
    }).on('error', (e) => resolve(`error ${e.code} ${e.message}`));
  });
}

server.listen(0, '127.0.0.1', async () => {
  console.log('info', await get('/info', false));
  const parallel = await Promise.all([1, 2, 3, 4].map((n) => get(`/p${n}`, false)));
  console.log('parallel', parallel.join(','));
  console.log('connections so far', connections);
  console.log('destroy', await get('/destroy', false));

  // A client that sends half a body and goes away.
  await new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port: server.address().port, path: '/abandoned', method: 'POST', agent: false });
    req.on('error', () => {});
    req.write('partial body');
    setTimeout(() => { req.destroy(); setTimeout(resolve, 100); }, 50);
  });
  server.close(() => {
    for (const line of log) console.log('server:', line);
  });
});
