'use strict';
// fs.ReadStream and fs.WriteStream on the `stream` module. The file is
// opened in _construct() ('open' and 'ready' follow), read in chunks of
// highWaterMark bytes (64 KiB by default) on the I/O pool, and closed by
// _destroy() once no read or write is still running.

const { Readable, Writable, finished } = require('stream');
const { Buffer } = require('buffer');
const { codes } = require('internal/errors');
const { validateInteger, validateBoolean } = require('internal/validators');
const { errorOrDestroy } = require('internal/streams/destroy');
const { toPath, getOptions, getValidatedFd } = require('internal/fs/utils');
const { callAsync } = require('internal/fs/calls');

const { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } = codes;

const kIo = Symbol('kIo');
const kBusy = Symbol('kIsPerformingIO');
const kIoDone = Symbol('kIoDone');

// How a stream reaches its file: by descriptor through the native ops,
// or through a FileHandle (whose close() then closes the stream's file).
function descriptorIo() {
  const fs = require('fs');
  return {
    open: (path, flags, mode, cb) => fs.open(path, flags, mode, cb),
    read: (fd, length, position, cb) => callAsync('read', [fd, length, position ?? -1], cb),
    write: (fd, data, position, cb) => callAsync('writeAll', [fd, data, position ?? -1], cb),
    sync: (fd, cb) => callAsync('fsync', [fd, false], cb),
    close: (fd, cb) => fs.close(fd, cb),
  };
}

function handleIo(handle) {
  const { kHandleRead, kHandleWrite, kHandleRef } = require('internal/fs/promises');
  handle[kHandleRef](1);
  return {
    read: (fd, length, position, cb) => handle[kHandleRead](length, position ?? -1).then(
      (bytes) => cb(null, bytes), (err) => cb(err)),
    write: (fd, data, position, cb) => handle[kHandleWrite](data, position ?? -1).then(
      () => cb(null), (err) => cb(err)),
    sync: (fd, cb) => handle.sync().then(() => cb(null), cb),
    close: (fd, cb) => {
      handle[kHandleRef](-1);
      handle.close().then(() => cb(), cb);
    },
  };
}

/** Takes `options.fd` (a number or a FileHandle) for a stream. */
function adoptFd(stream, options) {
  const { FileHandle } = require('internal/fs/promises');
  if (typeof options.fd === 'number') {
    stream[kIo] = descriptorIo();
    return getValidatedFd(options.fd);
  }
  if (options.fd instanceof FileHandle) {
    stream[kIo] = handleIo(options.fd);
    options.fd.on('close', () => stream.close());
    return getValidatedFd(options.fd.fd);
  }
  throw new ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], options.fd);
}

/** The common part of both constructors: file or descriptor, and `start`. */
function setUp(stream, path, options, defaultFlags) {
  if (options.fd == null) {
    stream.fd = null;
    stream[kIo] = descriptorIo();
    stream.path = path instanceof URL ? toPath(path) : path;
    stream.flags = options.flags === undefined ? defaultFlags : options.flags;
    stream.mode = options.mode === undefined ? 0o666 : options.mode;
    toPath(stream.path);
  } else {
    stream.fd = adoptFd(stream, options);
  }
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  stream.start = options.start;
  stream.pos = undefined;
  stream[kBusy] = false;
  if (stream.start !== undefined) {
    validateInteger(stream.start, 'start', 0);
    stream.pos = stream.start;
  }
}

// _construct(): opens the file unless a descriptor was given.
function openFile(callback) {
  if (typeof this.fd === 'number') {
    callback();
    return;
  }
  this[kIo].open(this.path, this.flags, this.mode, (err, fd) => {
    if (err) {
      callback(err);
      return;
    }
    this.fd = fd;
    callback();
    this.emit('open', this.fd);
    this.emit('ready');
  });
}

// _destroy(): closes the file once the read or write running ends.
function destroyFile(err, cb) {
  if (this[kBusy]) this.once(kIoDone, (er) => closeFile(this, err || er, cb));
  else closeFile(this, err, cb);
}

// Closes the descriptor (after an fsync for a write stream with `flush`).
function closeFile(stream, err, cb, synced = false) {
  if (!stream.fd) {
    cb(err);
  } else if (stream.flush && !synced) {
    stream[kIo].sync(stream.fd, (syncErr) => closeFile(stream, err || syncErr, cb, true));
  } else {
    stream[kIo].close(stream.fd, (er) => cb(er || err));
    stream.fd = null;
  }
}

function definePending(Class) {
  Object.defineProperty(Class.prototype, 'pending', {
    get() { return this.fd === null; },
    configurable: true,
  });
}

function defineAutoClose(Class, stateKey) {
  Object.defineProperty(Class.prototype, 'autoClose', {
    get() { return this[stateKey].autoDestroy; },
    set(value) { this[stateKey].autoDestroy = value; },
  });
}

// --- ReadStream --------------------------------------------------------------

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = { ...getOptions(options, {}) };
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  setUp(this, path, options, 'r');
  this.end = options.end;
  this.bytesRead = 0;
  if (this.end === undefined) {
    this.end = Infinity;
  } else if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
    }
  }
  Readable.call(this, options);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);
defineAutoClose(ReadStream, '_readableState');
definePending(ReadStream);

ReadStream.prototype._construct = openFile;
ReadStream.prototype._destroy = destroyFile;

ReadStream.prototype._read = function _read(n) {
  const left = this.end - (this.pos !== undefined ? this.pos : this.bytesRead) + 1;
  n = Math.min(left, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  this[kBusy] = true;
  this[kIo].read(this.fd, n, this.pos, (err, bytes) => {
    this[kBusy] = false;
    if (this.destroyed) {
      this.emit(kIoDone, err);
      return;
    }
    if (err) {
      errorOrDestroy(this, err);
    } else if (bytes.length > 0) {
      if (this.pos !== undefined) this.pos += bytes.length;
      this.bytesRead += bytes.length;
      this.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
    } else {
      this.push(null);
    }
  });
};

ReadStream.prototype.close = function close(cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};

// --- WriteStream -------------------------------------------------------------

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = { ...getOptions(options, {}) };
  options.decodeStrings = true;
  setUp(this, path, options, 'w');
  this.flush = options.flush == null ? false : options.flush;
  if (options.flush != null) validateBoolean(this.flush, 'options.flush');
  this.bytesWritten = 0;
  Writable.call(this, options);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);
defineAutoClose(WriteStream, '_writableState');
definePending(WriteStream);

WriteStream.prototype._construct = openFile;
WriteStream.prototype._destroy = destroyFile;

// Writes `data` whole at the stream's position; `cb(err)` when done.
function writeChunk(stream, data, cb) {
  stream[kBusy] = true;
  stream[kIo].write(stream.fd, data, stream.pos, (err) => {
    stream[kBusy] = false;
    if (!err) stream.bytesWritten += data.length;
    if (stream.destroyed) {
      cb(err);
      stream.emit(kIoDone, err);
      return;
    }
    cb(err);
  });
  if (stream.pos !== undefined) stream.pos += data.length;
}

WriteStream.prototype._write = function _write(data, encoding, cb) {
  writeChunk(this, data, cb);
};

WriteStream.prototype._writev = function _writev(chunks, cb) {
  writeChunk(this, Buffer.concat(chunks.map((c) => c.chunk)), cb);
};

WriteStream.prototype.close = function close(cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;

function createReadStream(path, options) {
  return new ReadStream(path, options);
}

function createWriteStream(path, options) {
  return new WriteStream(path, options);
}

module.exports = { ReadStream, WriteStream, createReadStream, createWriteStream };
