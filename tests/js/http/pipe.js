'use strict';
// Request bodies as streams: the server pipes the request into the
// response (echo) and through a Transform; the client streams its body in
// several writes, pipes a Readable into the request, and reads the
// response with async iteration and setEncoding.
const http = require('http');
const { Readable, Transform, pipeline } = require('stream');

const serverLog = [];
const server = http.createServer((req, res) => {
  if (req.url === '/echo') {
    res.setHeader('X-Echo', 'yes');
    req.pipe(res);
  } else if (req.url === '/upper') {
    const upper = new Transform({
      transform(chunk, encoding, callback) { callback(null, String(chunk).toUpperCase()); },
    });
    pipeline(req, upper, res, (err) => serverLog.push(`pipeline done ${err === undefined ? 'ok' : err}`));
  } else if (req.url === '/count') {
    let chunks = 0;
    let bytes = 0;
    req.on('data', (d) => { chunks++; bytes += d.length; });
    req.on('end', () => res.end(JSON.stringify({ bytes, some: chunks > 0 })));
  }
});

function request(path, send) {
  return new Promise((resolve) => {
    const req = http.request({ port: server.address().port, path, method: 'POST' }, async (res) => {
      res.setEncoding('utf8');
      let text = '';
      for await (const chunk of res) text += chunk;
      resolve(`${res.statusCode} ${res.headers['x-echo'] || '-'} ${res.headers['transfer-encoding']} ${JSON.stringify(text)}`);
    });
    send(req);
  });
}

server.listen(0, async () => {
  console.log('echo', await request('/echo', (req) => {
    req.write('first ');
    req.write(Buffer.from('second '));
    setTimeout(() => req.end('third'), 10);
  }));
  console.log('upper', await request('/upper', (req) => {
    Readable.from(['abc ', 'def ', 'ghi']).pipe(req);
  }));
  console.log('count', await request('/count', (req) => {
    const big = Buffer.alloc(100000, 'x');
    let left = 5;
    (function more() {
      while (left > 0) {
        left--;
        if (!req.write(big)) {
          req.once('drain', more);
          return;
        }
      }
      req.end();
    })();
  }));
  server.close(() => console.log('server:', serverLog.join(', ')));
});
