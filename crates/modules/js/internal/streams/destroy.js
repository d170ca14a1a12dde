'use strict';
// Tearing streams down: destroy() (→ _destroy(), then 'error' and 'close'
// on later ticks), errorOrDestroy() for failures found inside the stream
// machinery, the async _construct() protocol, and destroyer() which ends any
// stream-like object the best way it offers.

const { AbortError, codes } = require('internal/errors');
const {
  aggregateTwoErrors, isDestroyed, isFinished, isServerRequest, kIsDestroyed,
} = require('internal/streams/utils');

const { ERR_MULTIPLE_CALLBACK } = codes;

const kDestroy = Symbol('kDestroy');
const kConstruct = Symbol('kConstruct');

// Remember the first error on each side.
function recordError(err, w, r) {
  if (!err) return;
  void err.stack; // settle the stack now (as node does), before state changes
  if (w && !w.errored) w.errored = err;
  if (r && !r.errored) r.errored = err;
}

// stream.destroy([err][, cb]); `cb` is an old undocumented extra.
function destroy(err, cb) {
  const r = this._readableState;
  const w = this._writableState;
  // A Duplex keeps its common flags on the writable side.
  const s = w || r;

  if ((w && w.destroyed) || (r && r.destroyed)) {
    if (typeof cb === 'function') cb();
    return this;
  }

  // Mark destroyed before anything can call back into us.
  recordError(err, w, r);
  if (w) w.destroyed = true;
  if (r) r.destroyed = true;

  if (!s.constructed) {
    // _construct() is still running: destroy once it reports.
    this.once(kDestroy, function (er) {
      runDestroy(this, aggregateTwoErrors(er, err), cb);
    });
  } else {
    runDestroy(this, err, cb);
  }
  return this;
}

function runDestroy(stream, err, cb) {
  let done = false;
  function onDestroyed(error) {
    if (done) return;
    done = true;
    const r = stream._readableState;
    const w = stream._writableState;
    recordError(error, w, r);
    if (w) w.closed = true;
    if (r) r.closed = true;
    if (typeof cb === 'function') cb(error);
    if (error) process.nextTick(emitErrorThenClose, stream, error);
    else process.nextTick(emitClose, stream);
  }
  try {
    stream._destroy(err || null, onDestroyed);
  } catch (error) {
    onDestroyed(error);
  }
}

function emitErrorThenClose(stream, err) {
  emitError(stream, err);
  emitClose(stream);
}

function emitClose(stream) {
  const r = stream._readableState;
  const w = stream._writableState;
  if (w) w.closeEmitted = true;
  if (r) r.closeEmitted = true;
  if ((w && w.emitClose) || (r && r.emitClose)) stream.emit('close');
}

// 'error' goes out at most once per stream.
function emitError(stream, err) {
  const r = stream._readableState;
  const w = stream._writableState;
  if ((w && w.errorEmitted) || (r && r.errorEmitted)) return;
  if (w) w.errorEmitted = true;
  if (r) r.errorEmitted = true;
  stream.emit('error', err);
}

// Brings a destroyed stream back to its initial state (for stream reuse).
function undestroy() {
  const r = this._readableState;
  const w = this._writableState;
  if (r) {
    r.constructed = true;
    r.closed = false;
    r.closeEmitted = false;
    r.destroyed = false;
    r.errored = null;
    r.errorEmitted = false;
    r.reading = false;
    r.ended = r.readable === false;
    r.endEmitted = r.readable === false;
  }
  if (w) {
    w.constructed = true;
    w.destroyed = false;
    w.closed = false;
    w.closeEmitted = false;
    w.errored = null;
    w.errorEmitted = false;
    w.finalCalled = false;
    w.prefinished = false;
    w.ended = w.writable === false;
    w.ending = w.writable === false;
    w.finished = w.writable === false;
  }
}

// An error found by the stream itself. With autoDestroy (the default) the
// stream is destroyed with it; otherwise it is recorded and emitted, now or
// (`sync`, when the caller is still inside a user call) on the next tick.
function errorOrDestroy(stream, err, sync) {
  const r = stream._readableState;
  const w = stream._writableState;
  if ((w && w.destroyed) || (r && r.destroyed)) return this;

  if ((r && r.autoDestroy) || (w && w.autoDestroy)) {
    stream.destroy(err);
  } else if (err) {
    void err.stack;
    if (w && !w.errored) w.errored = err;
    if (r && !r.errored) r.errored = err;
    if (sync) process.nextTick(emitError, stream, err);
    else emitError(stream, err);
  }
}

// Runs stream._construct(cb) on the next tick; until it calls back the
// stream counts as not constructed (reads, writes and destroy wait). `cb`
// here is what the stream does once constructed.
function construct(stream, cb) {
  if (typeof stream._construct !== 'function') return;
  const r = stream._readableState;
  const w = stream._writableState;
  if (r) r.constructed = false;
  if (w) w.constructed = false;
  stream.once(kConstruct, cb);
  // A Duplex registers once per side; the first registration schedules it.
  if (stream.listenerCount(kConstruct) > 1) return;
  process.nextTick(runConstruct, stream);
}

function runConstruct(stream) {
  let called = false;
  function onConstructed(err) {
    if (called) {
      errorOrDestroy(stream, err ?? new ERR_MULTIPLE_CALLBACK());
      return;
    }
    called = true;
    const r = stream._readableState;
    const w = stream._writableState;
    const s = w || r;
    if (r) r.constructed = true;
    if (w) w.constructed = true;
    if (s.destroyed) stream.emit(kDestroy, err);
    else if (err) errorOrDestroy(stream, err, true);
    else stream.emit(kConstruct);
  }
  try {
    stream._construct((err) => {
      process.nextTick(onConstructed, err);
    });
  } catch (err) {
    process.nextTick(onConstructed, err);
  }
}

function isRequest(stream) {
  return stream && stream.setHeader && typeof stream.abort === 'function';
}

function emitLegacyClose(stream) {
  stream.emit('close');
}

function emitLegacyErrorClose(stream, err) {
  stream.emit('error', err);
  process.nextTick(emitLegacyClose, stream);
}

// Destroys any stream-like object: an unfinished one gets an AbortError
// when no error is given.
function destroyer(stream, err) {
  if (!stream || isDestroyed(stream)) return;
  if (!err && !isFinished(stream)) err = new AbortError();

  if (isServerRequest(stream)) {
    stream.socket = null;
    stream.destroy(err);
  } else if (isRequest(stream)) {
    stream.abort();
  } else if (isRequest(stream.req)) {
    stream.req.abort();
  } else if (typeof stream.destroy === 'function') {
    stream.destroy(err);
  } else if (typeof stream.close === 'function') {
    stream.close();
  } else if (err) {
    process.nextTick(emitLegacyErrorClose, stream, err);
  } else {
    process.nextTick(emitLegacyClose, stream);
  }
  if (!stream.destroyed) stream[kIsDestroyed] = true;
}

module.exports = {
  construct,
  destroy,
  destroyer,
  errorOrDestroy,
  undestroy,
  kConstruct,
  kDestroy,
};
