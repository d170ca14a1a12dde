'use strict';
// fs.promises.open and its FileHandle, plus the promise forms that take
// a FileHandle in place of a path (readFile, writeFile, appendFile).

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const { codes } = require('internal/errors');
const { validateInteger } = require('internal/validators');
const {
  toPath, stringToFlags, parseFileMode, validateBuffer, getOptions, decode, dataArg, makeStats,
  toUnixTimestamp, validateId, validateBufferArray, validateObject, writePosition,
} = require('internal/fs/utils');
const {
  readRequest, readOptions, bufferWrite, stringData, gather, scatter, totalLength,
} = require('internal/fs/rw');
const { callPromise } = require('internal/fs/calls');

const { ERR_INVALID_ARG_TYPE } = codes;
const kFd = Symbol('kFd');
const kRefs = Symbol('kRefs');
const kClosePromise = Symbol('kClosePromise');
const kCloseWaiter = Symbol('kCloseWaiter');
// For fs streams on a FileHandle: hold or release a reference, read, write.
const kHandleRef = Symbol('kHandleRef');
const kHandleRead = Symbol('kHandleRead');
const kHandleWrite = Symbol('kHandleWrite');

/** node's error for an operation on a closed FileHandle. */
function fileClosed(syscall) {
  const err = new Error('file closed');
  err.code = 'EBADF';
  err.syscall = syscall;
  return err;
}

/** True for data a writeFile takes as a sequence of chunks. */
function isChunkSource(data) {
  return data != null && typeof data === 'object' && !ArrayBuffer.isView(data) &&
    (typeof data[Symbol.asyncIterator] === 'function' || typeof data[Symbol.iterator] === 'function');
}

// node's FileHandle has EventEmitter's methods mixed in, without being an
// instance of EventEmitter.
class EventEmitterMixin {
  constructor() {
    EventEmitter.call(this);
  }
}
for (const key of Reflect.ownKeys(EventEmitter.prototype)) {
  if (key !== 'constructor') {
    Object.defineProperty(EventEmitterMixin.prototype, key,
      Object.getOwnPropertyDescriptor(EventEmitter.prototype, key));
  }
}

/**
 * node's FileHandle: an open descriptor whose operations return promises.
 * close() takes effect when the operations still running have finished.
 */
class FileHandle extends EventEmitterMixin {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kRefs] = 1;
    this[kClosePromise] = null;
    const close = () => this.#close();
    this.close = close;
  }

  getAsyncId() {
    return -1;
  }

  get fd() {
    return this[kFd];
  }

  appendFile(data, options) {
    return this.writeFile(data, options);
  }

  async chmod(mode) {
    mode = parseFileMode(mode, 'mode');
    return this.#use('fchmod', (fd) => callPromise('fchmod', [fd, mode]));
  }

  async chown(uid, gid) {
    validateId(uid, 'uid');
    validateId(gid, 'gid');
    return this.#use('fchown', (fd) => callPromise('fchown', [fd, uid, gid]));
  }

  datasync() {
    return this.#use('fdatasync', (fd) => callPromise('fsync', [fd, true]));
  }

  sync() {
    return this.#use('fsync', (fd) => callPromise('fsync', [fd, false]));
  }

  async read(bufferOrOptions, offsetOrOptions, length, position) {
    let buffer = bufferOrOptions;
    let offset = offsetOrOptions;
    if (!ArrayBuffer.isView(buffer)) { // read([options])
      if (buffer !== undefined) validateObject(buffer, 'options', { nullable: true });
      buffer = buffer?.buffer ?? Buffer.alloc(16384);
      validateBuffer(buffer);
      [offset, length, position] = readOptions(buffer, bufferOrOptions);
    }
    if (offset !== null && typeof offset === 'object') { // read(buffer, options)
      [offset, length, position] = readOptions(buffer, offset);
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    length ??= buffer.byteLength - offset;
    // Anything but a safe integer reads at the current position.
    if (!Number.isSafeInteger(position)) position = -1;
    const request = readRequest(buffer, offset, length, position);
    if (request === null) return { __proto__: null, bytesRead: 0, buffer };
    const bytes = await this.#use('read', (fd) => callPromise('read', [fd, request.length, request.position]));
    new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength).set(bytes, request.offset);
    return { __proto__: null, bytesRead: bytes.length, buffer };
  }

  async readv(buffers, position = null) {
    validateBufferArray(buffers);
    const at = typeof position === 'number' ? position : -1;
    const bytes = await this.#use('readv', (fd) => callPromise('read', [fd, totalLength(buffers), at]));
    return { __proto__: null, bytesRead: scatter(buffers, bytes), buffers };
  }

  async readFile(options) {
    const { encoding, signal } = getOptions(options, { encoding: null });
    if (signal?.aborted) throw new codes.ABORT_ERR(undefined, { cause: signal.reason });
    const bytes = await this.#use('readFile', (fd) => callPromise('readAll', [fd]));
    return decode(bytes, encoding);
  }

  async stat(options) {
    return makeStats(await this.#use('fstat', (fd) => callPromise('fstat', [fd])), Boolean(options?.bigint));
  }

  async truncate(len = 0) {
    validateInteger(len, 'len');
    return this.#use('ftruncate', (fd) => callPromise('ftruncate', [fd, Math.max(0, len)]));
  }

  async utimes(atime, mtime) {
    const times = [toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime')];
    return this.#use('futimes', (fd) => callPromise('futimes', [fd, ...times]));
  }

  async write(buffer, offsetOrOptions, length, position) {
    let data;
    let at;
    if (ArrayBuffer.isView(buffer)) {
      let offset = offsetOrOptions;
      if (offset !== null && typeof offset === 'object') [offset, length, position] = readOptions(buffer, offset);
      [data, at] = bufferWrite(buffer, offset, length, position);
    } else if (typeof buffer === 'string') {
      data = stringData(buffer, length);
      at = writePosition(offsetOrOptions);
    } else {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
    if (data.length === 0) return { __proto__: null, bytesWritten: 0, buffer };
    const bytesWritten = await this.#use('write', (fd) => callPromise('write', [fd, data, at]));
    return { __proto__: null, bytesWritten, buffer };
  }

  async writev(buffers, position) {
    validateBufferArray(buffers);
    if (buffers.length === 0) return { __proto__: null, bytesWritten: 0, buffers };
    const at = writePosition(position);
    const bytesWritten = await this.#use('writev', (fd) => callPromise('write', [fd, gather(buffers), at]));
    return { __proto__: null, bytesWritten, buffers };
  }

  async writeFile(data, options) {
    const { encoding, signal } = getOptions(options, { encoding: 'utf8' });
    if (signal?.aborted) throw new codes.ABORT_ERR(undefined, { cause: signal.reason });
    if (!isChunkSource(data)) data = dataArg(data, encoding);
    return this.#use('writeFile', async (fd) => {
      if (!isChunkSource(data)) return void await callPromise('writeAll', [fd, data, -1]);
      for await (const chunk of data) await callPromise('writeAll', [fd, dataArg(chunk, encoding), -1]);
      return undefined;
    });
  }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }

  // Runs `work(fd)` as one operation of this handle (`syscall` names it in
  // the error when the handle is closed).
  async #use(syscall, work) {
    if (this[kFd] === -1) throw fileClosed(syscall);
    this[kRefs]++;
    try {
      return await work(this[kFd]);
    } finally {
      this[kHandleRef](-1);
    }
  }

  [kHandleRef](delta) {
    this[kRefs] += delta;
    if (this[kRefs] === 0 && this[kCloseWaiter]) this[kCloseWaiter]();
  }

  [kHandleRead](length, position) {
    return this.#use('read', (fd) => callPromise('read', [fd, length, position]));
  }

  [kHandleWrite](data, position) {
    return this.#use('write', (fd) => callPromise('writeAll', [fd, data, position]));
  }

  #close() {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosePromise]) return this[kClosePromise];
    const fd = this[kFd];
    this[kFd] = -1;
    const idle = --this[kRefs] === 0 ? Promise.resolve() :
      new Promise((resolve) => { this[kCloseWaiter] = resolve; });
    this[kClosePromise] = idle.then(() => callPromise('close', [fd]))
      .finally(() => { this[kClosePromise] = null; });
    this.emit('close');
    return this[kClosePromise];
  }

  [Symbol.asyncDispose ?? Symbol.for('nodejs.asyncDispose')]() {
    return this.close();
  }
}

async function open(path, flags, mode) {
  path = toPath(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return new FileHandle(await callPromise('open', [path, flagsNumber, mode]));
}

module.exports = { FileHandle, open, isChunkSource, kHandleRef, kHandleRead, kHandleWrite };
