'use strict';
// The primary's side of node:cluster: fork() starts a worker process with
// child_process.fork (NODE_UNIQUE_ID=<id> in its environment), follows its
// life through the channel and the process events, and answers the
// workers' requests for server ports.
//
// Sharing a port: a worker's server asks (queryServer) before it listens;
// the primary holds one reservation per address/port/listen-call key (see
// crates/modules/src/cluster.rs), answers with the port to use — for port
// 0, the one the kernel picked for the reservation — and each worker binds
// its own listening socket to it with SO_REUSEPORT. The kernel then
// spreads connections over the workers; the primary never touches them.

const EventEmitter = require('events');
const binding = require('internal/binding');
const { fork } = require('child_process');
const Worker = require('internal/cluster/worker');
const { internal, sendHelper } = require('internal/cluster/messages');

const SCHED_NONE = 1;
const SCHED_RR = 2;

const cluster = new EventEmitter();
const intercom = new EventEmitter();
const handles = new Map();

module.exports = cluster;

cluster.isWorker = false;
cluster.isMaster = true;
cluster.isPrimary = true;
cluster.Worker = Worker;
cluster.workers = {};
cluster.settings = {};
cluster.SCHED_NONE = SCHED_NONE;
cluster.SCHED_RR = SCHED_RR;

let ids = 0;
let initialized = false;

// Reported as node reports it (round-robin unless NODE_CLUSTER_SCHED_POLICY
// says 'none'); either way spindle's workers share the port through the
// kernel (see above and docs/builtin-modules.md).
cluster.schedulingPolicy = (() => {
  const policy = binding.getEnv('NODE_CLUSTER_SCHED_POLICY');
  return policy === 'none' ? SCHED_NONE : SCHED_RR;
})();

cluster.setupPrimary = function setupPrimary(options) {
  const settings = {
    args: process.argv.slice(2),
    exec: process.argv[1],
    execArgv: process.execArgv,
    silent: false,
    ...cluster.settings,
    ...options,
  };
  cluster.settings = settings;
  if (!initialized) {
    initialized = true;
    const policy = cluster.schedulingPolicy;
    if (policy !== SCHED_NONE && policy !== SCHED_RR) {
      throw new Error(`Bad cluster.schedulingPolicy: ${policy}`);
    }
  }
  process.nextTick(() => cluster.emit('setup', settings));
};

cluster.setupMaster = cluster.setupPrimary;

function createWorkerProcess(id, env) {
  const settings = cluster.settings;
  return fork(settings.exec, settings.args, {
    cwd: settings.cwd,
    env: { ...process.env, ...env, NODE_UNIQUE_ID: `${id}` },
    serialization: settings.serialization,
    silent: settings.silent,
    windowsHide: settings.windowsHide,
    execArgv: [...settings.execArgv],
    stdio: settings.stdio,
    gid: settings.gid,
    uid: settings.uid,
  });
}

function removeWorker(worker) {
  delete cluster.workers[worker.id];
  if (Object.keys(cluster.workers).length === 0) intercom.emit('disconnect');
}

function removeHandlesForWorker(worker) {
  for (const [key, handle] of handles) {
    if (handle.remove(worker)) handles.delete(key);
  }
}

cluster.fork = function forkWorker(env) {
  cluster.setupPrimary();
  const id = ++ids;
  const worker = new Worker({ id, process: createWorkerProcess(id, env) });

  worker.on('message', function onWorkerMessage(message, handle) {
    cluster.emit('message', this, message, handle);
  });

  worker.process.once('exit', (exitCode, signalCode) => {
    // Still connected: kept in `workers` until its channel closes too.
    if (!worker.isConnected()) {
      removeHandlesForWorker(worker);
      removeWorker(worker);
    }
    worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
    worker.state = 'dead';
    worker.emit('exit', exitCode, signalCode);
    cluster.emit('exit', worker, exitCode, signalCode);
  });

  worker.process.once('disconnect', () => {
    removeHandlesForWorker(worker);
    if (worker.isDead()) removeWorker(worker);
    worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
    worker.state = 'disconnected';
    worker.emit('disconnect');
    cluster.emit('disconnect', worker);
  });

  worker.process.on('internalMessage', internal(worker, onMessage));
  process.nextTick(() => cluster.emit('fork', worker));
  cluster.workers[worker.id] = worker;
  return worker;
};

cluster.disconnect = function disconnect(callback) {
  const workers = Object.values(cluster.workers);
  if (workers.length === 0) {
    process.nextTick(() => intercom.emit('disconnect'));
  } else {
    for (const worker of workers) {
      if (worker.isConnected()) worker.disconnect();
    }
  }
  if (typeof callback === 'function') intercom.once('disconnect', callback);
};

// --- messages from workers ------------------------------------------------------

const actions = { close, exitedAfterDisconnect, listening, online, queryServer };

function onMessage(message) {
  const action = actions[message.act];
  if (typeof action === 'function') action(this, message);
}

function online(worker) {
  worker.state = 'online';
  worker.emit('online');
  cluster.emit('online', worker);
}

function exitedAfterDisconnect(worker, message) {
  worker.exitedAfterDisconnect = true;
  send(worker, { ack: message.seq });
}

/** A port the workers share: the reservation and who uses it. */
class SharedPort {
  constructor(reservation, port) {
    this.reservation = reservation;
    this.port = port;
    this.workers = new Set();
    this.data = null;
  }

  /** Forgets `worker`; true when nobody is left (the reservation is gone). */
  remove(worker) {
    if (!this.workers.delete(worker.id)) return false;
    if (this.workers.size !== 0) return false;
    binding.clusterRelease(this.reservation);
    return true;
  }
}

function queryServer(worker, message) {
  if (worker.exitedAfterDisconnect) return;
  const key = `${message.address}:${message.port}:${message.addressType}:${message.fd}:${message.index}`;
  let handle = handles.get(key);
  if (handle === undefined) {
    const host = typeof message.address === 'string' ? message.address : '';
    const result = binding.clusterReserve(host, message.port);
    if (typeof result === 'number') {
      send(worker, { errno: result, key, ack: message.seq, data: null });
      return;
    }
    handle = new SharedPort(result[0], result[1]);
    handles.set(key, handle);
  }
  if (!handle.data) handle.data = message.data;
  handle.workers.add(worker.id);
  send(worker, { errno: null, key, ack: message.seq, data: handle.data, port: handle.port });
}

function listening(worker, message) {
  const info = {
    addressType: message.addressType,
    address: message.address,
    port: message.port,
    fd: message.fd,
  };
  worker.state = 'listening';
  worker.emit('listening', info);
  cluster.emit('listening', worker, info);
}

function close(worker, message) {
  const handle = handles.get(message.key);
  if (handle !== undefined && handle.remove(worker)) handles.delete(message.key);
}

function send(worker, message) {
  return sendHelper(worker.process, message, null);
}

// --- the primary's side of Worker -------------------------------------------------

Worker.prototype.disconnect = function disconnect() {
  this.exitedAfterDisconnect = true;
  send(this, { act: 'disconnect' });
  removeHandlesForWorker(this);
  removeWorker(this);
  return this;
};

Worker.prototype.destroy = function destroy(signo) {
  this.process.kill(signo || 'SIGTERM');
};
