'use strict';
// Timeouts on the server side: server.setTimeout() applies to new
// connections and reports idle ones through 'timeout' (the socket is left
// to the listener); with nobody listening the connection is destroyed;
// res.setTimeout() reports to the response.
const http = require('http');

function get(port, path) {
  return new Promise((resolve) => {
    http.get({ port, path, agent: false }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve(`${res.statusCode} ${body}`));
    }).on('error', (e) => resolve(`error ${e.code} ${e.message}`));
  });
}

async function main() {
  // server.setTimeout with a listener: the handler decides.
  const a = http.createServer((req, res) => {
    if (req.url === '/late') setTimeout(() => res.end('late answer'), 150);
    else res.end('quick');
  });
  const ret = a.setTimeout(50, (socket) => {
    console.log('server timeout event, socket is a socket', typeof socket.destroy);
    socket.destroy();
  });
  console.log('setTimeout returns the server', ret === a, a.timeout);
  await new Promise((r) => a.listen(0, r));
  console.log('quick', await get(a.address().port, '/quick'));
  console.log('late', await get(a.address().port, '/late'));
  await new Promise((r) => a.close(r));

  // No listener anywhere: destroyed.
  const b = http.createServer((req, res) => setTimeout(() => res.end('never seen'), 150));
  b.timeout = 50;
  await new Promise((r) => b.listen(0, r));
  console.log('unhandled', await get(b.address().port, '/'));
  await new Promise((r) => b.close(r));

  // res.setTimeout: the response hears it and answers.
  const c = http.createServer((req, res) => {
    res.setTimeout(50, () => {
      console.log('response timeout');
      res.end('answered on timeout');
    });
  });
  await new Promise((r) => c.listen(0, r));
  console.log('res.setTimeout', await get(c.address().port, '/'));
  await new Promise((r) => c.close(r));
}

main();
