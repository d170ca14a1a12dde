'use strict';
// A cluster worker's side of node:cluster. The bootstrap calls
// _setupWorker() before user code: `cluster.worker` is made, the primary
// hears 'online', and servers' listen() start asking the primary for their
// port (getServer, through internal/cluster/hook).

const EventEmitter = require('events');
const Worker = require('internal/cluster/worker');
const hook = require('internal/cluster/hook');
const { internal, sendHelper } = require('internal/cluster/messages');

const cluster = new EventEmitter();
// Servers listening on a shared port, by the primary's key.
const handles = new Map();
// Listen calls per address, so that a worker's n-th listen(0) shares its
// port with the other workers' n-th listen(0), as in node.
const indexes = new Map();

module.exports = cluster;

cluster.isWorker = true;
cluster.isMaster = false;
cluster.isPrimary = false;
cluster.worker = null;
cluster.Worker = Worker;

cluster._setupWorker = function _setupWorker() {
  const worker = new Worker({
    id: +process.env.NODE_UNIQUE_ID | 0,
    process,
    state: 'online',
  });
  cluster.worker = worker;
  process.once('disconnect', () => {
    worker.emit('disconnect');
    // The primary went away or closed the channel unasked: stop now.
    if (!worker.exitedAfterDisconnect) process.exit(0);
  });
  process.on('internalMessage', internal(worker, (message) => {
    if (message.act === 'disconnect') disconnectWorker(worker, true);
  }));
  hook.getServer = getServer;
  send({ act: 'online' });
};

/**
 * Asks the primary for the port a server may share. `query` is node's
 * `{ address, port, addressType, backlog }` (address null for every
 * interface); `bind(errno, port)` is called with the primary's answer: a
 * negative errno, or the port to bind with SO_REUSEPORT. `bind` returns
 * false when the server no longer wants it (closed meanwhile). Once the
 * server emits 'listening', the primary hears it (its 'listening' event).
 */
function getServer(server, query, bind) {
  const indexesKey = [query.address, query.port, query.addressType, query.fd].join(':');
  let indexSet = indexes.get(indexesKey);
  if (indexSet === undefined) {
    indexSet = { nextIndex: 0, set: new Set() };
    indexes.set(indexesKey, indexSet);
  }
  const index = indexSet.nextIndex++;
  indexSet.set.add(index);

  const message = { act: 'queryServer', index, data: null, ...query };
  const onListening = () => {
    if (!indexes.has(indexesKey)) return;
    cluster.worker.state = 'listening';
    const address = server.address();
    message.act = 'listening';
    message.port = (address && address.port) || query.port;
    // A host name: the primary hears the address it resolved to, as in node.
    if (address && typeof query.address === 'string' && !isIPLiteral(query.address)) {
      message.address = address.address;
      message.addressType = address.family === 'IPv6' ? 6 : 4;
    }
    send(message);
  };
  send(message, (reply) => {
    if (reply.errno) {
      server.removeListener('listening', onListening);
      removeIndex(indexesKey, index);
      bind(reply.errno, 0);
      return;
    }
    const key = reply.key;
    if (!bind(0, reply.port)) {
      server.removeListener('listening', onListening);
      forget(key, indexesKey, index);
      return;
    }
    handles.set(key, server);
    server.once('close', () => {
      if (handles.get(key) === server) forget(key, indexesKey, index);
    });
  });
  server.once('listening', onListening);
}

function isIPLiteral(host) {
  return host.includes(':') || /^[0-9.]+$/.test(host);
}

function forget(key, indexesKey, index) {
  send({ act: 'close', key });
  handles.delete(key);
  removeIndex(indexesKey, index);
}

function removeIndex(indexesKey, index) {
  const indexSet = indexes.get(indexesKey);
  if (indexSet === undefined) return;
  indexSet.set.delete(index);
  if (indexSet.set.size === 0) indexes.delete(indexesKey);
}

function send(message, callback) {
  return sendHelper(process, message, null, callback);
}

// Closes every shared server, then the channel. Asked by the primary: no
// need to tell it; else it learns first that this exit is on purpose.
function disconnectWorker(worker, primaryInitiated) {
  worker.exitedAfterDisconnect = true;
  let waiting = 1;
  const closed = () => {
    if (--waiting !== 0) return;
    if (primaryInitiated) process.disconnect();
    else send({ act: 'exitedAfterDisconnect' }, () => process.disconnect());
  };
  const servers = [...handles.values()];
  handles.clear();
  for (const server of servers) {
    waiting++;
    server.close(closed);
  }
  closed();
}

// --- the worker's side of Worker -------------------------------------------------

Worker.prototype.disconnect = function disconnect() {
  if (this.state !== 'disconnecting' && this.state !== 'destroying') {
    this.state = 'disconnecting';
    disconnectWorker(this, false);
  }
  return this;
};

Worker.prototype.destroy = function destroy() {
  if (this.state === 'destroying') return;
  this.exitedAfterDisconnect = true;
  if (!this.isConnected()) {
    process.exit(0);
  } else {
    this.state = 'destroying';
    send({ act: 'exitedAfterDisconnect' }, () => process.disconnect());
    process.once('disconnect', () => process.exit(0));
  }
};
