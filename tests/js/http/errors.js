'use strict';
// Errors as node reports them: EADDRINUSE from listen, ECONNREFUSED from a
// request, headers already sent, writes after end, bad ports, a second
// listen, closing a server that is not running, bad request options.
const http = require('http');

function props(e) {
  return JSON.stringify(Object.fromEntries(Object.keys(e).map((k) => [k, typeof e[k] === 'number' && k === 'port' ? 'PORT' : e[k]])));
}
function describe(fn) {
  try {
    fn();
    return 'ok';
  } catch (e) {
    return `${e.name} ${e.code} ${e.message}`;
  }
}

async function main() {
  // EADDRINUSE
  const first = http.createServer();
  await new Promise((resolve) => first.listen(0, '127.0.0.1', resolve));
  const port = first.address().port;
  const second = http.createServer();
  let listened = false;
  second.listen(port, '127.0.0.1', () => { listened = true; });
  console.log('listening right after a failing listen', second.listening);
  const inUse = await new Promise((resolve) => second.on('error', resolve));
  console.log('EADDRINUSE', inUse.message.replace(String(port), 'PORT'), inUse.code, inUse.errno, inUse.syscall, inUse.address, inUse.port === port, props(inUse));
  console.log('listening callback ran', listened, 'listening', second.listening, 'address', second.address());

  console.log('listen twice', describe(() => first.listen(0)));

  // ERR_HTTP_HEADERS_SENT and writes after end, on a real response.
  first.on('request', (req, res) => {
    res.write('partial ');
    console.log('setHeader after write', describe(() => res.setHeader('X-Late', '1')));
    console.log('writeHead after write', describe(() => res.writeHead(200)));
    res.end('body');
    res.on('error', (e) => console.log('response error event', e.code, e.message));
    console.log('write after end returns', res.write('more', (e) => console.log('write callback', e.code)));
    res.end(() => console.log('end callback after end'));
    console.log('write non-string', describe(() => res.write(42)));
  });
  await new Promise((resolve) => {
    // agent: false keeps the next request (after close) off this connection.
    http.get({ port, host: '127.0.0.1', agent: false }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => { console.log('client got', JSON.stringify(body)); resolve(); });
    });
  });
  await new Promise((resolve) => first.close(resolve));

  // ECONNREFUSED: nobody listens on the port any more.
  const refused = await new Promise((resolve) => {
    const req = http.get({ port, host: '127.0.0.1' }, () => console.log('unexpected response'));
    const events = [];
    req.on('socket', () => events.push('socket'));
    req.on('error', (e) => events.push(`error ${e.code}`));
    req.on('close', () => { events.push('close'); resolve([req, events]); });
  }).then(([req, events]) => events.join(','));
  console.log('refused events', refused);
  const err = await new Promise((resolve) => http.get({ port, host: '127.0.0.1' }).on('error', resolve));
  console.log('ECONNREFUSED', err.message.replace(String(port), 'PORT'), err.code, err.errno, err.syscall, err.address, err.port === port, props(err));

  // Closing a server that is not listening.
  const idle = http.createServer();
  const notRunning = await new Promise((resolve) => idle.close(resolve));
  console.log('close not running', notRunning.code, notRunning.message);

  console.log('bad port', describe(() => http.createServer().listen(70000)));
  console.log('negative port', describe(() => http.createServer().listen({ port: -1 })));
  console.log('bad method', describe(() => http.request({ port: 1, method: 'NO WAY' })));
  console.log('bad path', describe(() => http.request({ port: 1, path: '/a b' })));
  console.log('bad protocol', describe(() => http.request('https://example.test/')));
  console.log('bad header', describe(() => http.request({ port: 1, headers: { 'a b': '1' } })));
  console.log('bad agent', describe(() => http.request({ port: 1, agent: {} })));
}

main();
