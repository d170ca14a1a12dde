'use strict';
// WritableState: the bookkeeping of a Writable. Its boolean flags are bits
// of this[kState] behind accessors (see internal/streams/utils); values that
// only matter while a flag is set (errored, the current write callback, the
// deferred-callback info, the queue, a non-utf8 defaultEncoding) live under
// symbols.

const { Buffer } = require('buffer');
const { getHighWaterMark, getDefaultHighWaterMark } = require('internal/streams/state');
const {
  kState, kObjectMode, kAutoDestroy, kEmitClose, kConstructed, kErrored,
  commonFlags, defineFlags, defineFlaggedValue,
} = require('internal/streams/utils');
const { ERR_UNKNOWN_ENCODING } = require('internal/errors').codes;

// The callback handed to _write(), bound per stream; writable.js provides it.
let onwrite = null;
function setOnwrite(fn) {
  onwrite = fn;
}

// The "no callback" callback (compared by identity).
function nop() {}

const kSync = 1 << 9; // inside _write()/_final(): defer callbacks
const kFinalCalled = 1 << 10;
const kNeedDrain = 1 << 11;
const kEnding = 1 << 12; // end() called
const kFinished = 1 << 13; // 'finish' emitted
const kDecodeStrings = 1 << 14;
const kWriting = 1 << 15;
const kBufferProcessing = 1 << 16;
const kPrefinished = 1 << 17;
const kAllBuffers = 1 << 18;
const kAllNoop = 1 << 19;
const kOnFinished = 1 << 20; // end() callbacks are waiting
const kHasWritable = 1 << 21;
const kWritable = 1 << 22;
const kCorked = 1 << 23;
const kDefaultUTF8Encoding = 1 << 24;
const kWriteCb = 1 << 25;
const kExpectWriteCb = 1 << 26;
const kAfterWriteTickInfo = 1 << 27;
const kAfterWritePending = 1 << 28;
const kBuffered = 1 << 29; // writes are queued
const kEnded = 1 << 30; // end() returned

const kOnFinishedValue = Symbol('kOnFinishedValue');
const kErroredValue = Symbol('kErroredValue');
const kDefaultEncodingValue = Symbol('kDefaultEncodingValue');
const kWriteCbValue = Symbol('kWriteCbValue');
const kAfterWriteTickInfoValue = Symbol('kAfterWriteTickInfoValue');
const kBufferedValue = Symbol('kBufferedValue');

function WritableState(options, stream, isDuplex) {
  this[kState] = kSync | kConstructed | kEmitClose | kAutoDestroy;
  if (options && (options.objectMode || (isDuplex && options.writableObjectMode))) {
    this[kState] |= kObjectMode;
  }
  // write() returns false once `length` reaches this (0: always false
  // unless the write completed at once).
  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'writableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);

  if (!options || options.decodeStrings !== false) this[kState] |= kDecodeStrings;
  if (options && options.emitClose === false) this[kState] &= ~kEmitClose;
  if (options && options.autoDestroy === false) this[kState] &= ~kAutoDestroy;

  const defaultEncoding = options ? options.defaultEncoding : null;
  if (defaultEncoding == null || defaultEncoding === 'utf8' || defaultEncoding === 'utf-8') {
    this[kState] |= kDefaultUTF8Encoding;
  } else if (Buffer.isEncoding(defaultEncoding)) {
    this.defaultEncoding = defaultEncoding;
  } else {
    throw new ERR_UNKNOWN_ENCODING(defaultEncoding);
  }

  // Bytes (or objects) written but not yet acknowledged by _write().
  this.length = 0;
  this.corked = 0;
  this.onwrite = onwrite.bind(undefined, stream);
  this.writelen = 0;
  // Queued writes are buffered[bufferedIndex..].
  resetBuffer(this);
  // Write callbacks not yet called; 'finish' waits for 0.
  this.pendingcb = 0;
}

defineFlags(WritableState.prototype, {
  ...commonFlags,
  finalCalled: kFinalCalled,
  needDrain: kNeedDrain,
  ending: kEnding,
  ended: kEnded,
  finished: kFinished,
  decodeStrings: kDecodeStrings,
  writing: kWriting,
  sync: kSync,
  bufferProcessing: kBufferProcessing,
  prefinished: kPrefinished,
  allBuffers: kAllBuffers,
  allNoop: kAllNoop,
  expectWriteCb: kExpectWriteCb,
  afterWritePending: kAfterWritePending,
});
defineFlaggedValue(WritableState.prototype, 'errored', kErrored, kErroredValue, null);
defineFlaggedValue(WritableState.prototype, 'writecb', kWriteCb, kWriteCbValue, nop, true);
defineFlaggedValue(WritableState.prototype, 'afterWriteTickInfo', kAfterWriteTickInfo,
  kAfterWriteTickInfoValue, null, true);

Object.defineProperties(WritableState.prototype, {
  // undefined unless a Duplex was built with (or later set) writable: false.
  writable: {
    __proto__: null,
    enumerable: false,
    get() {
      return (this[kState] & kHasWritable) !== 0 ? (this[kState] & kWritable) !== 0 : undefined;
    },
    set(value) {
      if (value == null) this[kState] &= ~(kHasWritable | kWritable);
      else if (value) this[kState] |= kHasWritable | kWritable;
      else this[kState] = (this[kState] | kHasWritable) & ~kWritable;
    },
  },
  defaultEncoding: {
    __proto__: null,
    enumerable: false,
    get() {
      return (this[kState] & kDefaultUTF8Encoding) !== 0 ? 'utf8' : this[kDefaultEncodingValue];
    },
    set(value) {
      if (value === 'utf8' || value === 'utf-8') {
        this[kState] |= kDefaultUTF8Encoding;
      } else {
        this[kState] &= ~kDefaultUTF8Encoding;
        this[kDefaultEncodingValue] = value;
      }
    },
  },
  // The queue (an empty array when nothing is queued).
  buffered: {
    __proto__: null,
    enumerable: false,
    get() { return (this[kState] & kBuffered) !== 0 ? this[kBufferedValue] : []; },
    set(value) {
      this[kBufferedValue] = value;
      if (value) this[kState] |= kBuffered;
      else this[kState] &= ~kBuffered;
    },
  },
});

function resetBuffer(state) {
  state.buffered = null;
  state.bufferedIndex = 0;
  state[kState] |= kAllBuffers | kAllNoop;
}

WritableState.prototype.getBuffer = function getBuffer() {
  return (this[kState] & kBuffered) === 0 ? [] : this.buffered.slice(this.bufferedIndex);
};

Object.defineProperty(WritableState.prototype, 'bufferedRequestCount', {
  __proto__: null,
  get() {
    return (this[kState] & kBuffered) === 0 ? 0 : this[kBufferedValue].length - this.bufferedIndex;
  },
});

module.exports = {
  WritableState,
  resetBuffer,
  setOnwrite,
  nop,
  kBuffered,
  kCorked,
  kOnFinished,
  kOnFinishedValue,
};
