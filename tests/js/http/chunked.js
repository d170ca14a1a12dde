'use strict';
// Streamed responses: write() before end() sends chunked transfer encoding
// (unless Content-Length is set), the client sees the chunks in order, and
// write()/end() report what node reports.
const http = require('http');

const log = [];
const server = http.createServer((req, res) => {
  if (req.url === '/chunks') {
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    log.push(`write 1 -> ${res.write('one,')}`);
    log.push(`headersSent ${res.headersSent}`);
    res.write(Buffer.from('two,'), () => log.push('write 2 callback'));
    res.write('dGhyZWUs', 'base64');
    setTimeout(() => {
      res.write('ünïcödé,');
      res.end('end');
    }, 20);
  } else if (req.url === '/length') {
    res.setHeader('Content-Length', 6);
    res.write('abc');
    setTimeout(() => res.end('def'), 10);
  } else if (req.url === '/flush') {
    res.flushHeaders();
    log.push(`flushed headersSent ${res.headersSent}`);
    setTimeout(() => res.end('after flush'), 10);
  } else if (req.url === '/empty-writes') {
    res.write('');
    res.write('x');
    res.write('');
    res.end();
  } else {
    res.statusCode = 404;
    res.end('not found');
  }
});

function get(path) {
  return new Promise((resolve) => {
    http.get({ port: server.address().port, path }, (res) => {
      const chunks = [];
      res.on('data', (d) => chunks.push(d));
      res.on('end', () => {
        const body = Buffer.concat(chunks).toString();
        console.log(path, res.statusCode, 'te', res.headers['transfer-encoding'], 'cl',
          res.headers['content-length'], 'ct', res.headers['content-type'], JSON.stringify(body));
        resolve();
      });
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  await get('/chunks');
  await get('/length');
  await get('/flush');
  await get('/empty-writes');
  await get('/missing');
  server.close();
  for (const line of log) console.log('server:', line);
});
