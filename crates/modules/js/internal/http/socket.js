'use strict';
// The `socket` of requests and responses. The bytes themselves are hyper's
// (on the network thread), so this is the part of net.Socket http users
// touch: addresses, timeouts, destroy/end, ref/unref, and 'close'/'timeout'.

const EventEmitter = require('events');
const binding = require('internal/binding');

/** A timeout in milliseconds, checked as node checks it. */
function timerDuration(msecs, name) {
  const { validateNumber } = require('internal/validators');
  validateNumber(msecs, name);
  if (msecs < 0 || !Number.isFinite(msecs)) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
  }
  return msecs;
}

const kTimer = Symbol('kTimer');

class Socket extends EventEmitter {
  constructor(onDestroy) {
    super();
    this.remoteAddress = undefined;
    this.remotePort = undefined;
    this.remoteFamily = undefined;
    this.localAddress = undefined;
    this.localPort = undefined;
    this.destroyed = false;
    this.readable = true;
    this.writable = true;
    this.connecting = false;
    this.bytesRead = 0;
    this.bytesWritten = 0;
    this.timeout = 0;
    this.server = null;
    this._httpMessage = null;
    this._onDestroy = onDestroy;
    this._closeEmitted = false;
    this[kTimer] = null;
  }

  get readyState() {
    if (this.connecting) return 'opening';
    return this.destroyed ? 'closed' : 'open';
  }

  get writableLength() { return 0; }
  get readableLength() { return 0; }
  get pending() { return this.connecting; }

  address() {
    if (this.localPort === undefined) return {};
    return { address: this.localAddress, family: this.remoteFamily, port: this.localPort };
  }

  setTimeout(msecs, callback) {
    msecs = timerDuration(msecs, 'msecs');
    this.timeout = msecs;
    if (this[kTimer] !== null) {
      clearTimeout(this[kTimer]);
      this[kTimer] = null;
    }
    if (msecs > 0 && !this.destroyed) {
      this[kTimer] = setTimeout(() => {
        this[kTimer] = null;
        this.emit('timeout');
      }, msecs);
      this[kTimer].unref();
    }
    if (callback) {
      if (msecs === 0) this.removeListener('timeout', callback);
      else this.once('timeout', callback);
    }
    return this;
  }

  // Something happened on the connection: the idle timeout starts over.
  _active() {
    if (this[kTimer] !== null) this[kTimer].refresh();
  }

  setNoDelay() { return this; }
  setKeepAlive() { return this; }
  ref() { return this; }
  unref() { return this; }
  pause() { return this; }
  resume() { return this; }
  cork() {}
  uncork() {}
  setEncoding() { return this; }

  end(data, encoding, callback) {
    if (typeof data === 'function') callback = data;
    else if (typeof encoding === 'function') callback = encoding;
    this.destroySoon();
    if (typeof callback === 'function') this.once('close', callback);
    return this;
  }

  destroySoon() {
    this.writable = false;
    this.destroy();
  }

  destroy(err) {
    if (this.destroyed) return this;
    this.destroyed = true;
    this.readable = false;
    this.writable = false;
    if (this[kTimer] !== null) {
      clearTimeout(this[kTimer]);
      this[kTimer] = null;
    }
    if (this._onDestroy) this._onDestroy(err);
    if (err) process.nextTick(() => this.emit('error', err));
    return this;
  }

  // The connection is gone (reported by the network thread).
  _closed(hadError) {
    this.destroyed = true;
    this.readable = false;
    this.writable = false;
    if (this[kTimer] !== null) {
      clearTimeout(this[kTimer]);
      this[kTimer] = null;
    }
    if (!this._closeEmitted) {
      this._closeEmitted = true;
      this.emit('close', !!hadError);
    }
  }
}

// A server connection's socket (`connId` names it to the ops).
function serverSocket(connId, onDestroy) {
  const socket = new Socket(() => {
    binding.httpConnDestroy(connId);
    if (onDestroy) onDestroy(socket);
  });
  socket._closeEmitted = false;
  socket._detached = false;
  return socket;
}

module.exports = { Socket, serverSocket, timerDuration };
