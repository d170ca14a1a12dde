'use strict';
// net.Socket: a Duplex stream over a handle (internal/net/handle.js).
//
// Reading: the network reactor reads as soon as the socket is open and
// posts each chunk; `push()` answering false stops it (readStop) until
// `_read()` asks again. Writing: `_write` hands the bytes to the handle,
// which sends what the kernel takes at once; when some had to be queued,
// the write's callback waits for WRITE_DONE, so the Writable buffers
// further writes and `write()` answers false past the high-water mark.
// `end()` shuts the sending side down once the queued bytes are out;
// 'close' follows the handle's close, as in node.

const { Duplex } = require('stream');
const { Buffer } = require('buffer');
const { codes, errnoException } = require('internal/errors');
const {
  validateAbortSignal, validateFunction, validateInt32, validateNumber, validatePort, validateString,
} = require('internal/validators');
const { isIP } = require('internal/net/ip');
const { NetHandle } = require('internal/net/handle');

const kTimeout = Symbol('kTimeout');
const kBytesRead = Symbol('kBytesRead');
const kBytesWritten = Symbol('kBytesWritten');
const kSetNoDelay = Symbol('kSetNoDelay');
const kSetKeepAlive = Symbol('kSetKeepAlive');
const kSetKeepAliveInitialDelay = Symbol('kSetKeepAliveInitialDelay');
const normalizedArgsSymbol = Symbol('normalizedArgs');
const TIMEOUT_MAX = 2 ** 31 - 1;
const kReadSlack = 128 * 1024;

function toNumber(x) { return (x = Number(x)) >= 0 ? x : false; }

function isPipeName(s) {
  return typeof s === 'string' && toNumber(s) === false;
}

// connect()/listen() arguments as [options, callback|null]:
// (options[, cb]), (path[, cb]) or ([port][, host][, cb]).
function normalizeArgs(args) {
  let result;
  if (args.length === 0) {
    result = [{}, null];
    result[normalizedArgsSymbol] = true;
    return result;
  }
  const first = args[0];
  let options = {};
  if (typeof first === 'object' && first !== null) {
    options = first;
  } else if (isPipeName(first)) {
    options.path = first;
  } else {
    options.port = first;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  result = typeof cb === 'function' ? [options, cb] : [options, null];
  result[normalizedArgsSymbol] = true;
  return result;
}

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (options?.objectMode) {
    throw new codes.ERR_INVALID_ARG_VALUE('options.objectMode', options.objectMode, 'is not supported');
  } else if (options?.readableObjectMode || options?.writableObjectMode) {
    const name = options.readableObjectMode ? 'readableObjectMode' : 'writableObjectMode';
    throw new codes.ERR_INVALID_ARG_VALUE(`options.${name}`, options[name], 'is not supported');
  }
  if (typeof options?.keepAliveInitialDelay !== 'undefined') {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
    if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
  }
  this.connecting = false;
  this._hadError = false;
  this._handle = null;
  this._parent = null;
  this._host = null;
  this[kTimeout] = null;
  if (typeof options === 'number') options = { fd: options };
  else options = { ...options };
  if (options.fd !== undefined) {
    throw new codes.ERR_INVALID_ARG_VALUE('options.fd', options.fd, 'is not supported by spindle');
  }
  // As node: not half-open unless asked, 'close' comes from the handle,
  // strings are written as they are.
  options.allowHalfOpen = Boolean(options.allowHalfOpen);
  options.emitClose = false;
  options.autoDestroy = true;
  options.decodeStrings = false;
  Duplex.call(this, options);

  if (options.handle) this._handle = options.handle;
  this[kSetNoDelay] = Boolean(options.noDelay);
  this[kSetKeepAlive] = Boolean(options.keepAlive);
  this[kSetKeepAliveInitialDelay] = ~~(options.keepAliveInitialDelay / 1000);

  this.on('end', onReadableStreamEnd);
  initSocketHandle(this);
  this._pendingData = null;
  this._pendingEncoding = '';

  if (this._handle && options.readable !== false) {
    if (options.pauseOnCreate) {
      this._handle.reading = false;
      this._handle.readStop();
      this.readableFlowing = false;
    } else if (!options.manualStart) {
      this.read(0);
    }
  }
  if (options.signal) addAbortSignalOption(this, options.signal);
  this.server = null;
  this._server = null;
  this[kBytesRead] = 0;
  this[kBytesWritten] = 0;
}
Object.setPrototypeOf(Socket.prototype, Duplex.prototype);
Object.setPrototypeOf(Socket, Duplex);

function initSocketHandle(socket) {
  socket._undestroy();
  socket._sockname = null;
  if (socket._handle) socket._handle.owner = socket;
}

function addAbortSignalOption(socket, signal) {
  validateAbortSignal(signal, 'options.signal');
  const onAbort = () => socket.destroy(new (require('internal/errors').AbortError)(undefined, { cause: signal.reason }));
  if (signal.aborted) {
    process.nextTick(onAbort);
  } else {
    signal.addEventListener('abort', onAbort, { once: true });
    socket.once('close', () => signal.removeEventListener('abort', onAbort));
  }
}

// Refreshes the idle timeout of the socket (and of its parents).
Socket.prototype._unrefTimer = function _unrefTimer() {
  for (let s = this; s !== null; s = s._parent) {
    if (s[kTimeout]) s[kTimeout].refresh();
  }
};

Socket.prototype._final = function _final(cb) {
  if (this.connecting) {
    this.once('connect', () => this._final(cb));
    return;
  }
  if (!this._handle) {
    cb();
    return;
  }
  this._handle.shutdown((errno) => {
    // Not connected (any more) counts as shut down, as in node.
    if (errno === 0 || errno === 107) cb();
    else cb(errnoException(-errno, 'shutdown'));
  });
};

// After the peer ended, a write is an error (once this side ended too).
function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) return Duplex.prototype.write.call(this, chunk, encoding, cb);
  if (typeof encoding === 'function') cb = encoding;
  const er = new Error('This socket has been ended by the other party');
  er.code = 'EPIPE';
  if (typeof cb === 'function') process.nextTick(cb, er);
  this.destroy(er);
  return false;
}

function onReadableStreamEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
}

function getTimerDuration(msecs, name) {
  validateNumber(msecs, name);
  if (msecs < 0 || !Number.isFinite(msecs)) {
    throw new codes.ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
  }
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.` +
      `\nTimer duration was truncated to ${TIMEOUT_MAX}.`, 'TimeoutOverflowWarning');
    return TIMEOUT_MAX;
  }
  return msecs;
}

Socket.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (this.destroyed) return this;
  this.timeout = msecs;
  msecs = getTimerDuration(msecs, 'msecs');
  clearTimeout(this[kTimeout]);
  if (msecs !== 0) {
    this[kTimeout] = globalThis.setTimeout(() => this._onTimeout(), msecs);
    this[kTimeout].unref();
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.once('timeout', callback);
    }
  } else {
    this[kTimeout] = null;
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.removeListener('timeout', callback);
    }
  }
  return this;
};

Socket.prototype._onTimeout = function _onTimeout() {
  this.emit('timeout');
};

Socket.prototype.setNoDelay = function setNoDelay(enable) {
  enable = Boolean(enable === undefined ? true : enable);
  if (!this._handle) {
    this[kSetNoDelay] = enable;
    return this;
  }
  if (this._handle.setNoDelay && enable !== this[kSetNoDelay]) {
    this[kSetNoDelay] = enable;
    this._handle.setNoDelay(enable);
  }
  return this;
};

Socket.prototype.setKeepAlive = function setKeepAlive(enable, initialDelayMsecs) {
  enable = Boolean(enable);
  const initialDelay = ~~(initialDelayMsecs / 1000);
  if (!this._handle) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    return this;
  }
  if (!this._handle.setKeepAlive) return this;
  if (enable !== this[kSetKeepAlive] || (enable && this[kSetKeepAliveInitialDelay] !== initialDelay)) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    this._handle.setKeepAlive(enable, initialDelay);
  }
  return this;
};

Socket.prototype.address = function address() {
  return this._getsockname();
};

function getter(name, get, enumerable = false) {
  Object.defineProperty(Socket.prototype, name, { __proto__: null, configurable: true, enumerable, get });
}

getter('_connecting', function () { return this.connecting; });
getter('pending', function () { return !this._handle || this.connecting; });
getter('readyState', function () {
  if (this.connecting) return 'opening';
  if (this.readable && this.writable) return 'open';
  if (this.readable && !this.writable) return 'readOnly';
  if (!this.readable && this.writable) return 'writeOnly';
  return 'closed';
});
getter('bufferSize', function () {
  return this._handle ? this.writableLength : undefined;
});

function tryReadStart(socket) {
  socket._handle.reading = true;
  const err = socket._handle.readStart();
  if (err) socket.destroy(errnoException(err, 'read'));
}

Socket.prototype._read = function _read(n) {
  if (this.connecting || !this._handle) {
    this.once('connect', () => this._read(n));
  } else if (!this._handle.reading) {
    tryReadStart(this);
  }
};

Socket.prototype.end = function end(data, encoding, callback) {
  Duplex.prototype.end.call(this, data, encoding, callback);
  return this;
};

Socket.prototype.destroySoon = function destroySoon() {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype.resetAndDestroy = function resetAndDestroy() {
  if (this._handle) {
    if (this._handle.pipe) throw new codes.ERR_INVALID_HANDLE_TYPE();
    if (this.connecting) this.once('connect', () => this._reset());
    else this._reset();
  } else {
    this.destroy(new codes.ERR_SOCKET_CLOSED());
  }
  return this;
};

Socket.prototype._reset = function _reset() {
  this.resetAndClosing = true;
  return this.destroy();
};

// Stops the idle timeout of `socket`.
function stopTimeout(socket) {
  clearTimeout(socket[kTimeout]);
  socket[kTimeout] = null;
}

function emitCloseNT(socket) {
  socket.emit('close');
}

Socket.prototype._destroy = function _destroy(exception, cb) {
  this.connecting = false;
  for (let s = this; s !== null; s = s._parent) stopTimeout(s);
  if (this._handle) {
    const isException = !!exception;
    const handle = this._handle;
    this[kBytesRead] = handle.bytesRead;
    this[kBytesWritten] = handle.bytesWritten;
    const reset = this.resetAndClosing === true;
    this.resetAndClosing = false;
    handle.close(() => this.emit('close', isException), reset);
    this._handle = null;
    this._sockname = null;
    cb(exception);
  } else {
    cb(exception);
    process.nextTick(emitCloseNT, this);
  }
  if (this._server) {
    this._server._connections--;
    if (this._server._emitCloseIfDrained) this._server._emitCloseIfDrained();
  }
};

Socket.prototype._getpeername = function _getpeername() {
  if (!this._handle || !this._handle.getpeername || this.connecting) return this._peername || {};
  if (!this._peername) {
    const out = {};
    const err = this._handle.getpeername(out);
    if (err) return out;
    this._peername = out;
  }
  return this._peername;
};

Socket.prototype._getsockname = function _getsockname() {
  if (!this._handle || !this._handle.getsockname) return {};
  if (!this._sockname) {
    this._sockname = {};
    this._handle.getsockname(this._sockname);
  }
  return this._sockname;
};

getter('bytesRead', function () {
  return this._handle ? this._handle.bytesRead : this[kBytesRead];
}, true);
getter('remoteAddress', function () { return this._getpeername().address; }, true);
getter('remoteFamily', function () { return this._getpeername().family; }, true);
getter('remotePort', function () { return this._getpeername().port; }, true);
getter('localAddress', function () { return this._getsockname().address; }, true);
getter('localPort', function () { return this._getsockname().port; }, true);
getter('localFamily', function () { return this._getsockname().family; }, true);
getter('_bytesDispatched', function () {
  return this._handle ? this._handle.bytesWritten : this[kBytesWritten];
}, true);

function byteLengthOf(chunk, encoding) {
  return typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.length;
}

// What the handle has taken plus what still waits in the Writable.
getter('bytesWritten', function () {
  let bytes = this._bytesDispatched;
  const buffered = this.writableBuffer;
  if (!buffered) return undefined;
  for (const entry of buffered) bytes += byteLengthOf(entry.chunk, entry.encoding);
  const data = this._pendingData;
  if (Array.isArray(data)) {
    for (const entry of data) bytes += byteLengthOf(entry.chunk, entry.encoding);
  } else if (data) {
    bytes += byteLengthOf(data, this._pendingEncoding);
  }
  return bytes;
}, true);

// The bytes of a chunk as the handle takes them: UTF-8 strings as they
// are, other encodings through Buffer.
function toSendable(chunk, encoding) {
  if (typeof chunk !== 'string') return chunk;
  if (encoding === 'utf8' || encoding === 'utf-8' || encoding === 'buffer' || !encoding) return chunk;
  return Buffer.from(chunk, encoding);
}

function joinChunks(entries) {
  const parts = [];
  for (const entry of entries) {
    const chunk = entry.chunk;
    parts.push(typeof chunk === 'string' ? Buffer.from(chunk, entry.encoding) : chunk);
  }
  return parts.length === 1 ? parts[0] : Buffer.concat(parts);
}

Socket.prototype._writeGeneric = function _writeGeneric(writev, data, encoding, cb) {
  if (this.connecting) {
    // Still connecting: the Writable holds later writes while this waits.
    this._pendingData = data;
    this._pendingEncoding = encoding;
    function onClose() {
      cb(new codes.ERR_SOCKET_CLOSED_BEFORE_CONNECTION());
    }
    this.once('connect', function connect() {
      this.off('close', onClose);
      this._writeGeneric(writev, data, encoding, cb);
    });
    this.once('close', onClose);
    return;
  }
  this._pendingData = null;
  this._pendingEncoding = '';
  if (!this._handle) {
    cb(new codes.ERR_SOCKET_CLOSED());
    return false;
  }
  this._unrefTimer();
  const sendable = writev ? joinChunks(data) : toSendable(data, encoding);
  const result = this._handle.write(sendable, byteLengthOf(sendable, 'utf8'), cb);
  if (result === 0) cb();
  else if (result < 0) cb(errnoException(result, 'write'));
};

Socket.prototype._writev = function _writev(chunks, cb) {
  this._writeGeneric(true, chunks, '', cb);
};

Socket.prototype._write = function _write(data, encoding, cb) {
  this._writeGeneric(false, data, encoding, cb);
};

Socket.prototype.connect = function connect(...args) {
  const normalized = Array.isArray(args[0]) && args[0][normalizedArgsSymbol] ? args[0] : normalizeArgs(args);
  const options = normalized[0];
  const cb = normalized[1];
  if (cb !== null) this.once('connect', cb);
  if (this._parent && this._parent.connecting) return this;
  if (options.port === undefined && options.path == null) {
    throw new codes.ERR_MISSING_ARGS(['options', 'port', 'path']);
  }
  if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
  if (this.destroyed) {
    this._handle = null;
    this._peername = null;
    this._sockname = null;
  }
  const path = options.path;
  const pipe = !!path;
  if (pipe) validateString(path, 'options.path');
  else validateConnectOptions(options);
  if (!this._handle) {
    this._handle = new NetHandle(0, pipe);
    initSocketHandle(this);
  }
  this._unrefTimer();
  this.connecting = true;
  if (pipe) {
    this._handle.connect(path);
    return this;
  }
  const host = options.host || 'localhost';
  const port = options.port | 0;
  const localAddress = options.localAddress || '';
  const localPort = options.localPort | 0;
  this._lookedUp = false;
  const start = (address) => {
    if (!this.connecting || this._handle === null) return;
    this.emit('connectionAttempt', address, port, isIP(address) || 4);
    this._handle.connect(address, port, localAddress, localPort);
  };
  if (isIP(host)) {
    process.nextTick(start, host);
  } else if (options.lookup != null) {
    this._host = host;
    lookupWith(this, options, host, start);
  } else {
    // The name is resolved on the network reactor ('lookup' is emitted
    // when the connection is made or fails).
    this._host = host;
    process.nextTick(start, host);
  }
  return this;
};

function dnsFamily(family) {
  if (family === 'IPv4') return 4;
  if (family === 'IPv6') return 6;
  return family;
}

// A caller's own lookup function picks the address (the first one it
// gives, when it gives several).
function lookupWith(socket, options, host, start) {
  const family = dnsFamily(options.family);
  const all = family !== 4 && family !== 6 && !options.localAddress;
  socket._lookedUp = true;
  const dnsOptions = { family, hints: options.hints || 0 };
  if (all) dnsOptions.all = true;
  options.lookup(host, dnsOptions, (err, ip, addressType) => {
    if (all && !err && Array.isArray(ip)) {
      for (const entry of ip) socket.emit('lookup', err, entry.address, entry.family, host);
      const first = ip.find((entry) => isIP(entry.address));
      ip = first ? first.address : ip[0] && ip[0].address;
    } else {
      socket.emit('lookup', err, ip, addressType, host);
    }
    if (!socket.connecting) return;
    if (err) process.nextTick(() => socket.destroy(err));
    else if (!isIP(ip)) process.nextTick(() => socket.destroy(new codes.ERR_INVALID_IP_ADDRESS(ip)));
    else start(ip);
  });
}

function validateConnectOptions(options) {
  const { localAddress, localPort, port } = options;
  if (localAddress && !isIP(localAddress)) throw new codes.ERR_INVALID_IP_ADDRESS(localAddress);
  if (localPort) validateNumber(localPort, 'options.localPort');
  if (typeof port !== 'undefined') {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new codes.ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    }
    validatePort(port);
  }
  if (options.timeout !== undefined) validateInt32(options.timeout, 'options.timeout', 0);
  if (options.lookup != null && !isIP(options.host || 'localhost')) validateFunction(options.lookup, 'options.lookup');
}

Socket.prototype.ref = function ref() {
  if (!this._handle) {
    this.once('connect', this.ref);
    return this;
  }
  if (typeof this._handle.ref === 'function') this._handle.ref();
  return this;
};

Socket.prototype.unref = function unref() {
  if (!this._handle) {
    this.once('connect', this.unref);
    return this;
  }
  if (typeof this._handle.unref === 'function') this._handle.unref();
  return this;
};

module.exports = {
  Socket,
  stopTimeout,
  normalizeArgs,
  isPipeName,
  toNumber,
  kSetNoDelay,
  kSetKeepAlive,
  kSetKeepAliveInitialDelay,
  kReadSlack,
};
