'use strict';
// GET and POST round trips: what the server sees of the request, what the
// client sees of the response, and the events on each side in order.
const http = require('http');
const assert = require('assert');

const serverLog = [];
const server = http.createServer((req, res) => {
  console.log('request', req.method, req.url, req.httpVersion, req.headers.host === `localhost:${port}`);
  console.log('  headers', JSON.stringify({ ...req.headers, host: 'HOST' }));
  console.log('  complete/aborted', req.complete, req.aborted, typeof req.socket.remotePort, req.socket === res.socket);
  console.log('  res state', res.statusCode, res.headersSent, res.writableEnded, res.finished);
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => {
    serverLog.push(`end ${req.url} body=${JSON.stringify(body)} complete=${req.complete}`);
    res.setHeader('Content-Type', 'text/plain');
    res.setHeader('X-Method', req.method);
    const ret = res.end(`${req.method} ${req.url} ${body.length}`, () => serverLog.push(`end callback ${req.url}`));
    serverLog.push(`end returned this ${ret === res} headersSent=${res.headersSent} ended=${res.writableEnded}`);
  });
  res.on('finish', () => serverLog.push(`finish ${req.url}`));
  res.on('close', () => serverLog.push(`res close ${req.url}`));
});

let port;
function fetch(options, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ port, ...options }, (res) => {
      const events = ['response'];
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { data += d; });
      res.on('end', () => events.push('end'));
      res.on('close', () => {
        events.push('res close');
        resolve({ res, data, events });
      });
    });
    req.on('error', reject);
    req.on('finish', () => {});
    if (body !== undefined) req.end(body);
    else req.end();
  });
}

server.listen(0, async () => {
  port = server.address().port;
  const get = await fetch({ path: '/hello?x=1' });
  console.log('GET', get.res.statusCode, get.res.statusMessage, get.res.httpVersion, JSON.stringify(get.data));
  console.log('  type', get.res.headers['content-type'], 'method', get.res.headers['x-method'],
    'length', get.res.headers['content-length'], 'connection', get.res.headers.connection,
    'keep-alive', get.res.headers['keep-alive'], 'date', typeof get.res.headers.date);
  console.log('  events', get.events.join(','), get.res.complete);

  const post = await fetch({ path: '/submit', method: 'POST', headers: { 'Content-Type': 'application/json' } }, '{"a":1}');
  console.log('POST', post.res.statusCode, JSON.stringify(post.data));

  const put = await fetch({ path: '/put', method: 'put' }, Buffer.from('bytes!'));
  console.log('PUT', put.res.statusCode, JSON.stringify(put.data));

  const head = await fetch({ path: '/head', method: 'HEAD' });
  console.log('HEAD', head.res.statusCode, JSON.stringify(head.data), head.res.headers['content-length']);

  const empty = await fetch({ path: '/empty', method: 'POST' });
  console.log('POST empty', JSON.stringify(empty.data));

  server.close(() => {
    for (const line of serverLog) console.log('server:', line);
    assert.strictEqual(server.listening, false);
    console.log('closed');
  });
});
