'use strict';
// 1 MiB bodies arrive intact both ways: a request body uploaded in one
// piece and in many writes, a response sent whole and streamed with
// backpressure ('drain'); checked by length and SHA-256.
const http = require('http');
const crypto = require('crypto');

const MiB = 1024 * 1024;
const payload = Buffer.alloc(MiB);
for (let i = 0; i < payload.length; i++) payload[i] = (i * 7 + (i >> 11)) & 0xff;
const digest = (buf) => crypto.createHash('sha256').update(buf).digest('hex').slice(0, 16);
console.log('payload', payload.length, digest(payload));

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (d) => chunks.push(d));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    if (req.url === '/upload') {
      res.end(`${body.length} ${digest(body)}`);
    } else if (req.url === '/download') {
      res.end(payload);
    } else if (req.url === '/stream') {
      let offset = 0;
      let sawFalse = false;
      (function write() {
        while (offset < payload.length) {
          const piece = payload.subarray(offset, offset + 64 * 1024);
          offset += piece.length;
          if (!res.write(piece)) {
            sawFalse = true;
            res.once('drain', write);
            return;
          }
        }
        res.end();
        console.log('server stream: write returned false at some point', sawFalse);
      })();
    }
  });
});

function call(path, body, pieces) {
  return new Promise((resolve) => {
    const req = http.request({ port: server.address().port, path, method: 'POST' }, (res) => {
      const chunks = [];
      res.on('data', (d) => chunks.push(d));
      res.on('end', () => resolve(Buffer.concat(chunks)));
    });
    if (!body) req.end();
    else if (pieces === 1) req.end(body);
    else {
      const size = Math.ceil(body.length / pieces);
      for (let i = 0; i < body.length; i += size) req.write(body.subarray(i, i + size));
      req.end();
    }
  });
}

server.listen(0, async () => {
  console.log('upload whole', String(await call('/upload', payload, 1)));
  console.log('upload in 37 writes', String(await call('/upload', payload, 37)));
  const down = await call('/download');
  console.log('download', down.length, digest(down));
  const streamed = await call('/stream');
  console.log('streamed', streamed.length, digest(streamed));
  server.close();
});
