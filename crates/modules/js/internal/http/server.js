'use strict';
// http.Server and http.ServerResponse.
//
// A listening server is a socket owned by the network reactor; this side
// learns about each accepted connection (ConnOpen), each request head
// (Request) and each closed connection (ConnClose) through `onHttp`
// events, and answers through the response ops. Every open connection and
// every listening (ref'd) server keeps the event loop alive.

const EventEmitter = require('events');
const binding = require('internal/binding');
const { codes, exceptionWithHostPort, uvExceptionWithHostPort } = require('internal/errors');
const { validateBoolean, validateInteger, validatePort } = require('internal/validators');
const { STATUS_CODES, checkInvalidHeaderChar, tables } = require('internal/http/common');
const { OutgoingMessage, kOutHeaders, kId: kOutId } = require('internal/http/outgoing');
const { IncomingMessage, kId: kInId, kRawText, abortIncoming, deliverFirst } = require('internal/http/incoming');
const { serverSocket } = require('internal/http/socket');
const { Server: NetServer } = require('internal/net/server');

const UV_EAI_NONAME = -3008;

const kServerId = Symbol('kServerId');
const kListening = Symbol('kListening');
const kRefed = Symbol('kRefed');
const kListenAttempt = Symbol('kListenAttempt');
const kWantRef = Symbol('kWantRef');
const kAddress = Symbol('kAddress');
const kKeepAliveTimeout = Symbol('kKeepAliveTimeout');
const kIncomingClass = Symbol('kIncomingClass');
const kResponseClass = Symbol('kResponseClass');

// --- ServerResponse --------------------------------------------------------

function ServerResponse(req, options) {
  OutgoingMessage.call(this, options);
  if (req.method === 'HEAD') this._hasBody = false;
  this.req = req;
  this.sendDate = true;
  this.statusCode = 200;
  this.statusMessage = undefined;
  this._sent100 = false;
  this._expect_continue = false;
  if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
    this.useChunkedEncodingByDefault = /(?:^|\W)chunked(?:$|\W)/i.test(req.headers.te || '');
    this.shouldKeepAlive = false;
  }
}
Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ServerResponse, OutgoingMessage);

ServerResponse.prototype.writeHead = function writeHead(statusCode, reason, obj) {
  if (this._header) throw new codes.ERR_HTTP_HEADERS_SENT('write');
  const original = statusCode;
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999) throw new codes.ERR_HTTP_INVALID_STATUS_CODE(original);
  if (typeof reason === 'string') {
    this.statusMessage = reason;
  } else {
    if (!this.statusMessage) this.statusMessage = STATUS_CODES[statusCode] || 'unknown';
    if (obj === undefined || obj === null) obj = reason;
  }
  this.statusCode = statusCode;
  if (obj) mergeHeaders(this, obj);
  if (checkInvalidHeaderChar(this.statusMessage)) throw new codes.ERR_INVALID_CHAR('statusMessage');
  if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) {
    this._hasBody = false;
  }
  this._storeHeader();
  return this;
};

// writeHead's headers: an object overrides what setHeader stored (names
// keep their place); a flat [name, value, …] list (or [[name, value], …])
// replaces same-named headers and keeps its repeats.
function mergeHeaders(res, obj) {
  if (Array.isArray(obj)) {
    const pairs = [];
    if (obj.length && Array.isArray(obj[0])) {
      for (const pair of obj) pairs.push(pair[0], pair[1]);
    } else {
      if (obj.length % 2 !== 0) throw new codes.ERR_INVALID_ARG_VALUE('headers', obj);
      for (let i = 0; i < obj.length; i++) pairs.push(obj[i]);
    }
    for (let i = 0; i < pairs.length; i += 2) {
      if (res[kOutHeaders] !== null && typeof pairs[i] === 'string') delete res[kOutHeaders][pairs[i].toLowerCase()];
    }
    for (let i = 0; i < pairs.length; i += 2) if (pairs[i]) res.appendHeader(pairs[i], pairs[i + 1]);
    return;
  }
  for (const key of Object.keys(obj)) {
    if (key) res.setHeader(key, obj[key]);
  }
}

ServerResponse.prototype._implicitHeader = function _implicitHeader() {
  this.writeHead(this.statusCode);
};

ServerResponse.prototype._sendHead = function _sendHead(body, end) {
  return binding.httpRespond(this[kOutId], this.statusCode, this.statusMessage, this._header, body, end);
};

ServerResponse.prototype._finished = function _finished() {
  const req = this.req;
  // Nobody read the request body: read it to nowhere.
  if (req && !req._consuming && !req._readableState.resumeScheduled) req._dump();
  const socket = this.socket;
  if (socket !== null && socket._httpMessage === this) socket._httpMessage = null;
  process.nextTick(emitResponseClose, this);
  this.emit('finish');
};

function emitResponseClose(res) {
  if (res._closed) return;
  res.destroyed = true;
  res._closed = true;
  res.emit('close');
}

ServerResponse.prototype._abort = function _abort(error) {
  const socket = this.socket;
  if (socket !== null && !socket.destroyed) socket.destroy(error);
  else process.nextTick(emitResponseClose, this);
};

ServerResponse.prototype.assignSocket = function assignSocket(socket) {
  this.socket = socket;
  socket._httpMessage = this;
  this.emit('socket', socket);
};

ServerResponse.prototype.detachSocket = function detachSocket(socket) {
  if (socket._httpMessage === this) socket._httpMessage = null;
  this.socket = null;
};

ServerResponse.prototype.writeContinue = function writeContinue(cb) {
  this._sent100 = true;
  if (typeof cb === 'function') process.nextTick(cb);
};

ServerResponse.prototype.writeProcessing = function writeProcessing(cb) {
  if (typeof cb === 'function') process.nextTick(cb);
};

ServerResponse.prototype.writeEarlyHints = function writeEarlyHints(hints, cb) {
  if (typeof cb === 'function') process.nextTick(cb);
};

// --- Server ---------------------------------------------------------------------

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options === null || options === undefined) {
    options = {};
  } else if (typeof options !== 'object' || Array.isArray(options)) {
    throw new codes.ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
  if (options.maxHeaderSize !== undefined) validateInteger(options.maxHeaderSize, 'maxHeaderSize', 0);
  if (options.insecureHTTPParser !== undefined) {
    validateBoolean(options.insecureHTTPParser, 'options.insecureHTTPParser');
  }
  EventEmitter.call(this);
  this[kIncomingClass] = options.IncomingMessage || IncomingMessage;
  this[kResponseClass] = options.ServerResponse || ServerResponse;
  this[kServerId] = 0;
  this[kListening] = false;
  this[kRefed] = false;
  this[kListenAttempt] = 0;
  this[kWantRef] = true;
  this[kAddress] = null;
  this[kKeepAliveTimeout] = 5000;
  this._connections = 0;
  this.timeout = 0;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
  this.headersTimeout = 60000;
  this.requestTimeout = 300000;
  this.requireHostHeader = options.requireHostHeader !== undefined ? !!options.requireHostHeader : true;
  this.joinDuplicateHeaders = options.joinDuplicateHeaders;
  this.rejectNonStandardBodyWrites = false;
  if (options.keepAliveTimeout !== undefined) this.keepAliveTimeout = options.keepAliveTimeout;
  if (options.headersTimeout !== undefined) this.headersTimeout = options.headersTimeout;
  if (options.requestTimeout !== undefined) this.requestTimeout = options.requestTimeout;
  if (requestListener) this.on('request', requestListener);
}
// As in node, an http.Server is a net.Server (its methods are its own).
Object.setPrototypeOf(Server.prototype, NetServer.prototype);
Object.setPrototypeOf(Server, NetServer);

Object.defineProperties(Server.prototype, {
  listening: { get() { return this[kListening]; }, configurable: true, enumerable: true },
  keepAliveTimeout: {
    get() { return this[kKeepAliveTimeout]; },
    set(value) {
      this[kKeepAliveTimeout] = value;
      if (this[kListening]) binding.httpServerSet(this[kServerId], Number(value) || 0);
    },
    configurable: true,
    enumerable: true,
  },
});

// listen(port[, host][, backlog][, cb]), listen({ port, host, backlog }[, cb]),
// listen([cb]).
function normalizeListenArgs(args) {
  let callback = null;
  if (args.length && typeof args[args.length - 1] === 'function') callback = args.pop();
  const first = args[0];
  const options = {};
  if (first !== null && typeof first === 'object') {
    options.port = first.port;
    options.host = first.host;
    options.backlog = first.backlog;
    options.exclusive = first.exclusive;
    if (first.path !== undefined) options.path = first.path;
  } else {
    options.port = first;
    if (typeof args[1] === 'string') {
      options.host = args[1];
      options.backlog = args[2];
    } else {
      options.backlog = args[1];
    }
  }
  return { options, callback };
}

Server.prototype.listen = function listen(...args) {
  const { options, callback } = normalizeListenArgs(args);
  if (this[kListening]) throw new codes.ERR_SERVER_ALREADY_LISTEN();
  let port = options.port;
  if (port === undefined || port === null) port = 0;
  else port = validatePort(port, 'options.port');
  if (options.path !== undefined) {
    throw new codes.ERR_INVALID_ARG_VALUE('options.path', options.path, 'is not supported by spindle');
  }
  const host = typeof options.host === 'string' ? options.host : '';
  const backlog = typeof options.backlog === 'number' && options.backlog > 0 ? options.backlog : 511;
  if (callback) this.once('listening', callback);
  const attempt = ++this[kListenAttempt];
  // A cluster worker shares the port with its siblings (internal/cluster/child).
  const cluster = require('internal/cluster/hook');
  if (cluster.getServer !== null && !options.exclusive) {
    const address = host === '' ? null : host;
    const query = { address, port, addressType: host.includes(':') ? 6 : 4, fd: undefined, backlog };
    cluster.getServer(this, query, (errno, sharedPort) => {
      if (attempt !== this[kListenAttempt]) return false;
      // A host that does not resolve fails here as it does outside a cluster.
      if (errno === UV_EAI_NONAME) return bindServer(this, host, port, backlog, true);
      if (errno) {
        const err = exceptionWithHostPort(errno, 'bind', address, port);
        process.nextTick(() => this.emit('error', err));
        return false;
      }
      return bindServer(this, host, sharedPort, backlog, true);
    });
    return this;
  }
  bindServer(this, host, port, backlog, false);
  return this;
};

// Binds and starts accepting; false (and an 'error' event) when it fails.
function bindServer(server, host, port, backlog, reusePort) {
  const result = binding.httpListen(host, port, backlog, reusePort);
  if (typeof result === 'number') {
    const shown = host === '' ? '::' : host;
    const err = uvExceptionWithHostPort(result, 'listen', shown, port);
    process.nextTick(() => server.emit('error', err));
    return false;
  }
  server[kServerId] = result[0];
  server[kAddress] = { address: result[1], family: result[2], port: result[3] };
  server[kListening] = true;
  tables.servers.set(server[kServerId], server);
  if (server[kKeepAliveTimeout] !== 5000) binding.httpServerSet(server[kServerId], Number(server[kKeepAliveTimeout]) || 0);
  if (server[kWantRef]) {
    server[kRefed] = true;
    binding.refLoop(1);
  }
  process.nextTick(() => {
    if (server[kListening]) server.emit('listening');
  });
  return true;
}

Server.prototype.address = function address() {
  if (!this[kListening]) return null;
  const a = this[kAddress];
  return { address: a.address, family: a.family, port: a.port };
};

Server.prototype.close = function close(callback) {
  this[kListenAttempt]++;
  if (typeof callback === 'function') {
    if (!this[kListening]) this.once('close', () => callback(new codes.ERR_SERVER_NOT_RUNNING()));
    else this.once('close', callback);
  }
  if (this[kListening]) {
    this[kListening] = false;
    binding.httpServerClose(this[kServerId]);
    if (this[kRefed]) {
      this[kRefed] = false;
      binding.refLoop(-1);
    }
    // Idle connections close now (the network reactor closes them); like
    // node, they stop counting at once and their 'close' events follow.
    this._forEachSocket((socket) => {
      if (socket._httpMessage === null) detachSocket(socket);
    });
  }
  this._emitCloseIfDrained();
  return this;
};

Server.prototype._forEachSocket = function _forEachSocket(fn) {
  for (const socket of tables.conns.values()) if (socket.server === this) fn(socket);
};

Server.prototype._emitCloseIfDrained = function _emitCloseIfDrained() {
  if (this[kListening] || this._connections > 0) return;
  if (this[kServerId]) tables.servers.delete(this[kServerId]);
  process.nextTick(() => this.emit('close'));
};

Server.prototype.closeAllConnections = function closeAllConnections() {
  if (!this[kServerId]) return;
  binding.httpServerCloseConns(this[kServerId], true);
  this._forEachSocket(detachSocket);
};

Server.prototype.closeIdleConnections = function closeIdleConnections() {
  if (!this[kServerId]) return;
  binding.httpServerCloseConns(this[kServerId], false);
  this._forEachSocket((socket) => {
    if (socket._httpMessage === null) detachSocket(socket);
  });
};

// A connection this side closes stops counting for its server now; its
// 'close' event comes when the network reactor reports it closed.
function detachSocket(socket) {
  if (socket._detached) return;
  socket._detached = true;
  socket.destroyed = true;
  socket.readable = false;
  socket.writable = false;
  const server = socket.server;
  if (server !== null) {
    server._connections--;
    if (!server[kListening]) server._emitCloseIfDrained();
  }
}

Server.prototype.ref = function ref() {
  this[kWantRef] = true;
  if (this[kListening] && !this[kRefed]) {
    this[kRefed] = true;
    binding.refLoop(1);
  }
  return this;
};

Server.prototype.unref = function unref() {
  this[kWantRef] = false;
  if (this[kRefed]) {
    this[kRefed] = false;
    binding.refLoop(-1);
  }
  return this;
};

Server.prototype.setTimeout = function setTimeout(msecs, callback) {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
  return this;
};

Server.prototype.getConnections = function getConnections(callback) {
  const count = this._connections;
  if (typeof callback === 'function') process.nextTick(callback, null, count);
  return this;
};

Server.prototype[Symbol.asyncDispose] = function asyncDispose() {
  return new Promise((resolve) => this.close(() => resolve()));
};

// --- events from the network reactor ----------------------------------------

function onConnOpen(serverId, connId, remoteAddress, remotePort, remoteFamily, localAddress, localPort) {
  const server = tables.servers.get(serverId);
  const socket = serverSocket(connId, detachSocket);
  socket.remoteAddress = remoteAddress;
  socket.remotePort = remotePort;
  socket.remoteFamily = remoteFamily;
  socket.localAddress = localAddress;
  socket.localPort = localPort;
  socket.server = server || null;
  tables.conns.set(connId, socket);
  binding.refLoop(1);
  if (server !== undefined) {
    server._connections++;
    socket.on('timeout', () => socketOnTimeout(server, socket));
    if (server.timeout) socket.setTimeout(server.timeout);
    server.emit('connection', socket);
  }
}

// An idle connection timed out: the request, the response and the server
// hear of it; when nobody listens, the connection is destroyed.
function socketOnTimeout(server, socket) {
  const res = socket._httpMessage;
  const req = res !== null ? res.req : null;
  const reqHandled = req !== null && req !== undefined && req.emit('timeout', socket);
  const resHandled = res !== null && res.emit('timeout', socket);
  const serverHandled = server.emit('timeout', socket);
  if (!reqHandled && !resHandled && !serverHandled) socket.destroy();
}

function onConnClose(connId, error) {
  const socket = tables.conns.get(connId);
  if (socket === undefined) return;
  tables.conns.delete(connId);
  binding.refLoop(-1);
  // In node's order: the request is destroyed ('aborted' now; 'error'
  // and 'close' on the next tick), the socket closes, then the response.
  const res = socket._httpMessage;
  socket._httpMessage = null;
  if (res !== null && res.req && !res.req.destroyed) abortIncoming(res.req);
  detachSocket(socket);
  socket._closed(error !== undefined);
  if (res !== null && !res._writableFinished) {
    tables.outgoing.delete(res[kOutId]);
    emitResponseClose(res);
  }
}

// bodyState: 0 no body, 1 body events follow, 2 `chunk` is the whole body,
// 3 `chunk` then body events.
// flags: 1 HTTP/1.1 (else 1.0), 2 the client wants keep-alive, 4 it sent Host.
function onRequest(connId, reqId, method, url, flags, rawText, bodyState, chunk) {
  const socket = tables.conns.get(connId);
  if (socket === undefined) return;
  const server = socket.server;
  if (server === null) return;
  socket._active();
  const minor = flags & 1;
  if (minor === 1 && (flags & 4) === 0 && server.requireHostHeader) {
    // As node: refused before any 'request' event.
    binding.httpRespond(reqId, 400, 'Bad Request', 'Connection\nclose\n', '', true);
    return;
  }
  const req = new server[kIncomingClass](socket);
  req[kInId] = reqId;
  req.method = method;
  req.url = url;
  req.httpVersionMajor = 1;
  req.httpVersionMinor = minor;
  req.httpVersion = minor === 1 ? '1.1' : '1.0';
  req[kRawText] = rawText;
  if (bodyState & 1) tables.incoming.set(reqId, req);
  const res = new server[kResponseClass](req);
  res[kOutId] = reqId;
  res.socket = socket;
  socket._httpMessage = res;
  res.shouldKeepAlive = (flags & 2) !== 0;
  res._keepAliveTimeout = server[kKeepAliveTimeout];
  server.emit('request', req, res);
  deliverFirst(req, bodyState, chunk);
}

module.exports = {
  Server,
  ServerResponse,
  onConnOpen,
  onConnClose,
  onRequest,
};
