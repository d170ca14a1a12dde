'use strict';
// node:stream — the legacy Stream class, with the stream classes and
// helpers hung off it as node does (require('stream').Readable, ...).
// The implementation lives in internal/streams/.

const { Stream } = require('internal/streams/legacy');
const utils = require('internal/streams/utils');
const { pipeline } = require('internal/streams/pipeline');
const eos = require('internal/streams/end-of-stream');
const { destroyer } = require('internal/streams/destroy');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const { getDefaultHighWaterMark, setDefaultHighWaterMark } = require('internal/streams/state');
const { Buffer } = require('buffer');

module.exports = Stream;

Stream.isDestroyed = utils.isDestroyed;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;

Stream.Readable = require('internal/streams/readable');
Stream.Writable = require('internal/streams/writable');
Stream.Duplex = require('internal/streams/duplex');
Stream.Transform = require('internal/streams/transform');
Stream.PassThrough = require('internal/streams/passthrough');
Stream.duplexPair = require('internal/streams/duplexpair');
Stream.pipeline = pipeline;
Stream.addAbortSignal = addAbortSignal;
Stream.finished = eos;
Stream.destroy = destroyer;
Stream.compose = require('internal/streams/compose');
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;

Object.defineProperty(Stream, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    return require('stream/promises');
  },
});

// util.promisify(pipeline) and util.promisify(finished) give the promise forms.
const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
Object.defineProperty(pipeline, kCustomPromisify, {
  __proto__: null,
  enumerable: true,
  get() {
    return require('stream/promises').pipeline;
  },
});
Object.defineProperty(eos, kCustomPromisify, {
  __proto__: null,
  enumerable: true,
  get() {
    return require('stream/promises').finished;
  },
});

// Backwards compatibility with node 0.4.
Stream.Stream = Stream;

Stream._isArrayBufferView = (value) => ArrayBuffer.isView(value);
Stream._isUint8Array = (value) => require('internal/types').isUint8Array(value);
Stream._uint8ArrayToBuffer = function _uint8ArrayToBuffer(chunk) {
  return new (Buffer[Symbol.species])(chunk.buffer, chunk.byteOffset, chunk.byteLength);
};
