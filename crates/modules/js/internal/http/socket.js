'use strict';
// The `socket` of http requests and responses: a real net.Socket (so
// `req.socket instanceof net.Socket`), but the bytes of the connection
// are hyper's, on the network reactor. What http users touch works as on
// any socket: addresses, timeouts, destroy/end, ref/unref, and the
// 'close'/'timeout' events; reading or writing raw bytes on it does not
// (a write fails with ERR_METHOD_NOT_IMPLEMENTED).

const binding = require('internal/binding');
const { codes } = require('internal/errors');
const { Socket: NetSocket, stopTimeout } = require('internal/net/socket');

const kAddresses = Symbol('kAddresses');

/** A timeout in milliseconds, checked as node checks it. */
function timerDuration(msecs, name) {
  const { validateNumber } = require('internal/validators');
  validateNumber(msecs, name);
  if (msecs < 0 || !Number.isFinite(msecs)) {
    throw new codes.ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
  }
  return msecs;
}

// Where a net.Socket keeps its handle: here, nothing to read or write.
class ConnHandle {
  constructor() {
    this.owner = null;
    this.reading = true;
    this.bytesRead = 0;
    this.bytesWritten = 0;
  }

  readStart() { return 0; }
  readStop() { return 0; }
}

class Socket extends NetSocket {
  constructor(onDestroy) {
    super({ handle: new ConnHandle(), allowHalfOpen: true });
    // Set by the http module as the network reactor reports them.
    this[kAddresses] = {
      remoteAddress: undefined,
      remotePort: undefined,
      remoteFamily: undefined,
      localAddress: undefined,
      localPort: undefined,
    };
    this._httpMessage = null;
    this._onDestroy = onDestroy;
    this._onEnd = null;
    this._closeEmitted = false;
    this._gone = false;
  }

  address() {
    const a = this[kAddresses];
    if (a.localPort === undefined) return {};
    return { address: a.localAddress, family: a.remoteFamily, port: a.localPort };
  }

  // Something happened on the connection: the idle timeout starts over.
  _active() {
    this._unrefTimer();
  }

  // The http server and agent decide what keeps the loop alive.
  ref() { return this; }
  unref() { return this; }

  end(data, encoding, callback) {
    if (typeof data === 'function') callback = data;
    else if (typeof encoding === 'function') callback = encoding;
    this.destroySoon();
    if (typeof callback === 'function') this.once('close', callback);
    return this;
  }

  // A server connection closes once its responses in flight are written
  // ('close' follows from the network); a client's closes now.
  destroySoon() {
    this.writable = false;
    if (this._onEnd && !this._gone && !this.destroyed) this._onEnd();
    else this.destroy();
  }

  _write(chunk, encoding, cb) {
    cb(new codes.ERR_METHOD_NOT_IMPLEMENTED('_write()'));
  }

  _final(cb) {
    cb();
  }

  _destroy(err, cb) {
    stopTimeout(this);
    if (!this._gone && this._onDestroy) this._onDestroy(err);
    cb(err);
  }

  // The connection is gone (reported by the network reactor).
  _closed(hadError) {
    this._gone = true;
    stopTimeout(this);
    if (!this.destroyed) this.destroy();
    this.readable = false;
    this.writable = false;
    if (!this._closeEmitted) {
      this._closeEmitted = true;
      this.emit('close', !!hadError);
    }
  }
}

for (const name of ['remoteAddress', 'remotePort', 'remoteFamily', 'localAddress', 'localPort']) {
  Object.defineProperty(Socket.prototype, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return this[kAddresses][name]; },
    set(value) { this[kAddresses][name] = value; },
  });
}

// A server connection's socket (`connId` names it to the ops).
function serverSocket(connId, onDestroy) {
  const socket = new Socket(() => {
    binding.httpConnDestroy(connId);
    if (onDestroy) onDestroy(socket);
  });
  socket._onEnd = () => binding.httpConnEnd(connId);
  socket._detached = false;
  return socket;
}

module.exports = { Socket, serverSocket, timerDuration };
