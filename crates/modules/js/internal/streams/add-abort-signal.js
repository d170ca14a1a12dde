'use strict';
// addAbortSignal(signal, stream): destroys the stream with an AbortError
// when the signal aborts (at once if it already has).

const { AbortError, codes } = require('internal/errors');
const { isNodeStream, kDispose } = require('internal/streams/utils');
const eos = require('internal/streams/end-of-stream');

const { ERR_INVALID_ARG_TYPE } = codes;

function looksLikeSignal(signal) {
  return typeof signal === 'object' && signal !== null && 'aborted' in signal;
}

function addAbortSignal(signal, stream) {
  if (!looksLikeSignal(signal)) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  if (!isNodeStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  return addAbortSignalNoValidate(signal, stream);
}

// For the `signal` option of the stream constructors: no checks on the stream.
function addAbortSignalNoValidate(signal, stream) {
  if (!looksLikeSignal(signal)) return stream;
  const onAbort = () => {
    stream.destroy(new AbortError(undefined, { cause: signal.reason }));
  };
  if (signal.aborted) {
    onAbort();
  } else {
    const disposable = require('events').addAbortListener(signal, onAbort);
    eos(stream, disposable[kDispose]);
  }
  return stream;
}

module.exports = { addAbortSignal, addAbortSignalNoValidate };
