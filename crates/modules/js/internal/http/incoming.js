'use strict';
// http.IncomingMessage: a request as a server sees it, or a response as a
// client sees it. A Readable fed from the network reactor: each `Body` event
// pushes a chunk; when push() asks to stop, reading pauses on the Rust side
// until _read() is called again.

const { Readable } = require('stream');
const binding = require('internal/binding');
const { Buffer } = require('buffer');
const { addHeaderLine, headersFromRaw, distinctFromRaw, tables } = require('internal/http/common');

const kId = Symbol('kId');
const kPaused = Symbol('kPaused');
const kHeaders = Symbol('kHeaders');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kTrailers = Symbol('kTrailers');
// The received header lines as `name\nvalue\n…`, split on first use.
const kRawText = Symbol('kRawText');
const kRawHeaders = Symbol('kRawHeaders');

function IncomingMessage(socket) {
  Readable.call(this);
  this._readableState.readingMore = true;
  this.socket = socket;
  this.httpVersionMajor = null;
  this.httpVersionMinor = null;
  this.httpVersion = null;
  this.complete = false;
  this[kRawText] = '';
  this[kRawHeaders] = null;
  this.rawTrailers = [];
  this.joinDuplicateHeaders = false;
  this.aborted = false;
  this.upgrade = null;
  this.url = '';
  this.method = null;
  this.statusCode = null;
  this.statusMessage = null;
  this.client = socket;
  this._consuming = false;
  this._dumped = false;
  this[kId] = 0;
  this[kPaused] = false;
  this[kHeaders] = null;
  this[kHeadersDistinct] = null;
  this[kTrailers] = null;
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

Object.defineProperties(IncomingMessage.prototype, {
  connection: {
    get() { return this.socket; },
    set(value) { this.socket = value; },
    configurable: true,
  },
  rawHeaders: {
    get() {
      if (this[kRawHeaders] === null) {
        const text = this[kRawText];
        this[kRawHeaders] = text === '' ? [] : text.slice(0, -1).split('\n');
      }
      return this[kRawHeaders];
    },
    set(value) { this[kRawHeaders] = value; },
    configurable: true,
    enumerable: true,
  },
  headers: {
    get() {
      if (this[kHeaders] === null) this[kHeaders] = headersFromRaw(this.rawHeaders);
      return this[kHeaders];
    },
    set(value) { this[kHeaders] = value; },
    configurable: true,
    enumerable: true,
  },
  headersDistinct: {
    get() {
      if (this[kHeadersDistinct] === null) this[kHeadersDistinct] = distinctFromRaw(this.rawHeaders);
      return this[kHeadersDistinct];
    },
    set(value) { this[kHeadersDistinct] = value; },
    configurable: true,
    enumerable: true,
  },
  trailers: {
    get() {
      if (this[kTrailers] === null) this[kTrailers] = headersFromRaw(this.rawTrailers);
      return this[kTrailers];
    },
    set(value) { this[kTrailers] = value; },
    configurable: true,
    enumerable: true,
  },
  trailersDistinct: {
    get() { return distinctFromRaw(this.rawTrailers); },
    configurable: true,
    enumerable: true,
  },
});

IncomingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  if (this.socket) this.socket.setTimeout(msecs);
  return this;
};

IncomingMessage.prototype._read = function _read() {
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
  if (this[kPaused]) {
    this[kPaused] = false;
    binding.httpBodyControl(this[kId], 1);
  }
};

// Reads the body to nowhere (nobody consumed it).
IncomingMessage.prototype._dump = function _dump() {
  if (this._dumped) return;
  this._dumped = true;
  this.removeAllListeners('data');
  this.resume();
};

IncomingMessage.prototype._destroy = function _destroy(err, callback) {
  if (!this.readableEnded || !this.complete) {
    this.aborted = true;
    this.emit('aborted');
  }
  if (!this.complete && this[kId]) {
    tables.incoming.delete(this[kId]);
    binding.httpBodyControl(this[kId], 2);
  }
  // As node: destroying a message cut short destroys its connection.
  if (this.aborted && this.socket && !this.socket.destroyed) this.socket.destroy();
  // As node: the error is only emitted when somebody listens for it.
  callback(err && this.listenerCount('error') > 0 ? err : null);
};

IncomingMessage.prototype._addHeaderLines = function _addHeaderLines(headers, n) {
  if (headers && headers.length) {
    const dest = this.complete ? this.trailers : this.headers;
    for (let i = 0; i < n; i += 2) addHeaderLine(dest, headers[i].toLowerCase(), headers[i + 1]);
  }
};

// --- events from the network reactor -------------------------------------

function wrap(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

function onBody(id, bytes) {
  const msg = tables.incoming.get(id);
  if (msg === undefined || msg.destroyed) return;
  if (msg.socket && msg.socket._active) msg.socket._active();
  if (!msg.push(wrap(bytes)) && !msg[kPaused]) {
    msg[kPaused] = true;
    binding.httpBodyControl(id, 0);
  }
}

// The body that came with the head (see onRequest/onResponse).
function deliverFirst(msg, bodyState, chunk) {
  if (chunk !== undefined && !msg.destroyed) {
    if (!msg.push(wrap(chunk)) && bodyState === 3 && !msg[kPaused]) {
      msg[kPaused] = true;
      binding.httpBodyControl(msg[kId], 0);
    }
  }
  if (bodyState === 0 || bodyState === 2) {
    msg.complete = true;
    if (!msg.destroyed) msg.push(null);
  }
}

function onBodyEnd(id) {
  const msg = tables.incoming.get(id);
  if (msg === undefined) return;
  tables.incoming.delete(id);
  msg.complete = true;
  if (!msg.destroyed) msg.push(null);
}

function onBodyError(id) {
  const msg = tables.incoming.get(id);
  if (msg === undefined) return;
  tables.incoming.delete(id);
  // A server's request is ended by the ConnClose that follows (the
  // connection is dropped); a client's response ends here.
  if (msg.req !== undefined) abortIncoming(msg);
}

// The connection went away before the message was read to its end.
function abortIncoming(msg) {
  if (msg.destroyed) return;
  const err = new Error('aborted');
  err.code = 'ECONNRESET';
  msg.destroy(err);
}

module.exports = {
  IncomingMessage,
  kId,
  kRawText,
  onBody,
  onBodyEnd,
  onBodyError,
  abortIncoming,
  deliverFirst,
};
