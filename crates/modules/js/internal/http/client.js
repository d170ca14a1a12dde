'use strict';
// http.ClientRequest and http.Agent.
//
// A request is handed to the network reactor when its head and first body
// bytes are known (end(), the first write(), or flushHeaders()); the
// connection — a fresh one, or an idle one the agent kept alive — is found
// there, in the isolate's pool. The answer comes back as a Response event,
// then Body events, or as a ClientError. A request in flight keeps the event
// loop alive; idle pooled connections do not.

const EventEmitter = require('events');
const binding = require('internal/binding');
const { Buffer } = require('buffer');
const { codes, exceptionWithHostPort } = require('internal/errors');
const { validatePort, validateString } = require('internal/validators');
const { checkIsHttpToken, tables } = require('internal/http/common');
const { OutgoingMessage, kId: kOutId, kCloses, byteLength } = require('internal/http/outgoing');
const { IncomingMessage, kId: kInId, kRawText, abortIncoming, deliverFirst } = require('internal/http/incoming');
const { Socket, timerDuration } = require('internal/http/socket');

const kAgentId = Symbol('kAgentId');
const kHost = Symbol('kHost');
const kPort = Symbol('kPort');
const kRefed = Symbol('kRefed');
const kPendingClose = Symbol('kPendingClose');
let nextAgentId = 1;

// --- Agent ------------------------------------------------------------------------

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  EventEmitter.call(this);
  this.defaultPort = 80;
  this.protocol = 'http:';
  this.options = { __proto__: null, ...options };
  if (this.options.noDelay === undefined) this.options.noDelay = true;
  this.options.path = null;
  this.requests = { __proto__: null };
  this.sockets = { __proto__: null };
  this.freeSockets = { __proto__: null };
  this.keepAliveMsecs = this.options.keepAliveMsecs || 1000;
  this.keepAlive = this.options.keepAlive || false;
  this.maxSockets = this.options.maxSockets || Agent.defaultMaxSockets;
  this.maxFreeSockets = this.options.maxFreeSockets || 256;
  this.scheduling = this.options.scheduling || 'lifo';
  this.maxTotalSockets = this.options.maxTotalSockets || Infinity;
  this.totalSocketCount = 0;
  this[kAgentId] = nextAgentId++;
}
Object.setPrototypeOf(Agent.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Agent, EventEmitter);

Agent.defaultMaxSockets = Infinity;

Agent.prototype.getName = function getName(options = {}) {
  let name = options.host || 'localhost';
  name += ':';
  if (options.port) name += options.port;
  name += ':';
  if (options.localAddress) name += options.localAddress;
  if (options.family === 4 || options.family === 6) name += `:${options.family}`;
  return name;
};

// Connections are found on the network reactor; this is the hook node's
// requests call, kept for code that checks for an agent-like object.
Agent.prototype.addRequest = function addRequest() {};
Agent.prototype.createConnection = function createConnection() {
  throw new codes.ERR_METHOD_NOT_IMPLEMENTED('createConnection');
};
Agent.prototype.keepSocketAlive = function keepSocketAlive() { return true; };
Agent.prototype.reuseSocket = function reuseSocket() {};
Agent.prototype.destroy = function destroy() {};

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

// --- ClientRequest ----------------------------------------------------------

function validateHost(host, name) {
  if (host !== null && host !== undefined && typeof host !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE(`options.${name}`, ['string', 'undefined', 'null'], host);
  }
  return host;
}

function ClientRequest(input, options, cb) {
  OutgoingMessage.call(this);
  if (typeof input === 'string') {
    input = require('url').urlToHttpOptions(new URL(input));
  } else if (input instanceof URL) {
    input = require('url').urlToHttpOptions(input);
  } else {
    cb = options;
    options = input;
    input = null;
  }
  if (typeof options === 'function') {
    cb = options;
    options = input || { __proto__: null };
  } else {
    options = Object.assign(input || { __proto__: null }, options);
  }

  let agent = options.agent;
  const defaultAgent = options._defaultAgent || globalAgent;
  if (agent === false) {
    agent = new defaultAgent.constructor();
  } else if (agent === null || agent === undefined) {
    if (typeof options.createConnection !== 'function') agent = defaultAgent;
  } else if (typeof agent.addRequest !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE('options.agent', ['Agent-like Object', 'undefined', 'false'], agent);
  }
  this.agent = agent;

  const protocol = options.protocol || defaultAgent.protocol;
  let expectedProtocol = defaultAgent.protocol;
  if (this.agent && this.agent.protocol) expectedProtocol = this.agent.protocol;
  if (protocol !== expectedProtocol) throw new codes.ERR_INVALID_PROTOCOL(protocol, expectedProtocol);

  const defaultPort = options.defaultPort || (this.agent && this.agent.defaultPort) || 80;
  const port = options.port = options.port || defaultPort || 80;
  validatePort(port);
  const host = options.host = validateHost(options.hostname, 'hostname') ||
    validateHost(options.host, 'host') || 'localhost';
  const setHost = options.setHost === undefined || Boolean(options.setHost);

  this.socketPath = options.socketPath;
  if (options.timeout !== undefined) this.timeout = timerDuration(options.timeout, 'timeout');

  let method = options.method;
  if (method !== null && method !== undefined) validateString(method, 'options.method');
  if (method) {
    if (!checkIsHttpToken(method)) throw new codes.ERR_INVALID_HTTP_TOKEN('Method', method);
    method = method.toUpperCase();
  } else {
    method = 'GET';
  }
  this.method = method;

  this.path = options.path || '/';
  if (/[\u0000-\u0020]/.test(this.path)) throw new codes.ERR_UNESCAPED_CHARACTERS('Request path');

  this.host = host;
  this.protocol = protocol;
  this.maxHeadersCount = null;
  this.reusedSocket = false;
  this.res = null;
  this.aborted = false;
  this.timeoutCb = null;
  this.upgradeOrConnect = false;
  this.parser = null;
  this.joinDuplicateHeaders = options.joinDuplicateHeaders;
  this[kHost] = host[0] === '[' ? host.slice(1, -1) : host;
  this[kPort] = +port;
  this[kRefed] = false;

  if (method === 'GET' || method === 'HEAD' || method === 'DELETE' || method === 'OPTIONS' ||
      method === 'TRACE' || method === 'CONNECT') {
    this.useChunkedEncodingByDefault = false;
  } else {
    this.useChunkedEncodingByDefault = true;
  }

  if (cb) this.once('response', cb);

  const headers = options.headers;
  if (!Array.isArray(headers)) {
    if (headers) {
      for (const key of Object.keys(headers)) this.setHeader(key, headers[key]);
    }
  }
  if (!Array.isArray(headers) && host && !this.getHeader('host') && setHost) {
    let hostHeader = host;
    if (hostHeader.includes(':') && hostHeader[0] !== '[') hostHeader = `[${hostHeader}]`;
    if (port && +port !== defaultPort) hostHeader += `:${port}`;
    this.setHeader('Host', hostHeader);
  }
  if (!Array.isArray(headers) && options.auth && !this.getHeader('Authorization')) {
    this.setHeader('Authorization', `Basic ${Buffer.from(options.auth).toString('base64')}`);
  }

  if (this.agent) {
    if (!this.agent.keepAlive && !Number.isFinite(this.agent.maxSockets)) {
      this._last = true;
      this.shouldKeepAlive = false;
    } else {
      this._last = false;
      this.shouldKeepAlive = true;
    }
  }

  // A raw list is the head as given: stored at once, nothing added.
  if (Array.isArray(headers)) this._storeHeader(headers);

  const socket = new Socket((err) => this.destroy(err));
  socket.connecting = true;
  socket.remoteAddress = undefined;
  socket.remotePort = this[kPort];
  this.socket = socket;
  socket._httpMessage = this;
  if (this.timeout !== undefined) this.setTimeout(this.timeout);
  if (options.signal) {
    const signal = options.signal;
    const onAbort = () => this.destroy(new (require('internal/errors').AbortError)(undefined, { cause: signal.reason }));
    if (signal.aborted) process.nextTick(onAbort);
    else signal.addEventListener('abort', onAbort, { once: true });
  }
  // Like node's agent, the socket is handed over on the next tick; a
  // request destroyed before that reports its end from there.
  this[kPendingClose] = null;
  process.nextTick(socketNT, this, socket);
}

function socketNT(req, socket) {
  const pending = req[kPendingClose];
  req[kPendingClose] = undefined;
  if (pending === null) {
    req.emit('socket', socket);
    return;
  }
  if (pending.error) req.emit('error', pending.error);
  emitRequestClose(req);
}
Object.setPrototypeOf(ClientRequest.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ClientRequest, OutgoingMessage);

ClientRequest.prototype._implicitHeader = function _implicitHeader() {
  if (this._header) throw new codes.ERR_HTTP_HEADERS_SENT('render');
  this._storeHeader();
};

// Requests carry their own Content-Length, as node's do.
ClientRequest.prototype._endingWithBody = function _endingWithBody(data) {
  this._contentLength = byteLength(data);
};

ClientRequest.prototype._sendHead = function _sendHead(body, end) {
  if (this.destroyed) return true;
  const agent = this.agent;
  const keepAlive = !!(agent && agent.keepAlive) && this.shouldKeepAlive && !this[kCloses];
  const key = agent ? String(agent[kAgentId]) : '0';
  const result = binding.httpRequest(key, keepAlive, this[kHost], this[kPort], this.method, this.path,
    this._header, body, end);
  const id = result[0];
  this[kOutId] = id;
  tables.clients.set(id, this);
  this[kRefed] = true;
  binding.refLoop(1);
  return result[1];
};

ClientRequest.prototype._finished = function _finished() {
  // A request destroyed before its body went out never finishes.
  if (!this.destroyed) this.emit('finish');
};

function release(req) {
  const id = req[kOutId];
  if (id) {
    tables.clients.delete(id);
    tables.outgoing.delete(id);
  }
  if (req[kRefed]) {
    req[kRefed] = false;
    binding.refLoop(-1);
  }
}

function emitRequestClose(req) {
  if (req._closed) return;
  req._closed = true;
  req.destroyed = true;
  req.emit('close');
}

ClientRequest.prototype.abort = function abort() {
  if (this.aborted) return;
  this.aborted = true;
  process.nextTick(() => this.emit('abort'));
  this.destroy();
};

ClientRequest.prototype.destroy = function destroy(err) {
  if (this.destroyed) return this;
  this.destroyed = true;
  const id = this[kOutId];
  if (id) binding.httpRequestAbort(id);
  release(this);
  const res = this.res;
  if (res !== null) {
    res._dump();
    // A complete response still ends (and its 'end' closes the request).
    if (res.complete && !err) return this;
    if (!res.complete) abortIncoming(res);
  } else if (!err && !this.aborted) {
    err = connReset('socket hang up');
  }
  this.socket.destroyed = true;
  if (this[kPendingClose] === null) {
    // The 'socket' tick has not run yet: it reports the end.
    this[kPendingClose] = { error: err };
    return this;
  }
  if (err) {
    process.nextTick(() => {
      this.emit('error', err);
      emitRequestClose(this);
    });
  } else {
    process.nextTick(emitRequestClose, this);
  }
  return this;
};

ClientRequest.prototype._abort = ClientRequest.prototype.destroy;

ClientRequest.prototype.setNoDelay = function setNoDelay() {};
ClientRequest.prototype.setSocketKeepAlive = function setSocketKeepAlive() {};
ClientRequest.prototype.clearTimeout = function clearTimeout(cb) {
  this.setTimeout(0, cb);
};

ClientRequest.prototype.setTimeout = function setTimeout(msecs, callback) {
  msecs = timerDuration(msecs, 'msecs');
  if (callback) this.once('timeout', callback);
  this.socket.setTimeout(msecs);
  if (msecs > 0 && !this.timeoutCb) {
    this.timeoutCb = () => this.emit('timeout');
    this.socket.on('timeout', this.timeoutCb);
  }
  return this;
};

function connReset(message) {
  const err = new Error(message);
  err.code = 'ECONNRESET';
  return err;
}

// --- events from the network reactor ------------------------------------------

function responseOnEnd() {
  const req = this.req;
  release(req);
  req.socket._closed(false);
  process.nextTick(emitRequestClose, req);
}

// bodyState as for requests (see server.js), plus 4 for a reused connection.
function onResponse(id, status, reason, minor, rawText, bodyState, localPort, chunk) {
  const reused = (bodyState & 4) !== 0;
  bodyState &= 3;
  const req = tables.clients.get(id);
  if (req === undefined) return;
  const socket = req.socket;
  socket.connecting = false;
  socket.localPort = localPort;
  socket._active();
  req.reusedSocket = reused;
  const res = new IncomingMessage(socket);
  res[kInId] = id;
  res.statusCode = status;
  res.statusMessage = reason;
  res.httpVersionMajor = 1;
  res.httpVersionMinor = minor;
  res.httpVersion = minor === 1 ? '1.1' : '1.0';
  res[kRawText] = rawText;
  res.req = req;
  req.res = res;
  if (bodyState & 1) tables.incoming.set(id, res);
  else release(req);
  res.on('end', responseOnEnd);
  // A response cut short (the connection went away) ends the request too.
  res.on('close', () => {
    if (!res.complete) {
      release(req);
      process.nextTick(emitRequestClose, req);
    }
  });
  // The whole body came with the head: destroying the request from the
  // 'response' handler no longer cuts it short (as with node's parser).
  if (bodyState === 0 || bodyState === 2) res.complete = true;
  if (req.aborted || !req.emit('response', res)) res._dump();
  deliverFirst(res, bodyState, chunk);
}

function onClientError(id, errno, syscall, address, port, message) {
  const req = tables.clients.get(id);
  if (req === undefined) return;
  release(req);
  let err;
  if (message) {
    err = connReset(message);
  } else if (syscall === 'getaddrinfo') {
    err = new Error(`getaddrinfo ENOTFOUND ${address}`);
    err.errno = errno;
    err.code = 'ENOTFOUND';
    err.syscall = syscall;
    err.hostname = address;
  } else {
    err = exceptionWithHostPort(errno, syscall, address, port);
  }
  req.socket._closed(true);
  const res = req.res;
  if (res !== null) {
    abortIncoming(res);
  } else if (!req.destroyed) {
    req.destroyed = true;
    req.emit('error', err);
  }
  process.nextTick(emitRequestClose, req);
}

// --- request() and get() ------------------------------------------------------

function request(url, options, cb) {
  return new ClientRequest(url, options, cb);
}

function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

module.exports = {
  Agent,
  globalAgent,
  ClientRequest,
  request,
  get,
  onResponse,
  onClientError,
};
