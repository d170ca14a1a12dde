'use strict';
// net.Server: a listening socket owned by the network reactor. Binding is
// synchronous (an op answers with the address or the errno); each accepted
// connection arrives as a CONNECTION event and becomes a Socket.
// 'close' is emitted once the server stopped listening and every
// connection it accepted has closed.

const EventEmitter = require('events');
const binding = require('internal/binding');
const { codes, exceptionWithHostPort, uvExceptionWithHostPort } = require('internal/errors');
const { validateNumber, validatePort } = require('internal/validators');
const { getDefaultHighWaterMark } = require('internal/streams/state');
const { NetHandle, ServerHandle, servers } = require('internal/net/handle');
const {
  Socket, normalizeArgs, isPipeName, toNumber, kSetNoDelay, kSetKeepAlive, kSetKeepAliveInitialDelay,
} = require('internal/net/socket');

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
    this.on('connection', connectionListener);
  } else if (options == null || typeof options === 'object') {
    options = { ...options };
    if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  if (typeof options.keepAliveInitialDelay !== 'undefined') {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
    if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
  }
  if (typeof options.highWaterMark !== 'undefined') {
    validateNumber(options.highWaterMark, 'options.highWaterMark');
    if (options.highWaterMark < 0) options.highWaterMark = getDefaultHighWaterMark();
  }
  this._connections = 0;
  this._handle = null;
  this._usingWorkers = false;
  this._workers = [];
  this._unref = false;
  this._listeningId = 1;
  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = !!options.pauseOnConnect;
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000);
  this.highWaterMark = options.highWaterMark ?? getDefaultHighWaterMark();
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

function dnsNotFound(host) {
  const error = new Error(`getaddrinfo ENOTFOUND ${host}`);
  error.errno = -3008;
  error.code = 'ENOTFOUND';
  error.syscall = 'getaddrinfo';
  error.hostname = host;
  return error;
}

// Listens on a TCP port: in a cluster worker (unless `exclusive`) the
// primary is asked first and the port is shared with the other workers
// (internal/cluster/child); elsewhere it binds at once.
function listenNow(server, address, port, backlog, exclusive) {
  const cluster = require('internal/cluster/hook');
  if (cluster.getServer === null || exclusive) {
    bindNow(server, address, port, backlog, false);
    return;
  }
  const listeningId = server._listeningId;
  const query = { address: address || null, port, addressType: (address || '').includes(':') ? 6 : 4, fd: undefined, backlog };
  cluster.getServer(server, query, (errno, sharedPort) => {
    if (listeningId !== server._listeningId) return false;
    // A host that does not resolve fails here as it does outside a cluster.
    if (errno === -3008) return bindNow(server, address, port, backlog, true);
    if (errno) {
      const err = exceptionWithHostPort(errno, 'bind', address || null, port);
      process.nextTick(() => server.emit('error', err));
      return false;
    }
    return bindNow(server, address, sharedPort, backlog, true);
  });
}

// Binds and starts listening now (true), or emits the error on the next
// tick (false).
function bindNow(server, address, port, backlog, reusePort) {
  const result = binding.netListen(address || '', port, backlog || 511, reusePort);
  if (typeof result === 'number') {
    const error = result === -3008 ?
      dnsNotFound(address) :
      uvExceptionWithHostPort(result, 'listen', address || '::', port);
    process.nextTick(() => server.emit('error', error));
    return false;
  }
  const [id, boundAddress, family, boundPort] = result;
  adopt(server, new ServerHandle(id, { address: boundAddress, family, port: boundPort }));
  return true;
}

function listenOnPath(server, path) {
  const result = binding.netListenPath(path);
  if (result < 0) {
    const error = uvExceptionWithHostPort(result, 'listen', path, -1);
    process.nextTick(() => server.emit('error', error));
    return;
  }
  adopt(server, new ServerHandle(result, null));
}

function adopt(server, handle) {
  server._handle = handle;
  servers.set(handle.id, server);
  if (server._unref) handle.unref();
  process.nextTick(() => {
    if (server._handle === handle) server.emit('listening');
  });
}

Server.prototype.listen = function listen(...args) {
  const normalized = normalizeArgs(args);
  let options = normalized[0];
  const cb = normalized[1];
  if (this._handle) throw new codes.ERR_SERVER_ALREADY_LISTEN();
  if (cb !== null) this.once('listening', cb);
  const backlogFromArgs = toNumber(args.length > 1 && args[1]) || toNumber(args.length > 2 && args[2]);
  options = options._handle || options.handle || options;
  this._listeningId++;
  if (typeof options.fd === 'number' && options.fd >= 0) {
    throw new codes.ERR_INVALID_ARG_VALUE('options.fd', options.fd, 'is not supported by spindle');
  }
  if (args.length === 0 || typeof args[0] === 'function' ||
      (typeof options.port === 'undefined' && 'port' in options) || options.port === null) {
    options.port = 0;
  }
  if (typeof options.port === 'number' || typeof options.port === 'string') {
    validatePort(options.port, 'options.port');
    const backlog = options.backlog || backlogFromArgs;
    const port = options.port | 0;
    if (options.host) {
      // node looks the host up first, so listening starts a tick later.
      const host = options.host;
      const listeningId = this._listeningId;
      process.nextTick(() => {
        if (listeningId === this._listeningId) listenNow(this, host, port, backlog, options.exclusive);
      });
    } else {
      listenNow(this, null, port, backlog, options.exclusive);
    }
    return this;
  }
  if (options.path && isPipeName(options.path)) {
    this._pipeName = options.path;
    listenOnPath(this, options.path);
    return this;
  }
  if (!('port' in options) && !('path' in options)) {
    throw new codes.ERR_INVALID_ARG_VALUE('options', options, 'must have the property "port" or "path"');
  }
  throw new codes.ERR_INVALID_ARG_VALUE('options', options);
};

Object.defineProperty(Server.prototype, 'listening', {
  __proto__: null,
  get() { return !!this._handle; },
  configurable: true,
  enumerable: true,
});

Server.prototype.address = function address() {
  if (this._handle && this._handle.address !== null) {
    const out = {};
    this._handle.getsockname(out);
    return out;
  }
  if (this._pipeName) return this._pipeName;
  return null;
};

Server.prototype.getConnections = function getConnections(cb) {
  process.nextTick(cb, null, this._connections);
  return this;
};

Server.prototype.close = function close(cb) {
  this._listeningId++;
  if (typeof cb === 'function') {
    if (!this._handle) this.once('close', () => cb(new codes.ERR_SERVER_NOT_RUNNING()));
    else this.once('close', cb);
  }
  if (this._handle) {
    this._handle.close();
    this._handle = null;
  }
  this._emitCloseIfDrained();
  return this;
};

Server.prototype[Symbol.asyncDispose] = function asyncDispose() {
  if (!this._handle) return Promise.resolve();
  return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
};

Server.prototype._emitCloseIfDrained = function _emitCloseIfDrained() {
  if (this._handle || this._connections) return;
  process.nextTick(() => this.emit('close'));
};

Server.prototype[EventEmitter.captureRejectionSymbol] = function (err, event, socket) {
  if (event === 'connection') socket.destroy(err);
  else this.emit('error', err);
};

Server.prototype.ref = function ref() {
  this._unref = false;
  if (this._handle) this._handle.ref();
  return this;
};

Server.prototype.unref = function unref() {
  this._unref = true;
  if (this._handle) this._handle.unref();
  return this;
};

// A server accepted a connection (addresses undefined for a Unix socket).
function onConnection(serverId, connId, remoteAddress, remotePort, family, localAddress, localPort) {
  const server = servers.get(serverId);
  const handle = new NetHandle(connId, remoteAddress === undefined);
  handle.setAddresses(remoteAddress, remotePort, family, localAddress, localPort);
  if (server === undefined || !server._handle) {
    handle.close();
    return;
  }
  if (server.maxConnections != null && server._connections >= server.maxConnections) {
    const data = { __proto__: null };
    if (remoteAddress !== undefined) {
      data.localAddress = localAddress;
      data.localPort = localPort;
      data.localFamily = family;
      data.remoteAddress = remoteAddress;
      data.remotePort = remotePort;
      data.remoteFamily = family;
    }
    handle.close();
    if (remoteAddress !== undefined) server.emit('drop', data);
    else server.emit('drop');
    return;
  }
  const socket = new Socket({
    handle,
    allowHalfOpen: server.allowHalfOpen,
    pauseOnCreate: server.pauseOnConnect,
    readable: true,
    writable: true,
    readableHighWaterMark: server.highWaterMark,
    writableHighWaterMark: server.highWaterMark,
  });
  if (server.noDelay) {
    socket[kSetNoDelay] = true;
    handle.setNoDelay(true);
  }
  if (server.keepAlive) {
    socket[kSetKeepAlive] = true;
    socket[kSetKeepAliveInitialDelay] = server.keepAliveInitialDelay;
    handle.setKeepAlive(true, server.keepAliveInitialDelay);
  }
  server._connections++;
  socket.server = server;
  socket._server = server;
  server.emit('connection', socket);
}

module.exports = { Server, onConnection };
