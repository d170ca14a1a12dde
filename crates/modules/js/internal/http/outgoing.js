'use strict';
// http.OutgoingMessage: what ServerResponse and ClientRequest share — the
// header table, write()/end() and their events.
//
// The head is "stored" (headersSent becomes true) by writeHead() or the
// first write()/end(), as in node, but reaches the network reactor only with
// the first body bytes or end(): a response ended in one go crosses to Rust
// in a single op, with its whole body, and hyper frames it (adding
// Content-Length itself when it knows the length). Later chunks go through
// httpWrite/httpEnd, which report whether the queue is past the high-water
// mark; a 'drain' event from the network reactor follows when it is.
//
// Subclasses provide `_implicitHeader()` (store the head with defaults) and
// `_sendHead(body, end)` (the first op; returns "below the mark").

const Stream = require('internal/streams/legacy').Stream;
const binding = require('internal/binding');
const { Buffer } = require('buffer');
const { codes } = require('internal/errors');
const { validateString } = require('internal/validators');
const { validateHeaderName, validateHeaderValue, utcDate, tables } = require('internal/http/common');

const kOutHeaders = Symbol('kOutHeaders');
const kId = Symbol('kId');
const kHeadSent = Symbol('kHeadSent');
const kNeedDrain = Symbol('kNeedDrain');
const kFinishOnDrain = Symbol('kFinishOnDrain');
const kCorked = Symbol('kCorked');
const kAutoLength = Symbol('kAutoLength');
// The head says `Connection: close`.
const kCloses = Symbol('kCloses');
const kHighWaterMark = 16384;

function nop() {}

function OutgoingMessage() {
  Stream.call(this);
  this.destroyed = false;
  this._last = false;
  this.chunkedEncoding = false;
  this.shouldKeepAlive = true;
  this.maxRequestsOnConnectionReached = false;
  this._defaultKeepAlive = true;
  this.useChunkedEncodingByDefault = true;
  this.sendDate = false;
  this._removedConnection = false;
  this._removedContLen = false;
  this._removedTE = false;
  this.strictContentLength = false;
  this._contentLength = null;
  this._hasBody = true;
  this._trailer = '';
  this.finished = false;
  this._headerSent = false;
  this._closed = false;
  this.socket = null;
  this._header = null;
  this._keepAliveTimeout = 0;
  this._onPendingData = nop;
  this.writable = true;
  this[kOutHeaders] = null;
  this[kId] = 0;
  this[kHeadSent] = false;
  this[kNeedDrain] = false;
  this[kFinishOnDrain] = false;
  this[kCorked] = 0;
  this[kAutoLength] = false;
  this[kCloses] = false;
  this._writableFinished = false;
}
Object.setPrototypeOf(OutgoingMessage.prototype, Stream.prototype);
Object.setPrototypeOf(OutgoingMessage, Stream);

Object.defineProperties(OutgoingMessage.prototype, {
  headersSent: { get() { return !!this._header; }, configurable: true },
  writableEnded: { get() { return this.finished; }, configurable: true },
  writableFinished: { get() { return this._writableFinished; }, configurable: true },
  writableObjectMode: { get() { return false; }, configurable: true },
  writableLength: { get() { return 0; }, configurable: true },
  writableHighWaterMark: { get() { return kHighWaterMark; }, configurable: true },
  writableCorked: { get() { return this[kCorked]; }, configurable: true },
  writableNeedDrain: { get() { return !this.destroyed && !this.finished && this[kNeedDrain]; }, configurable: true },
  connection: {
    get() { return this.socket; },
    set(value) { this.socket = value; },
    configurable: true,
  },
});

// --- headers ------------------------------------------------------------------

OutgoingMessage.prototype.setHeader = function setHeader(name, value) {
  if (this._header) throw new codes.ERR_HTTP_HEADERS_SENT('set');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  let headers = this[kOutHeaders];
  if (headers === null) this[kOutHeaders] = headers = { __proto__: null };
  headers[name.toLowerCase()] = [name, value];
  return this;
};

OutgoingMessage.prototype.appendHeader = function appendHeader(name, value) {
  if (this._header) throw new codes.ERR_HTTP_HEADERS_SENT('append');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  const key = name.toLowerCase();
  let headers = this[kOutHeaders];
  if (headers === null) this[kOutHeaders] = headers = { __proto__: null };
  const existing = headers[key];
  if (existing === undefined) {
    headers[key] = [name, value];
  } else {
    const before = Array.isArray(existing[1]) ? existing[1] : [existing[1]];
    existing[1] = before.concat(value);
  }
  return this;
};

OutgoingMessage.prototype.getHeader = function getHeader(name) {
  validateString(name, 'name');
  const headers = this[kOutHeaders];
  if (headers === null) return undefined;
  const entry = headers[name.toLowerCase()];
  return entry && entry[1];
};

OutgoingMessage.prototype.getHeaderNames = function getHeaderNames() {
  return this[kOutHeaders] !== null ? Object.keys(this[kOutHeaders]) : [];
};

OutgoingMessage.prototype.getRawHeaderNames = function getRawHeaderNames() {
  const headers = this[kOutHeaders];
  if (headers === null) return [];
  return Object.keys(headers).map((key) => headers[key][0]);
};

OutgoingMessage.prototype.getHeaders = function getHeaders() {
  const headers = this[kOutHeaders];
  const out = { __proto__: null };
  if (headers !== null) {
    for (const key of Object.keys(headers)) out[key] = headers[key][1];
  }
  return out;
};

OutgoingMessage.prototype.hasHeader = function hasHeader(name) {
  validateString(name, 'name');
  return this[kOutHeaders] !== null && this[kOutHeaders][name.toLowerCase()] !== undefined;
};

OutgoingMessage.prototype.removeHeader = function removeHeader(name) {
  validateString(name, 'name');
  if (this._header) throw new codes.ERR_HTTP_HEADERS_SENT('remove');
  const key = name.toLowerCase();
  switch (key) {
    case 'connection': this._removedConnection = true; break;
    case 'content-length': this._removedContLen = true; break;
    case 'transfer-encoding': this._removedTE = true; break;
    case 'date': this.sendDate = false; break;
  }
  if (this[kOutHeaders] !== null) delete this[kOutHeaders][key];
};

// Builds the header list the ops take (`name\nvalue\n…`, see
// crates/modules/src/http/headers.rs): the user's headers in order, then
// the ones node adds (Date, Connection, Keep-Alive, Content-Length or
// Transfer-Encoding) unless set.
//
// `raw`, when given, is a flat [name, value, …] list used instead of the
// stored headers (a request whose `headers` option is an array).
OutgoingMessage.prototype._storeHeader = function _storeHeader(raw) {
  let list = '';
  let sawConnection = false;
  let sawLength = false;
  let sawTE = false;
  let sawDate = false;
  let sawTrailer = false;
  let headers = this[kOutHeaders];
  if (raw) {
    headers = { __proto__: null };
    for (let i = 0; i + 1 < raw.length; i += 2) {
      validateHeaderName(raw[i]);
      validateHeaderValue(raw[i], raw[i + 1]);
      // Each line keeps its place: a unique key per line.
      headers[`${raw[i].toLowerCase()}\0${i}`] = [raw[i], raw[i + 1]];
    }
  }
  if (headers !== null) {
    for (let key in headers) {
      const entry = headers[key];
      const name = entry[0];
      const value = entry[1];
      if (raw) key = key.slice(0, key.indexOf('\0'));
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) list += `${name}\n${value[i]}\n`;
      } else {
        list += `${name}\n${value}\n`;
      }
      switch (key.length) {
        case 4: if (key === 'date') sawDate = true; break;
        case 7: if (key === 'trailer') sawTrailer = true; break;
        case 10:
          if (key === 'connection') {
            sawConnection = true;
            if (/(?:^|\W)close(?:$|\W)/i.test(String(value))) {
              this._last = true;
              this[kCloses] = true;
            } else {
              this.shouldKeepAlive = true;
            }
          }
          break;
        case 14: if (key === 'content-length') sawLength = true; break;
        case 17:
          if (key === 'transfer-encoding') {
            sawTE = true;
            if (/(?:^|\W)chunked(?:$|\W)/i.test(String(value))) this.chunkedEncoding = true;
          }
          break;
      }
    }
  }
  if (this.sendDate && !sawDate) list += `Date\n${utcDate()}\n`;
  if (!sawConnection && !this._removedConnection) {
    const keep = this.shouldKeepAlive && (sawLength || this.useChunkedEncodingByDefault || this.agent);
    if (keep && this.maxRequestsOnConnectionReached) {
      this[kCloses] = true;
      list += 'Connection\nclose\n';
    } else if (keep) {
      list += 'Connection\nkeep-alive\n';
      if (this._keepAliveTimeout && this._defaultKeepAlive) {
        list += `Keep-Alive\ntimeout=${Math.floor(this._keepAliveTimeout / 1000)}\n`;
      }
    } else {
      this._last = true;
      this[kCloses] = true;
      list += 'Connection\nclose\n';
    }
  }
  if (!sawLength && !sawTE) {
    if (!this._hasBody) {
      this.chunkedEncoding = false;
    } else if (!this.useChunkedEncodingByDefault) {
      this._last = true;
    } else if (!sawTrailer && !this._removedContLen && typeof this._contentLength === 'number') {
      list += `Content-Length\n${this._contentLength}\n`;
    } else if (!sawTrailer && !this._removedContLen && this[kAutoLength]) {
      // The whole body goes with the head: hyper writes Content-Length.
    } else if (!this._removedTE) {
      list += 'Transfer-Encoding\nchunked\n';
      this.chunkedEncoding = true;
    } else {
      this._last = true;
    }
  }
  this._header = list;
};

OutgoingMessage.prototype.flushHeaders = function flushHeaders() {
  if (!this._header) this._implicitHeader();
  if (!this[kHeadSent] && !this.destroyed) this._startBody('');
};

// --- body -----------------------------------------------------------------------

function toWire(msg, chunk, encoding) {
  if (typeof chunk === 'string') {
    if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return chunk;
    return Buffer.from(chunk, encoding);
  }
  if (chunk instanceof Uint8Array) return chunk;
  if (chunk === null) throw new codes.ERR_STREAM_NULL_VALUES();
  throw new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
}

function byteLength(data) {
  return typeof data === 'string' ? Buffer.byteLength(data) : data.length;
}

// Sends the head with the body streamed from here on (first chunk `data`).
OutgoingMessage.prototype._startBody = function _startBody(data) {
  this[kHeadSent] = true;
  this._headerSent = true;
  const below = this._sendHead(this._hasBody ? data : '', false);
  if (!this.finished && this[kId]) tables.outgoing.set(this[kId], this);
  return below;
};

function writeAfterEnd(msg, err, callback) {
  process.nextTick(() => {
    if (typeof callback === 'function') callback(err);
    if (!msg.destroyed) msg.emit('error', err);
  });
}

OutgoingMessage.prototype.write = function write(chunk, encoding, callback) {
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  const data = toWire(this, chunk, encoding);
  if (this.finished) {
    writeAfterEnd(this, new codes.ERR_STREAM_WRITE_AFTER_END(), callback);
    return false;
  }
  if (this.destroyed) {
    if (typeof callback === 'function') process.nextTick(callback, new codes.ERR_STREAM_DESTROYED('write'));
    return false;
  }
  if (!this._header) this._implicitHeader();
  let below;
  if (!this._hasBody) {
    below = this[kHeadSent] ? true : this._startBody('');
  } else if (!this[kHeadSent]) {
    below = this._startBody(data);
  } else if (byteLength(data) === 0) {
    below = true;
  } else {
    below = binding.httpWrite(this[kId], data);
  }
  if (this.socket !== null && this.socket._active) this.socket._active();
  if (typeof callback === 'function') process.nextTick(callback);
  if (!below) this[kNeedDrain] = true;
  return below;
};

OutgoingMessage.prototype.end = function end(chunk, encoding, callback) {
  if (typeof chunk === 'function') {
    callback = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  let data = '';
  if (chunk !== null && chunk !== undefined) data = toWire(this, chunk, encoding);
  if (this.finished) {
    if (chunk !== null && chunk !== undefined) {
      writeAfterEnd(this, new codes.ERR_STREAM_WRITE_AFTER_END(), callback);
    } else if (typeof callback === 'function') {
      if (!this._writableFinished) this.once('finish', callback);
      else callback(new codes.ERR_STREAM_ALREADY_FINISHED('end'));
    }
    return this;
  }
  if (this.destroyed) {
    if (typeof callback === 'function') process.nextTick(callback, new codes.ERR_STREAM_DESTROYED('end'));
    return this;
  }
  if (!this._hasBody) data = '';
  let below = true;
  if (!this._header) {
    this._endingWithBody(data);
    this._implicitHeader();
  }
  this.finished = true;
  this.writable = false;
  if (!this[kHeadSent]) {
    this[kHeadSent] = true;
    this._headerSent = true;
    below = this._sendHead(data, true);
  } else {
    below = binding.httpEnd(this[kId], data);
  }
  if (this.socket !== null && this.socket._active) this.socket._active();
  if (typeof callback === 'function') this.once('finish', callback);
  this.emit('prefinish');
  if (below && !this[kNeedDrain]) {
    this._writableFinished = true;
    tables.outgoing.delete(this[kId]);
    process.nextTick(finishNT, this);
  } else {
    this[kNeedDrain] = true;
    this[kFinishOnDrain] = true;
  }
  return this;
};

// The body is known in full before the head is stored: hyper gives the
// length (the client computes it, as node's requests carry it themselves).
OutgoingMessage.prototype._endingWithBody = function _endingWithBody() {
  this[kAutoLength] = true;
};

function finishNT(msg) {
  msg._finished();
}

OutgoingMessage.prototype._finished = function _finished() {
  this.emit('finish');
};

// A `Drain` event from the network reactor.
function onDrain(id) {
  const msg = tables.outgoing.get(id);
  if (msg === undefined || !msg[kNeedDrain]) return;
  msg[kNeedDrain] = false;
  if (msg[kFinishOnDrain]) {
    msg[kFinishOnDrain] = false;
    msg._writableFinished = true;
    tables.outgoing.delete(id);
    msg._finished();
    return;
  }
  msg.emit('drain');
}

OutgoingMessage.prototype.cork = function cork() {
  this[kCorked]++;
};

OutgoingMessage.prototype.uncork = function uncork() {
  if (this[kCorked] > 0) this[kCorked]--;
};

OutgoingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  if (this.socket) this.socket.setTimeout(msecs);
  else this.once('socket', (socket) => socket.setTimeout(msecs));
  return this;
};

OutgoingMessage.prototype.addTrailers = function addTrailers() {};

OutgoingMessage.prototype.destroy = function destroy(error) {
  if (this.destroyed) return this;
  this.destroyed = true;
  tables.outgoing.delete(this[kId]);
  this._abort(error);
  return this;
};

OutgoingMessage.prototype._abort = function _abort() {};

OutgoingMessage.prototype.pipe = function pipe() {
  this.emit('error', new codes.ERR_STREAM_CANNOT_PIPE());
};

module.exports = {
  OutgoingMessage,
  kOutHeaders,
  kId,
  kHeadSent,
  kNeedDrain,
  kCloses,
  onDrain,
  toWire,
  byteLength,
};
