'use strict';
// The client side: request() with a URL string, a URL object, options and
// URL + options; the ClientRequest's own fields; events in order on the
// client; destroy()/abort() before and after the response; timeouts.
const http = require('http');

const server = http.createServer((req, res) => {
  if (req.url === '/hang') return; // never answers
  if (req.url.startsWith('/slow')) {
    setTimeout(() => res.end('slow'), 100);
    return;
  }
  res.setHeader('X-Url', req.url);
  res.end(`${req.method} ${req.url}`);
});

function collect(req) {
  return new Promise((resolve) => {
    const events = [];
    req.on('socket', () => events.push('socket'));
    req.on('finish', () => events.push('finish'));
    req.on('response', (res) => {
      events.push(`response ${res.statusCode}`);
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => events.push(`end ${JSON.stringify(body)}`));
      res.on('close', () => events.push('res close'));
    });
    req.on('abort', () => events.push('abort'));
    req.on('timeout', () => { events.push('timeout'); req.destroy(); });
    req.on('error', (e) => events.push(`error ${e.code} ${e.message}`));
    req.on('close', () => { events.push('close'); setTimeout(() => resolve(events.join(' | ')), 20); });
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const base = `http://127.0.0.1:${port}`;

  const r1 = http.request(`${base}/string?q=1`);
  console.log('fields', r1.method, r1.path, r1.host, r1.protocol, r1.finished, r1.headersSent, r1.reusedSocket, r1.aborted, r1.destroyed);
  r1.end();
  console.log('after end', r1.finished, r1.headersSent, r1.writableEnded);
  console.log('string url:', await collect(r1));

  const r2 = http.request(new URL(`${base}/url-object`), { method: 'PATCH' });
  r2.end('patch body');
  console.log('URL + options:', await collect(r2));

  const r3 = http.get({ hostname: '127.0.0.1', port, path: '/options' });
  console.log('options:', await collect(r3));

  const r4 = http.get(`${base}/callback`, (res) => console.log('callback got response', res.statusCode, res.headers['x-url']));
  console.log('get with callback:', await collect(r4));

  const r5 = http.get(`${base}/slow-destroyed`);
  r5.destroy();
  console.log('destroy before response:', await collect(r5), r5.destroyed);

  const r6 = http.get(`${base}/slow-aborted`);
  r6.abort();
  console.log('abort before response:', await collect(r6), r6.aborted);

  const r7 = http.get(`${base}/slow-with-error`);
  r7.destroy(new Error('my reason'));
  console.log('destroy with error:', await collect(r7));

  const r8 = http.get({ hostname: '127.0.0.1', port, path: '/hang', timeout: 50 });
  console.log('timeout option:', await collect(r8));

  const r9 = http.get(`${base}/hang`);
  r9.setTimeout(50, () => console.log('setTimeout callback'));
  console.log('setTimeout:', await collect(r9));

  server.closeAllConnections();
  server.close(() => console.log('closed'));
});
