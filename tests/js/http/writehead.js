'use strict';
// writeHead's forms and what the client receives for each: status only,
// custom reason, headers object (merged with setHeader), reason + headers,
// flat and nested arrays, chaining, codes without a reason, 404 and friends,
// and the invalid status / reason errors.
const http = require('http');

function describe(fn) {
  try {
    fn();
    return 'ok';
  } catch (e) {
    return `${e.name} ${e.code} ${e.message}`;
  }
}

const routes = {
  '/status': (res) => res.writeHead(201).end('created'),
  '/reason': (res) => { res.writeHead(200, 'Fine Thanks'); res.end(); },
  '/object': (res) => {
    res.setHeader('X-Set', 'before');
    res.setHeader('X-Keep', 'kept');
    res.writeHead(202, { 'X-Set': 'override', 'X-New': 'new' });
    res.end('obj');
  },
  '/reason-object': (res) => res.writeHead(203, 'Custom', { 'X-A': '1' }).end(),
  '/flat': (res) => res.writeHead(200, ['X-Flat', '1', 'X-Flat', '2', 'X-Other', 'o']).end('flat'),
  '/nested': (res) => res.writeHead(200, [['X-Nested', 'n1'], ['X-Nested2', 'n2']]).end('nested'),
  '/unknown': (res) => res.writeHead(299).end('odd'),
  '/statuscode': (res) => { res.statusCode = 418; res.end('teapot'); },
  '/statusmessage': (res) => { res.statusCode = 404; res.statusMessage = 'Nowhere'; res.end(); },
  '/no-content': (res) => res.writeHead(204, { 'X-Empty': 'yes' }).end(),
  '/not-modified': (res) => res.writeHead(304).end(),
  '/errors': (res) => {
    console.log('  code 99', describe(() => res.writeHead(99)));
    console.log('  code 1000', describe(() => res.writeHead(1000)));
    console.log('  code "abc"', describe(() => res.writeHead('abc')));
    console.log('  reason with LF', describe(() => res.writeHead(200, 'bad\nreason')));
    console.log('  headersSent after failed writeHead', res.headersSent, JSON.stringify(res.statusMessage));
    res.statusMessage = undefined;
    res.writeHead(500);
    console.log('  second writeHead', describe(() => res.writeHead(200)));
    res.end('errors');
  },
  '/bad-implicit': (res) => {
    res.statusCode = 1234;
    console.log('  end with bad statusCode', describe(() => res.end('x')));
    res.statusCode = 400;
    res.end('recovered');
  },
};

const server = http.createServer((req, res) => {
  console.log('server', req.url);
  (routes[req.url] || ((r) => { r.writeHead(404, { 'Content-Type': 'text/plain' }); r.end('no route'); }))(res);
});

function get(path) {
  return new Promise((resolve) => {
    http.get({ port: server.address().port, path }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        const raw = res.rawHeaders.filter((_, i, a) => a[i - (i % 2)] !== 'Date');
        console.log('client', path, res.statusCode, JSON.stringify(res.statusMessage), JSON.stringify(raw), JSON.stringify(body));
        resolve();
      });
    });
  });
}

server.listen(0, async () => {
  for (const path of [...Object.keys(routes), '/missing']) await get(path);
  server.close();
});
