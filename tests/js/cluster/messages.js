'use strict';
// Messages both ways between the primary and a worker, in order: the
// primary's worker.send reaches both process.on('message') and
// cluster.worker.on('message') in the worker; the worker's process.send and
// cluster.worker.send reach worker.on('message') and cluster.on('message').
// Then the primary disconnects the worker, which closes its channel and
// exits by itself; its exit code tells what it saw.
const cluster = require('cluster');
const assert = require('assert');

const COUNT = 500;

if (cluster.isWorker) {
  let viaProcess = 0;
  let viaWorker = 0;
  let sawDisconnect = false;
  process.on('message', (message) => {
    assert.strictEqual(message.n, viaProcess++);
    if (message.n % 2 === 0) process.send({ echo: message.n, by: 'process.send' });
    else cluster.worker.send({ echo: message.n, by: 'worker.send' });
  });
  cluster.worker.on('message', (message) => {
    assert.strictEqual(message.n, viaWorker++);
  });
  cluster.worker.on('disconnect', () => {
    sawDisconnect = true;
  });
  process.on('exit', () => {
    // 10 + 1: every message arrived twice in order, and 'disconnect' came.
    process.exitCode = (viaProcess === COUNT && viaWorker === COUNT ? 10 : 0) + (sawDisconnect ? 1 : 0);
  });
} else {
  const worker = cluster.fork();
  let onWorker = 0;
  let onCluster = 0;
  const by = {};
  worker.on('message', (message) => {
    assert.strictEqual(message.echo, onWorker++);
    by[message.by] = (by[message.by] || 0) + 1;
  });
  cluster.on('message', (w, message, handle) => {
    assert.strictEqual(w, worker);
    assert.strictEqual(handle, undefined);
    assert.strictEqual(message.echo, onCluster++);
    if (onCluster === COUNT) {
      console.log('echoes on the worker object', onWorker, 'on the cluster', onCluster, by);
      worker.disconnect();
      console.log('after disconnect(): exitedAfterDisconnect', worker.exitedAfterDisconnect,
        'in workers', 1 in cluster.workers, 'connected', worker.isConnected());
    }
  });
  cluster.on('online', () => {
    for (let n = 0; n < COUNT; n++) worker.send({ n });
  });
  worker.on('disconnect', () => {
    console.log('disconnect: state', worker.state, 'connected', worker.isConnected());
    // Sending now fails with an 'error' event on the Worker.
    worker.send('too late');
  });
  worker.on('error', (err) => console.log('worker error', err.code, err.message));
  cluster.on('exit', (w, code, signal) => {
    console.log('exit', code, signal, 'exitedAfterDisconnect', w.exitedAfterDisconnect, 'state', w.state);
  });
}
