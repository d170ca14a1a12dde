'use strict';
// Shared pieces of `fs`: constants, argument checks with node's errors
// (paths, flags, modes, descriptors, offsets, positions, times), the
// Stats and Dirent classes, and the encodings of results.

const { Buffer } = require('buffer');
const { codes, makeNodeError } = require('internal/errors');
const {
  validateInteger, validateInt32, validateUint32, validateObject, validateFunction,
} = require('internal/validators');

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE } = codes;

// Linux's values, as node reports them in fs.constants.
const constants = {
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2,
  O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3,
  UV_DIRENT_FIFO: 4, UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7,
  EXTENSIONLESS_FORMAT_JAVASCRIPT: 0, EXTENSIONLESS_FORMAT_WASM: 1,
  S_IFMT: 0o170000, S_IFREG: 0o100000, S_IFDIR: 0o040000, S_IFCHR: 0o020000,
  S_IFBLK: 0o060000, S_IFIFO: 0o010000, S_IFLNK: 0o120000, S_IFSOCK: 0o140000,
  O_CREAT: 64, O_EXCL: 128, UV_FS_O_FILEMAP: 0, O_NOCTTY: 256, O_TRUNC: 512, O_APPEND: 1024,
  O_DIRECTORY: 65536, O_NOATIME: 262144, O_NOFOLLOW: 131072, O_SYNC: 1052672, O_DSYNC: 4096,
  O_DIRECT: 16384, O_NONBLOCK: 2048,
  S_IRWXU: 0o700, S_IRUSR: 0o400, S_IWUSR: 0o200, S_IXUSR: 0o100,
  S_IRWXG: 0o070, S_IRGRP: 0o040, S_IWGRP: 0o020, S_IXGRP: 0o010,
  S_IRWXO: 0o007, S_IROTH: 0o004, S_IWOTH: 0o002, S_IXOTH: 0o001,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1, UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
};

// --- paths -------------------------------------------------------------------

/** A path argument (string, Buffer or file: URL) as a string. */
function toPath(p, name = 'path') {
  if (typeof p !== 'string') {
    if (p instanceof URL) {
      p = require('url').fileURLToPath(p);
    } else if (p instanceof Uint8Array) {
      p = Buffer.from(p.buffer, p.byteOffset, p.byteLength).toString();
    } else {
      throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], p);
    }
  }
  if (p.includes('\0')) {
    throw new ERR_INVALID_ARG_VALUE(name, p, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return p;
}

// --- flags and modes -----------------------------------------------------------

const { O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC } = constants;
const kWrite = O_TRUNC | O_CREAT | O_WRONLY;
const kAppend = O_APPEND | O_CREAT | O_WRONLY;
const kAppendRw = O_APPEND | O_CREAT | O_RDWR;
// node's flag strings; each synonym ('xw' for 'wx', 'sa' for 'as') listed.
const kFlags = {
  r: O_RDONLY, rs: O_RDONLY | O_SYNC, sr: O_RDONLY | O_SYNC,
  'r+': O_RDWR, 'rs+': O_RDWR | O_SYNC, 'sr+': O_RDWR | O_SYNC,
  w: kWrite, wx: kWrite | O_EXCL, xw: kWrite | O_EXCL,
  'w+': O_TRUNC | O_CREAT | O_RDWR, 'wx+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'xw+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  a: kAppend, ax: kAppend | O_EXCL, xa: kAppend | O_EXCL, as: kAppend | O_SYNC, sa: kAppend | O_SYNC,
  'a+': kAppendRw, 'ax+': kAppendRw | O_EXCL, 'xa+': kAppendRw | O_EXCL,
  'as+': kAppendRw | O_SYNC, 'sa+': kAppendRw | O_SYNC,
};

/** open(2) flags from node's flag strings (or a number, used as it is). */
function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O_RDONLY;
  if (typeof flags === 'string' && Object.prototype.hasOwnProperty.call(kFlags, flags)) return kFlags[flags];
  throw new ERR_INVALID_ARG_VALUE(name, flags);
}

/** A mode: a uint32 or an octal string; `fallback` when null/undefined. */
function parseFileMode(value, name, fallback) {
  value ??= fallback;
  if (typeof value === 'string') {
    if (!/^[0-7]+$/.test(value)) {
      throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a 32-bit unsigned integer or an octal string');
    }
    value = parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

// --- descriptors, offsets, positions ------------------------------------------

/** A descriptor: an int32 >= 0. */
function getValidatedFd(fd, name = 'fd') {
  if (Object.is(fd, -0)) return 0;
  validateInt32(fd, name, 0);
  return fd;
}

function validateBuffer(buffer, name = 'buffer') {
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

/** The bytes of any ArrayBufferView. */
function bytesOf(view) {
  return view instanceof Uint8Array ? view : new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
  }
}

function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  }
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
}

/** A read position: an integer >= -1 or a bigint in int64 range; as a number. */
function validatePosition(position, name = 'position') {
  if (typeof position === 'number') {
    validateInteger(position, name, -1);
    return position;
  }
  if (typeof position === 'bigint') {
    const max = 2n ** 63n - 1n;
    if (position < -max - 1n || position > max) {
      throw new ERR_OUT_OF_RANGE(name, `>= ${-max - 1n} && <= ${max}`, position);
    }
    return Number(position);
  }
  throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
}

/** A write position: numbers (and bigints) are positions, anything else "here". */
function writePosition(position) {
  if (typeof position === 'bigint') return Number(position);
  return typeof position === 'number' ? position : -1;
}

/** Times for utimes: seconds, a numeric string or a Date, as seconds. */
function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time; // eslint-disable-line eqeqeq
  if (typeof time === 'number') {
    return Number.isFinite(time) && time >= 0 ? time : Date.now() / 1000;
  }
  if (time instanceof Date) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

function validateId(id, name) {
  validateInteger(id, name, -1, 4294967295);
}

// --- options and encodings ------------------------------------------------------

/** Options: a string is the encoding; null/undefined/functions give `defaults`. */
function getOptions(options, defaults = {}) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    options = { ...defaults, encoding: options };
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  } else {
    options = { ...defaults, ...options };
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) require('internal/validators').validateAbortSignal(options.signal, 'options.signal');
  return options;
}

function assertEncoding(encoding) {
  if (encoding && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

/** Bytes from the native side as a Buffer, or a string in `encoding`. */
function decode(bytes, encoding) {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (encoding == null || encoding === 'buffer') return buffer;
  return buffer.toString(encoding);
}

/** A name from the native side (a string) in `encoding` ('buffer' gives a Buffer). */
function encodeName(name, encoding) {
  if (encoding === 'buffer') return Buffer.from(name);
  if (encoding && encoding !== 'utf8' && encoding !== 'utf-8') return Buffer.from(name).toString(encoding);
  return name;
}

/** Data to write: a string (UTF-8 crosses as it is) or bytes. */
function dataArg(data, encoding, name = 'data') {
  if (typeof data === 'string') {
    return encoding && encoding !== 'utf8' && encoding !== 'utf-8' ? Buffer.from(data, encoding) : data;
  }
  if (ArrayBuffer.isView(data)) return bytesOf(data);
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

/** node's check on string data for write(): odd-length hex is refused. */
function validateEncoding(data, encoding) {
  if (encoding === 'hex' && data.length % 2 !== 0) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${data.length}`);
  }
}

function validateBufferArray(buffers, name = 'buffers') {
  if (!Array.isArray(buffers) || !buffers.every((b) => ArrayBuffer.isView(b))) {
    throw new ERR_INVALID_ARG_TYPE(name, 'ArrayBufferView[]', buffers);
  }
  return buffers;
}

function validateCallback(callback) {
  validateFunction(callback, 'cb');
  return callback;
}

// --- errors -------------------------------------------------------------------

const ERR_FS_INVALID_SYMLINK_TYPE = makeNodeError('ERR_FS_INVALID_SYMLINK_TYPE', Error,
  (type) => `Symlink type must be one of "dir", "file", or "junction". Received "${type}"`);

function validateSymlinkType(type) {
  if (type != null && type !== 'dir' && type !== 'file' && type !== 'junction') {
    throw new ERR_FS_INVALID_SYMLINK_TYPE(type);
  }
}

// node's SystemError for errors that wrap a system error code of their
// own (ERR_FS_EISDIR): `info` holds the details; errno, syscall and path
// are accessors over it.
class SystemError extends Error {
  constructor(code, prefix, info) {
    super(`${prefix}: ${info.syscall} returned ${info.code} (${info.message}) ${info.path}`);
    Object.defineProperty(this, 'name', { value: 'SystemError', enumerable: false, writable: true, configurable: true });
    this.code = code;
    Object.defineProperty(this, 'info', { value: info, enumerable: true, configurable: true, writable: false });
    for (const key of ['errno', 'syscall', 'path']) {
      Object.defineProperty(this, key, {
        get() { return info[key]; },
        set(value) { info[key] = value; },
        enumerable: true,
        configurable: true,
      });
    }
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

/** Errors of the native side that node reports as a SystemError. */
function fixError(err) {
  if (err && err.code === 'ERR_FS_EISDIR' && !(err instanceof SystemError)) {
    return new SystemError('ERR_FS_EISDIR', 'Path is a directory', {
      code: 'EISDIR', message: 'is a directory', path: err.path, syscall: 'rm', errno: 21,
    });
  }
  return err;
}

// --- Stats and Dirent ------------------------------------------------------------

const { S_IFMT, S_IFREG, S_IFDIR, S_IFLNK, S_IFIFO, S_IFSOCK, S_IFCHR, S_IFBLK } = constants;

// The type tests Stats share (node's StatsBase).
function StatsBase() {}
const typeTests = {
  isDirectory() { return this._checkModeProperty(S_IFDIR); },
  isFile() { return this._checkModeProperty(S_IFREG); },
  isBlockDevice() { return this._checkModeProperty(S_IFBLK); },
  isCharacterDevice() { return this._checkModeProperty(S_IFCHR); },
  isSymbolicLink() { return this._checkModeProperty(S_IFLNK); },
  isFIFO() { return this._checkModeProperty(S_IFIFO); },
  isSocket() { return this._checkModeProperty(S_IFSOCK); },
};
for (const [name, fn] of Object.entries(typeTests)) {
  Object.defineProperty(StatsBase.prototype, name, { value: fn, writable: true, configurable: true });
}

/** node's fs.Stats: the fields in node's order, then the four dates. */
function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
  atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  this.atime = new Date(atimeMs);
  this.mtime = new Date(mtimeMs);
  this.ctime = new Date(ctimeMs);
  this.birthtime = new Date(birthtimeMs);
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Stats.prototype.isFile = typeTests.isFile;
Stats.prototype._checkModeProperty = function _checkModeProperty(property) {
  return (this.mode & S_IFMT) === property;
};

/** node's BigIntStats (`{ bigint: true }`): bigint fields, and times in ns too. */
function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
  atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
  Object.assign(this, {
    dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
    atimeMs: atimeNs / 1000000n,
    mtimeMs: mtimeNs / 1000000n,
    ctimeMs: ctimeNs / 1000000n,
    birthtimeMs: birthtimeNs / 1000000n,
    atimeNs, mtimeNs, ctimeNs, birthtimeNs,
  });
  this.atime = new Date(Number(this.atimeMs));
  this.mtime = new Date(Number(this.mtimeMs));
  this.ctime = new Date(Number(this.ctimeMs));
  this.birthtime = new Date(Number(this.birthtimeMs));
}
Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
BigIntStats.prototype._checkModeProperty = function _checkModeProperty(property) {
  return (this.mode & BigInt(S_IFMT)) === BigInt(property);
};

/**
 * Stats from the native op's array (undefined stays undefined): 10 fields,
 * 4 times in ms, then the 4 times again as [seconds, nanoseconds].
 */
function makeStats(fields, bigint = false) {
  if (fields === undefined) return undefined;
  if (!bigint) return new Stats(...fields.slice(0, 14));
  const ns = [0, 1, 2, 3].map((i) => BigInt(fields[14 + 2 * i]) * 1000000000n + BigInt(fields[15 + 2 * i]));
  return new BigIntStats(...fields.slice(0, 10).map(BigInt), ...ns);
}

const kType = Symbol('type');

/** node's fs.Dirent: name, parentPath, path and the entry's type. */
class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }
}
const direntTests = {
  isDirectory: constants.UV_DIRENT_DIR,
  isFile: constants.UV_DIRENT_FILE,
  isBlockDevice: constants.UV_DIRENT_BLOCK,
  isCharacterDevice: constants.UV_DIRENT_CHAR,
  isSymbolicLink: constants.UV_DIRENT_LINK,
  isFIFO: constants.UV_DIRENT_FIFO,
  isSocket: constants.UV_DIRENT_SOCKET,
};
for (const [name, type] of Object.entries(direntTests)) {
  Object.defineProperty(Dirent.prototype, name, {
    value() { return this[kType] === type; }, writable: true, configurable: true,
  });
}

module.exports = {
  constants,
  toPath,
  stringToFlags,
  parseFileMode,
  getValidatedFd,
  validateBuffer,
  bytesOf,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
  writePosition,
  toUnixTimestamp,
  validateId,
  getOptions,
  assertEncoding,
  decode,
  encodeName,
  dataArg,
  validateEncoding,
  validateBufferArray,
  validateCallback,
  validateObject,
  validateSymlinkType,
  SystemError,
  fixError,
  Stats,
  BigIntStats,
  makeStats,
  Dirent,
};
