'use strict';
// Readable's async iteration (`for await (const chunk of readable)` and
// readable.iterator()), wrap() for old-style streams, and Readable.wrap().

const { validateObject } = require('internal/validators');
const { aggregateTwoErrors } = require('internal/streams/utils');
const destroyImpl = require('internal/streams/destroy');
const eos = require('internal/streams/end-of-stream');
const { AbortError } = require('internal/errors');

const nop = () => {};

function install(Readable) {
  Readable.prototype[Symbol.asyncIterator] = function () {
    return streamToAsyncIterator(Readable, this);
  };

  Readable.prototype.iterator = function (options) {
    if (options !== undefined) validateObject(options, 'options');
    return streamToAsyncIterator(Readable, this, options);
  };

  if (typeof Symbol.asyncDispose === 'symbol') {
    Readable.prototype[Symbol.asyncDispose] = function () {
      let error;
      if (!this.destroyed) {
        error = this.readableEnded ? null : new AbortError();
        this.destroy(error);
      }
      return new Promise((resolve, reject) => eos(this, (err) =>
        (err && err !== error ? reject(err) : resolve(null))));
    };
  }

  // Makes this Readable the consumer of an old-style stream ('data'/'end'
  // events plus pause()/resume()).
  Readable.prototype.wrap = function (stream) {
    let paused = false;
    stream.on('data', (chunk) => {
      if (!this.push(chunk) && stream.pause) {
        paused = true;
        stream.pause();
      }
    });
    stream.on('end', () => {
      this.push(null);
    });
    stream.on('error', (err) => {
      destroyImpl.errorOrDestroy(this, err);
    });
    stream.on('close', () => {
      this.destroy();
    });
    stream.on('destroy', () => {
      this.destroy();
    });
    this._read = () => {
      if (paused && stream.resume) {
        paused = false;
        stream.resume();
      }
    };
    // Expose the wrapped stream's own methods (all but its first key).
    const keys = Object.keys(stream);
    for (let j = 1; j < keys.length; j++) {
      const key = keys[j];
      if (this[key] === undefined && typeof stream[key] === 'function') {
        this[key] = stream[key].bind(stream);
      }
    }
    return this;
  };

  Readable.wrap = function (src, options) {
    return new Readable({
      objectMode: src.readableObjectMode ?? src.objectMode ?? true,
      ...options,
      destroy(err, callback) {
        destroyImpl.destroyer(src, err);
        callback(err);
      },
    }).wrap(src);
  };
}

function streamToAsyncIterator(Readable, stream, options) {
  if (typeof stream.read !== 'function') stream = Readable.wrap(stream, { objectMode: true });
  const iter = createAsyncIterator(stream, options);
  iter.stream = stream;
  return iter;
}

// Reads whatever is buffered, then waits for 'readable' or the end. The
// stream is destroyed when the loop exits early (unless destroyOnReturn is
// false and nothing failed).
async function* createAsyncIterator(stream, options) {
  let callback = nop;

  function next(resolve) {
    if (this === stream) {
      // Called as the 'readable' listener: wake the waiting loop.
      callback();
      callback = nop;
    } else {
      // Called as a promise executor: remember how to wake it.
      callback = resolve;
    }
  }

  stream.on('readable', next);

  let error; // undefined: running; null: ended cleanly; else the failure
  const cleanup = eos(stream, { writable: false }, (err) => {
    error = err ? aggregateTwoErrors(error, err) : null;
    callback();
    callback = nop;
  });

  try {
    while (true) {
      const chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) {
        yield chunk;
      } else if (error) {
        throw error;
      } else if (error === null) {
        return;
      } else {
        await new Promise(next);
      }
    }
  } catch (err) {
    error = aggregateTwoErrors(error, err);
    throw error;
  } finally {
    if ((error || (options && options.destroyOnReturn) !== false) &&
        (error === undefined || stream._readableState.autoDestroy)) {
      destroyImpl.destroyer(stream, null);
    } else {
      stream.off('readable', next);
      cleanup();
    }
  }
}

module.exports = { install };
