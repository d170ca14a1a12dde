'use strict';
// The primary's and a worker's view of node:cluster: roles, settings, the
// Worker object, the 'setup'/'fork'/'online'/'exit' events in order, and a
// worker's own exit code. The worker reports what it sees by message (its
// stdout would interleave with the primary's).
const cluster = require('cluster');
const assert = require('assert');
const path = require('path');

if (cluster.isWorker) {
  const worker = cluster.worker;
  process.send({
    isPrimary: cluster.isPrimary,
    isMaster: cluster.isMaster,
    isWorker: cluster.isWorker,
    id: worker.id,
    state: worker.state,
    isWorkerObject: worker instanceof cluster.Worker,
    processIsGlobal: worker.process === process,
    connected: worker.isConnected(),
    dead: worker.isDead(),
    exitedAfterDisconnect: worker.exitedAfterDisconnect,
    workers: typeof cluster.workers,
    uniqueIdDeleted: !('NODE_UNIQUE_ID' in process.env),
    env: process.env.ROLE_TEST,
    argv: process.argv.slice(2),
  });
  process.on('message', (code) => process.exit(code));
} else {
  console.log('isPrimary', cluster.isPrimary, 'isMaster', cluster.isMaster, 'isWorker', cluster.isWorker);
  console.log('worker', cluster.worker, 'workers', cluster.workers);
  console.log('schedulingPolicy', cluster.schedulingPolicy, 'SCHED_NONE', cluster.SCHED_NONE, 'SCHED_RR', cluster.SCHED_RR);
  console.log('settings before setup', cluster.settings);
  console.log('fork setupPrimary setupMaster disconnect', typeof cluster.fork, typeof cluster.setupPrimary,
    cluster.setupMaster === cluster.setupPrimary, typeof cluster.disconnect);

  const events = [];
  cluster.on('setup', (settings) => {
    events.push('setup');
    console.log('setup event: exec', path.basename(settings.exec), 'args', settings.args,
      'execArgv', settings.execArgv, 'silent', settings.silent);
  });
  cluster.setupPrimary({ args: ['one', 'two'] });
  console.log('settings keys', Object.keys(cluster.settings));

  const worker = cluster.fork({ ROLE_TEST: 'from the primary' });
  console.log('fork returned', worker instanceof cluster.Worker, 'id', worker.id, 'state', worker.state,
    'exitedAfterDisconnect', worker.exitedAfterDisconnect);
  console.log('workers[1] is it', cluster.workers[1] === worker, 'pid is a number', typeof worker.process.pid === 'number');
  console.log('connected', worker.isConnected(), 'dead', worker.isDead());

  cluster.on('fork', (w) => {
    events.push('fork');
    assert.strictEqual(w, worker);
  });
  worker.on('online', () => events.push('worker online'));
  cluster.on('online', (w) => {
    events.push('cluster online');
    console.log('online: state', w.state);
  });
  cluster.on('message', (w, message) => {
    assert.strictEqual(w, worker);
    console.log('the worker sees', message);
    worker.send(3);
  });
  worker.on('exit', (code, signal) => {
    events.push('worker exit');
    console.log('worker exit', code, signal, 'state', worker.state);
  });
  cluster.on('exit', (w, code, signal) => {
    events.push('cluster exit');
    assert.strictEqual(w, worker);
    console.log('cluster exit', code, signal, 'exitedAfterDisconnect', w.exitedAfterDisconnect, 'dead', w.isDead());
  });
  worker.on('disconnect', () => events.push('disconnect'));
  process.on('exit', () => {
    // 'disconnect' and 'exit' both follow the worker's death, in either order.
    const sorted = events.filter((e) => e !== 'disconnect');
    console.log('events', sorted.join(', '), '| disconnect seen', events.includes('disconnect'));
    console.log('workers left', Object.keys(cluster.workers));
  });
}
