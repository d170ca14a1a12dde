'use strict';
// How cluster workers' listen() calls map to ports: the n-th listen(0) of
// every worker shares one port (a worker's two listen(0) calls get two);
// a host is kept in the 'listening' address; `exclusive: true` binds a
// worker's own port; a port in use gives node's `bind EADDRINUSE` error in
// the worker; a closed server can listen again.
const cluster = require('cluster');
const http = require('http');
const assert = require('assert');

function listen(options) {
  return new Promise((resolve, reject) => {
    const server = http.createServer((req, res) => res.end());
    server.once('error', reject);
    server.listen(options, () => resolve(server));
  });
}

async function worker() {
  const report = {};
  const first = await listen({ port: 0 });
  const second = await listen({ port: 0 });
  report.shared = [first.address().port, second.address().port];
  const local = await listen({ port: 0, host: '127.0.0.1' });
  report.local = local.address();
  const own = await listen({ port: 0, exclusive: true });
  report.exclusive = own.address().port;
  try {
    await listen({ port: Number(process.env.TAKEN_PORT) });
    report.taken = 'listened';
  } catch (err) {
    const port = String(process.env.TAKEN_PORT);
    report.taken = {
      message: err.message.replace(port, 'PORT'),
      code: err.code,
      errno: err.errno,
      syscall: err.syscall,
      address: err.address,
      portMatches: err.port === Number(port),
    };
  }
  process.send(report);
  // Told to: close the first server and listen again.
  await new Promise((resolve) => process.once('message', resolve));
  await new Promise((resolve) => first.close(resolve));
  const again = await listen({ port: 0 });
  process.send({ again: again.address().port });
  // Then end: the exclusive server is not the cluster's, so disconnecting
  // alone would not end this worker.
  process.once('message', () => {
    for (const server of [second, local, own, again]) server.close();
  });
}

if (cluster.isWorker) {
  worker();
} else {
  const taken = http.createServer();
  taken.listen(0, '::', () => {
    const env = { TAKEN_PORT: taken.address().port };
    const listening = [];
    cluster.on('listening', (w, address) => listening.push({ id: w.id, address }));
    // One after the other, so that the 'listening' events come in one order.
    const a = cluster.fork(env);
    a.once('message', (reportA) => {
      const b = cluster.fork(env);
      b.once('message', (reportB) => {
        a.send('again');
        a.once('message', ({ again: againA }) => {
          b.send('again');
          b.once('message', ({ again: againB }) => {
            check(reportA, reportB, againA, againB, listening);
            a.send('end');
            b.send('end');
            cluster.disconnect(() => taken.close());
          });
        });
      });
    });
  });

  const check = (a, b, againA, againB, listening) => {
    console.log('two listen(0) calls, two ports', a.shared[0] !== a.shared[1]);
    console.log('the n-th listen(0) of each worker shares a port', a.shared[0] === b.shared[0] && a.shared[1] === b.shared[1]);
    console.log('host kept', a.local.address, a.local.family, 'same port in both', a.local.port === b.local.port);
    console.log('exclusive ports differ', a.exclusive !== b.exclusive, 'and are not shared ones',
      !a.shared.includes(a.exclusive));
    console.log('port in use', a.taken);
    assert.deepStrictEqual(a.taken, b.taken);
    console.log('listening again after a close: one new shared port', againA === againB,
      'not the closed one', againA !== a.shared[0]);
    const summary = listening.map(({ id, address }) => `${id} ${address.addressType} ${address.address}`);
    console.log('listening events', summary.join(', '));
  };
}
