'use strict';
// fs.read/readSync, fs.write/writeSync, fs.readv/readvSync and
// fs.writev/writevSync: node's argument shuffles and checks, then one
// native read or write. Async reads come back as fresh bytes from the I/O
// pool and are copied into the caller's buffer here.

const { Buffer } = require('buffer');
const { codes } = require('internal/errors');
const { validateInteger } = require('internal/validators');
const {
  getValidatedFd, validateBuffer, bytesOf, validateOffsetLengthRead, validateOffsetLengthWrite,
  validatePosition, writePosition, validateEncoding, validateBufferArray, validateCallback,
  validateObject,
} = require('internal/fs/utils');
const { callSync, callAsync, binding } = require('internal/fs/calls');

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } = codes;
const kNullable = { nullable: true };

// --- reads ---------------------------------------------------------------------

/** Checks offset/length/position of a read; null when nothing is to be read. */
function readRequest(buffer, offset, length, position) {
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) return null;
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  position = position == null ? -1 : validatePosition(position, 'position');
  return { offset, length, position };
}

/** Reads from an options object: offset, length (the rest of the buffer), position. */
function readOptions(buffer, options) {
  const { offset = 0, length = buffer.byteLength - offset, position = null } = options ?? {};
  return [offset, length, position];
}

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) validateObject(offsetOrOptions, 'options', kNullable);
    [offset, length, position] = readOptions(buffer, offsetOrOptions);
  }
  const request = readRequest(buffer, offset, length, position);
  if (request === null) return 0;
  return binding.fsReadInto(fd, buffer, request.offset, request.length, request.position);
}

/** Starts an async read of `request` into `buffer`; `done(err, bytesRead)`. */
function readInto(fd, buffer, request, done) {
  callAsync('read', [fd, request.length, request.position], (err, bytes) => {
    if (err) return done(err, 0);
    bytesOf(buffer).set(bytes, request.offset);
    return done(null, bytes.length);
  });
}

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (arguments.length <= 4) {
    let options;
    if (arguments.length === 4) { // (fd, buffer, options, callback)
      validateObject(offsetOrOptions, 'options', kNullable);
      callback = length;
      options = offsetOrOptions;
    } else if (arguments.length === 3) { // (fd, bufferOrOptions, callback)
      if (!ArrayBuffer.isView(buffer)) {
        options = buffer;
        if (options !== undefined) validateObject(options, 'options', kNullable);
        buffer = options?.buffer ?? Buffer.alloc(16384);
      }
      callback = offsetOrOptions;
    } else { // (fd, callback)
      callback = buffer;
      buffer = Buffer.alloc(16384);
    }
    validateBuffer(buffer);
    [offset, length, position] = readOptions(buffer, options);
  }
  validateBuffer(buffer);
  validateCallback(callback);
  const request = readRequest(buffer, offset, length, position);
  if (request === null) {
    process.nextTick(callback, null, 0, buffer);
    return;
  }
  readInto(fd, buffer, request, (err, bytesRead) => callback(err, bytesRead, buffer));
}

/** The total length of some buffers and one read of that much, scattered over them. */
function scatter(buffers, bytes) {
  let at = 0;
  for (const buffer of buffers) {
    if (at >= bytes.length) break;
    const part = bytes.subarray(at, at + buffer.byteLength);
    bytesOf(buffer).set(part);
    at += part.length;
  }
  return bytes.length;
}

function totalLength(buffers) {
  return buffers.reduce((sum, b) => sum + b.byteLength, 0);
}

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  const at = typeof position === 'number' ? position : -1;
  return scatter(buffers, callSync('read', [fd, totalLength(buffers), at]));
}

function readv(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (typeof position === 'function') {
    callback = position;
    position = null;
  }
  validateCallback(callback);
  const at = typeof position === 'number' ? position : -1;
  callAsync('read', [fd, totalLength(buffers), at], (err, bytes) => {
    if (err) return callback(err, 0, buffers);
    return callback(null, scatter(buffers, bytes), buffers);
  });
}

// --- writes --------------------------------------------------------------------

/** A buffer write's [bytes to write, position] after node's checks. */
function bufferWrite(buffer, offset, length, position) {
  if (offset == null || typeof offset === 'function') offset = 0;
  else validateInteger(offset, 'offset', 0);
  if (typeof length !== 'number') length = buffer.byteLength - offset;
  validateOffsetLengthWrite(offset, length, buffer.byteLength);
  return [bytesOf(buffer).subarray(offset, offset + length), writePosition(position)];
}

/** A string write's data: UTF-8 crosses as a string, other encodings as bytes. */
function stringData(string, encoding) {
  validateEncoding(string, encoding);
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8' || !Buffer.isEncoding(encoding)) return string;
  return Buffer.from(string, encoding);
}

function notWritable(buffer) {
  return new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
}

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  let data;
  let at;
  if (ArrayBuffer.isView(buffer)) {
    let offset = offsetOrOptions;
    if (typeof offset === 'object') [offset, length, position] = readOptions(buffer, offsetOrOptions);
    [data, at] = bufferWrite(buffer, offset, length, position);
  } else if (typeof buffer === 'string') {
    data = stringData(buffer, length);
    at = writePosition(offsetOrOptions);
  } else {
    throw notWritable(buffer);
  }
  try {
    return callSync('write', [fd, data, at]);
  } catch (err) {
    throw withSyscallFirst(err);
  }
}

// node's writeSync reports its errors with `syscall` before `code`.
function withSyscallFirst(err) {
  if (err && err.syscall !== undefined && err.code !== undefined) {
    const { code } = err;
    delete err.code;
    err.code = code;
  }
  return err;
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let data;
  let at;
  if (ArrayBuffer.isView(buffer)) {
    callback = validateCallback(callback || position || length || offsetOrOptions);
    let offset = offsetOrOptions;
    if (typeof offset === 'object' && offset !== null) {
      [offset, length, position] = readOptions(buffer, offsetOrOptions);
    }
    [data, at] = bufferWrite(buffer, offset, length, typeof position === 'function' ? null : position);
  } else if (typeof buffer === 'string') {
    // (fd, string[, position[, encoding]], callback)
    let encoding = length;
    at = offsetOrOptions;
    if (typeof position !== 'function') {
      if (typeof offsetOrOptions === 'function') {
        position = offsetOrOptions;
        at = null;
      } else {
        position = length;
      }
      encoding = 'utf8';
    }
    callback = validateCallback(position);
    data = stringData(buffer, encoding);
    at = writePosition(at);
  } else {
    throw notWritable(buffer);
  }
  callAsync('write', [fd, data, at], (err, written) => callback(err, written || 0, buffer));
}

/** The bytes of several buffers, joined for one write. */
function gather(buffers) {
  return buffers.length === 1 ? bytesOf(buffers[0]) : Buffer.concat(buffers.map(bytesOf));
}

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (buffers.length === 0) return 0;
  return callSync('write', [fd, gather(buffers), writePosition(position)]);
}

function writev(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (typeof position === 'function') {
    callback = position;
    position = null;
  }
  validateCallback(callback);
  if (buffers.length === 0) {
    process.nextTick(callback, null, 0, buffers);
    return;
  }
  callAsync('write', [fd, gather(buffers), writePosition(position)],
    (err, written) => callback(err, written || 0, buffers));
}

module.exports = {
  readSync, read, readvSync, readv, writeSync, write, writevSync, writev,
  readRequest, readOptions, readInto, bufferWrite, stringData, gather, scatter, totalLength,
};
