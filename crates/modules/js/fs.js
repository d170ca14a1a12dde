'use strict';
// node's `fs`: each operation is one native op (see crates/modules/src/fs.rs)
// exposed in three forms — sync, callback, and promise — from one table.

const binding = require('internal/binding');
const completions = require('internal/completions');

const constants = {
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2, O_CREAT: 64, O_EXCL: 128, O_TRUNC: 512, O_APPEND: 1024,
  S_IFMT: 0o170000, S_IFREG: 0o100000, S_IFDIR: 0o040000, S_IFLNK: 0o120000,
  COPYFILE_EXCL: 1, COPYFILE_FICLONE: 2, COPYFILE_FICLONE_FORCE: 4,
};

function toPath(p, name = 'path') {
  if (typeof p === 'string') {
    if (p.includes('\0')) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_VALUE(name, p, 'must be a string, Uint8Array, or URL without null bytes');
    }
    return p;
  }
  if (p instanceof URL) return require('url').fileURLToPath(p);
  if (p instanceof Uint8Array) return new TextDecoder().decode(p);
  const { codes } = require('internal/errors');
  throw new codes.ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], p);
}

function encodingOf(options) {
  if (typeof options === 'string') return options;
  return options && options.encoding ? options.encoding : null;
}

function toBuffer(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function decode(bytes, encoding) {
  if (encoding === null || encoding === 'buffer') return toBuffer(bytes);
  return toBuffer(bytes).toString(encoding);
}

class Stats {
  constructor(a) {
    [this.dev, this.mode, this.nlink, this.uid, this.gid, this.rdev, this.blksize, this.ino, this.size, this.blocks,
      this.atimeMs, this.mtimeMs, this.ctimeMs, this.birthtimeMs] = a;
    this.atime = new Date(this.atimeMs);
    this.mtime = new Date(this.mtimeMs);
    this.ctime = new Date(this.ctimeMs);
    this.birthtime = new Date(this.birthtimeMs);
  }
  isFile() { return (this.mode & constants.S_IFMT) === constants.S_IFREG; }
  isDirectory() { return (this.mode & constants.S_IFMT) === constants.S_IFDIR; }
  isSymbolicLink() { return (this.mode & constants.S_IFMT) === constants.S_IFLNK; }
  isFIFO() { return (this.mode & constants.S_IFMT) === 0o010000; }
  isSocket() { return (this.mode & constants.S_IFMT) === 0o140000; }
  isCharacterDevice() { return (this.mode & constants.S_IFMT) === 0o020000; }
  isBlockDevice() { return (this.mode & constants.S_IFMT) === 0o060000; }
}

class Dirent {
  constructor(name, type, dir) {
    this.name = name;
    this.parentPath = dir;
    this.path = dir;
    Object.defineProperty(this, '_type', { value: type, enumerable: false });
  }
  isFile() { return this._type === 1; }
  isDirectory() { return this._type === 2; }
  isSymbolicLink() { return this._type === 3; }
  isFIFO() { return false; }
  isSocket() { return false; }
  isCharacterDevice() { return false; }
  isBlockDevice() { return false; }
}

function dataArg(data, encoding) {
  if (typeof data === 'string') {
    return encoding && encoding !== 'utf8' && encoding !== 'utf-8' ? Buffer.from(data, encoding) : data;
  }
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  const { codes } = require('internal/errors');
  throw new codes.ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

// Each operation: how to turn user arguments into op arguments, and how
// to turn the op's result into what node returns.
const OPS = {
  readFile: {
    args: (p, options) => [toPath(p), false],
    result: (bytes, p, options) => decode(bytes, encodingOf(options)),
  },
  writeFile: {
    args: (p, data, options) => [toPath(p), dataArg(data, encodingOf(options)), Boolean(options && options.flag === 'a'),
      options && options.mode !== undefined ? options.mode : 0o666],
  },
  appendFile: {
    op: 'writeFile',
    args: (p, data, options) => [toPath(p), dataArg(data, encodingOf(options)), true, 0o666],
  },
  stat: { args: (p, o) => [toPath(p), false, Boolean(o && o.throwIfNoEntry === false)], result: (a) => (a ? new Stats(a) : undefined) },
  lstat: { op: 'stat', args: (p, o) => [toPath(p), true, Boolean(o && o.throwIfNoEntry === false)], result: (a) => (a ? new Stats(a) : undefined) },
  readdir: {
    args: (p, options) => [toPath(p), Boolean(options && options.withFileTypes)],
    result: (list, p, options) => {
      const dir = toPath(p);
      if (options && options.recursive) return readdirRecursive(dir, options);
      if (options && options.withFileTypes) return list.map(([name, type]) => new Dirent(name, type, dir));
      return list;
    },
  },
  mkdir: {
    args: (p, options) => [toPath(p), Boolean(options && typeof options === 'object' && options.recursive)],
  },
  realpath: { args: (p) => [toPath(p)] },
  unlink: { args: (p) => [toPath(p)] },
  rmdir: { args: (p, options) => (options && options.recursive ? ['rm', toPath(p), true, true] : [toPath(p)]) },
  rm: { args: (p, options) => [toPath(p), Boolean(options && options.recursive), Boolean(options && options.force)] },
  rename: { args: (a, b) => [toPath(a, 'oldPath'), toPath(b, 'newPath')] },
  copyFile: { args: (a, b) => [toPath(a, 'src'), toPath(b, 'dest')] },
  access: { args: (p, mode) => [toPath(p), mode === undefined ? 0 : mode] },
  chmod: { args: (p, mode) => [toPath(p), typeof mode === 'string' ? parseInt(mode, 8) : mode] },
  mkdtemp: { args: (prefix) => [toPath(prefix, 'prefix')] },
};

function readdirRecursive(dir, options) {
  const out = [];
  const walk = (sub) => {
    for (const [name, type] of binding.fsCall('readdir', require('path').join(dir, sub), true)) {
      const rel = sub ? `${sub}/${name}` : name;
      out.push(options.withFileTypes ? new Dirent(name, type, require('path').join(dir, sub)) : rel);
      if (type === 2) walk(rel);
    }
  };
  walk('');
  return out;
}

function opArgs(name, spec, args) {
  const list = spec.args(...args);
  if (list[0] === 'rm') return ['rm', list.slice(1)];
  return [spec.op || name, list];
}

function syncForm(name, spec) {
  return function sync(...args) {
    const [op, list] = opArgs(name, spec, args);
    const out = binding.fsCall(op, ...list);
    return spec.result ? spec.result(out, ...args) : out;
  };
}

function promiseForm(name, spec) {
  return function promised(...args) {
    let op;
    let list;
    try {
      [op, list] = opArgs(name, spec, args);
    } catch (err) {
      return Promise.reject(err);
    }
    return completions.call((id) => binding.fsCallAsync(id, op, ...list))
      .then((out) => (spec.result ? spec.result(out, ...args) : out));
  };
}

function callbackForm(name, spec) {
  return function withCallback(...args) {
    const callback = args.pop();
    if (typeof callback !== 'function') {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('cb', 'Function', callback);
    }
    const [op, list] = opArgs(name, spec, args);
    completions.callWithCallback((id) => binding.fsCallAsync(id, op, ...list), (err, out) => {
      if (err) return callback(err);
      let value;
      try {
        value = spec.result ? spec.result(out, ...args) : out;
      } catch (e) {
        return callback(e);
      }
      return callback(null, value);
    });
  };
}

const fs = { constants, Stats, Dirent, promises: {} };
for (const [name, spec] of Object.entries(OPS)) {
  fs[`${name}Sync`] = syncForm(name, spec);
  fs[name] = callbackForm(name, spec);
  fs.promises[name] = promiseForm(name, spec);
}
fs.promises.constants = constants;

fs.existsSync = function existsSync(p) {
  try {
    return binding.fsCall('kind', toPath(p)) !== 0;
  } catch {
    return false;
  }
};
fs.exists = function exists(p, callback) {
  const result = fs.existsSync(p);
  process.nextTick(callback, result);
};
Object.assign(fs, constants);

module.exports = fs;
