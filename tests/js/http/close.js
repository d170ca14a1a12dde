'use strict';
// server.close(): stops accepting at once, closes idle keep-alive
// connections, lets a request in flight finish, then emits 'close' and
// calls back once the last connection is gone. closeAllConnections() cuts
// connections short.
const http = require('http');

const log = [];
let slowRes = null;
const server = http.createServer((req, res) => {
  log.push(`request ${req.url}`);
  if (req.url === '/slow') slowRes = res;
  else res.end('fast');
});
server.on('close', () => log.push('server close event'));

let port;
function get(path, agent) {
  return new Promise((resolve) => {
    http.get({ port, path, agent }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve(`${res.statusCode} ${res.headers.connection} ${body}`));
    }).on('error', (e) => resolve(`error ${e.code}`));
  });
}

server.listen(0, async () => {
  port = server.address().port;
  console.log('listening', server.listening);
  console.log('fast', await get('/fast'));
  // Connection: close, so its connection ends with the response (a
  // keep-alive one would stay until the server's keepAliveTimeout).
  const slow = get('/slow', false);
  while (slowRes === null) await new Promise((r) => setTimeout(r, 5));
  let closed = false;
  server.close((err) => {
    closed = true;
    console.log('close callback', err);
  });
  console.log('after close(): listening', server.listening, 'address', server.address());
  console.log('new request while closing', await get('/refused', false));
  await new Promise((r) => setTimeout(r, 30));
  console.log('closed before the slow response', closed);
  slowRes.end('slow done');
  console.log('slow', await slow);
  await new Promise((r) => setTimeout(r, 50));
  console.log('closed after it', closed);
  for (const line of log) console.log('server:', line);

  // closeAllConnections: an unfinished response is cut.
  const second = http.createServer((req, res) => {
    res.write('partial');
    setTimeout(() => second.closeAllConnections(), 20);
  });
  second.listen(0, () => {
    http.get({ port: second.address().port }, (res) => {
      res.on('data', (d) => console.log('second data', String(d)));
      res.on('aborted', () => console.log('second aborted'));
      res.on('error', (e) => console.log('second error', e.code, e.message));
      res.on('close', () => {
        console.log('second close, complete', res.complete);
        second.close(() => console.log('second closed', port > 0));
      });
    });
  });
});
