'use strict';
// Header tables on both sides: setHeader/getHeader/... on responses and
// requests, how repeated received fields fold into `headers` (set-cookie
// array, cookie joined with '; ', most joined with ', ', some keep the
// first), rawHeaders, headersDistinct, and node's validation errors.
const http = require('http');

function describe(fn) {
  try {
    return `ok ${JSON.stringify(fn())}`;
  } catch (e) {
    return `${e.name} ${e.code} ${e.message}`;
  }
}

const server = http.createServer((req, res) => {
  console.log('server headers', JSON.stringify(req.headers));
  console.log('server distinct', JSON.stringify(req.headersDistinct));
  console.log('server raw', JSON.stringify(req.rawHeaders));

  res.setHeader('X-Single', 'one');
  res.setHeader('Set-Cookie', ['a=1; Path=/', 'b=2']);
  res.setHeader('X-Number', 42);
  res.setHeader('X-List', ['x', 'y']);
  res.appendHeader('X-List', 'z');
  res.appendHeader('X-Appended', 'first');
  res.setHeader('X-Removed', 'gone');
  console.log('hasHeader', res.hasHeader('x-single'), res.hasHeader('X-SINGLE'), res.hasHeader('x-none'));
  console.log('getHeader', res.getHeader('x-number'), typeof res.getHeader('x-number'), JSON.stringify(res.getHeader('set-cookie')), res.getHeader('nope'));
  res.removeHeader('x-removed');
  console.log('getHeaderNames', JSON.stringify(res.getHeaderNames()));
  console.log('getRawHeaderNames', JSON.stringify(res.getRawHeaderNames()));
  const all = res.getHeaders();
  console.log('getHeaders', Object.getPrototypeOf(all), JSON.stringify(all));
  console.log('bad name', describe(() => res.setHeader('bad name', 'v')));
  console.log('empty name', describe(() => res.setHeader('', 'v')));
  console.log('undefined value', describe(() => res.setHeader('X-U', undefined)));
  console.log('CR in value', describe(() => res.setHeader('X-Cr', 'a\r\nb')));
  console.log('getHeader non-string', describe(() => res.getHeader(5)));
  res.end('done');
  console.log('set after end', describe(() => res.setHeader('X-Late', '1')));
  console.log('remove after end', describe(() => res.removeHeader('X-Single')));
  console.log('append after end', describe(() => res.appendHeader('X-Late', '1')));
});

server.listen(0, () => {
  const req = http.request({
    port: server.address().port,
    path: '/',
    headers: [
      'X-Dup', 'a', 'X-Dup', 'b',
      'Cookie', 'c=1', 'Cookie', 'd=2',
      'Content-Type', 'text/a', 'Content-Type', 'text/b',
      'Set-Cookie', 's=1', 'Set-Cookie', 's=2',
      'Accept', 'x/y', 'Accept', 'z/w',
      'Host', 'example.test',
    ],
  }, (res) => {
    console.log('client set-cookie', JSON.stringify(res.headers['set-cookie']));
    console.log('client x-list', res.headers['x-list'], 'x-number', res.headers['x-number'], 'x-appended', res.headers['x-appended'], 'x-removed', res.headers['x-removed']);
    const raw = res.rawHeaders.filter((_, i, a) => a[i - (i % 2)] !== 'Date');
    console.log('client raw', JSON.stringify(raw));
    console.log('client distinct x-list', JSON.stringify(res.headersDistinct['x-list']));
    res.resume();
    res.on('end', () => server.close(objectHeaders));
  });
  console.log('request with raw headers: getHeader host', req.getHeader('host'), 'names', JSON.stringify(req.getHeaderNames()), 'headersSent', req.headersSent);
  req.end();
});

console.log('validateHeaderName', describe(() => http.validateHeaderName('ok-name')), describe(() => http.validateHeaderName('no\tname')));
console.log('validateHeaderValue', describe(() => http.validateHeaderValue('n', 'v')), describe(() => http.validateHeaderValue('n', 'a\0b')), describe(() => http.validateHeaderValue('n')));

// Headers given as an object: set one by one, Host added after them.
function objectHeaders() {
  const server2 = http.createServer((req, res) => {
    console.log('object headers seen by server', JSON.stringify(req.rawHeaders.map((v) => v.replace(/:\d+$/, ':PORT'))));
    res.end();
  }).listen(0, () => {
    const req = http.request({ port: server2.address().port, headers: { 'X-First': '1', Accept: ['a', 'b'] } }, (res) => {
      res.resume();
      res.on('end', () => server2.close());
    });
    console.log('object headers: names', JSON.stringify(req.getHeaderNames()), 'headersSent', req.headersSent);
    req.end();
  });
}
