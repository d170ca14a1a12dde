'use strict';
// Host names: a caller's own `lookup` function (called with all: true
// unless a family is given, as node 20 does), its 'lookup' events, its
// errors, and 'localhost' resolved by the runtime.
const net = require('net');

const server = net.createServer((s) => s.end('hi'));
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const run = (label, options) => new Promise((resolve) => {
    const c = net.connect({ port, ...options });
    // (How many addresses 'localhost' has depends on the machine.)
    if (options.host !== 'localhost') {
      c.on('lookup', (err, address, family, host) => console.log(label, 'lookup event', err && err.message, address, family, host));
    }
    c.on('connect', () => console.log(label, 'connected to', c.remoteAddress));
    c.on('error', (e) => console.log(label, 'error', e.code, e.message));
    c.resume();
    c.on('close', resolve);
  });
  await run('own lookup:', {
    host: 'my-own-name',
    lookup: (host, opts, cb) => {
      console.log('own lookup: called for', host, 'all', opts.all, 'family', opts.family);
      setImmediate(() => (opts.all ? cb(null, [{ address: '127.0.0.1', family: 4 }]) : cb(null, '127.0.0.1', 4)));
    },
  });
  await run('family 4:', {
    host: 'my-own-name',
    family: 4,
    lookup: (host, opts, cb) => {
      console.log('family 4: all', opts.all, 'family', opts.family);
      setImmediate(() => cb(null, '127.0.0.1', 4));
    },
  });
  await run('failing lookup:', {
    host: 'nowhere',
    lookup: (host, opts, cb) => setImmediate(() => cb(Object.assign(new Error('no such name'), { code: 'ENOTFOUND' }))),
  });
  await run('bad address:', {
    host: 'weird',
    family: 4,
    lookup: (host, opts, cb) => setImmediate(() => cb(null, 'not-an-ip', 4)),
  });
  await run('localhost:', { host: 'localhost' });
  try {
    net.connect({ port, host: 'x', lookup: 42 });
  } catch (e) {
    console.log('lookup: 42 ->', e.code, e.message);
  }
  server.close();
});
