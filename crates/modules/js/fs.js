'use strict';
// node's `fs`. Most operations are one native op (crates/modules/src/fs.rs)
// offered in three forms — sync, callback and promise — from one table;
// read/write and friends are in internal/fs/rw.js, FileHandle in
// internal/fs/promises.js, the streams in internal/fs/streams.js.

const { codes } = require('internal/errors');
const { validateBoolean, validateInteger } = require('internal/validators');
const utils = require('internal/fs/utils');
const { callSync, callAsync, callPromise } = require('internal/fs/calls');

const {
  constants, toPath, stringToFlags, parseFileMode, getValidatedFd, toUnixTimestamp, validateId,
  getOptions, decode, encodeName, dataArg, validateSymlinkType, validateCallback, makeStats,
  Stats, Dirent,
} = utils;

// node takes int32 numbers as descriptors where a path or an fd is allowed.
const isFd = (p) => p === (p | 0);

/** access() and copyFile() modes: a number whose integer part is 0..7. */
function validMode(mode, fallback) {
  if (mode == null) return fallback;
  let err;
  if (typeof mode !== 'number') {
    err = new codes.ERR_INVALID_ARG_TYPE('mode', 'number', mode);
    err.message = 'mode must be int32 or null/undefined';
  } else if ((mode | 0) < 0 || (mode | 0) > 7) {
    err = new codes.ERR_OUT_OF_RANGE('mode', '>= 0 && <= 7', mode);
    err.message = 'mode is out of range: >= 0 && <= 7';
  }
  if (err) throw err;
  return mode | 0;
}

function validatedLength(len) {
  validateInteger(len, 'len');
  return Math.max(0, len);
}

const kSync = Symbol('sync');

// Each operation turns the user's arguments into [op, op arguments, and
// optionally a function making node's result from the op's result]; it is
// called with `this` = kSync in the sync form.
const OPS = {
  open: (path, flags, mode) => ['open', [toPath(path), stringToFlags(flags), parseFileMode(mode, 'mode', 0o666)]],
  close: (fd) => ['close', [getValidatedFd(fd)]],
  readFile(path, options) {
    const { encoding, flag } = getOptions(options, { flag: 'r' });
    const done = (bytes) => decode(bytes, encoding);
    if (isFd(path)) return ['readAll', [getValidatedFd(path)], done];
    return ['readFile', [toPath(path), false, stringToFlags(flag)], done];
  },
  writeFile(path, data, options) {
    options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
    const bytes = dataArg(data, options.encoding);
    if (isFd(path)) return ['writeAll', [path, bytes, -1]];
    return ['writeFile', [toPath(path), bytes, stringToFlags(options.flag), parseFileMode(options.mode, 'mode', 0o666)]];
  },
  appendFile(path, data, options) {
    options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
    return OPS.writeFile(path, data, { ...options, flag: options.flag || 'a' });
  },
  // `throwIfNoEntry: false` only counts in the sync forms.
  stat(path, options) {
    return ['stat', [toPath(path), false, this === kSync && options?.throwIfNoEntry === false], statsMaker(options)];
  },
  lstat(path, options) {
    return ['stat', [toPath(path), true, this === kSync && options?.throwIfNoEntry === false], statsMaker(options)];
  },
  fstat: (fd, options) => ['fstat', [getValidatedFd(fd)], statsMaker(options)],
  readdir(path, options) {
    options = getOptions(options);
    path = toPath(path);
    if (options.recursive) {
      return ['readdir', [path, true], (list) => readdirRecursive(path, list, options)];
    }
    return ['readdir', [path, Boolean(options.withFileTypes)], (list) => direntsOf(path, list, options)];
  },
  mkdir(path, options) {
    let recursive = false;
    let mode = 0o777;
    if (typeof options === 'number' || typeof options === 'string') {
      mode = options;
    } else if (options) {
      if (options.recursive !== undefined) recursive = options.recursive;
      if (options.mode !== undefined) mode = options.mode;
    }
    validateBoolean(recursive, 'options.recursive');
    return ['mkdir', [toPath(path), recursive, parseFileMode(mode, 'mode', 0o777)]];
  },
  realpath(path, options) {
    const { encoding } = getOptions(options);
    return ['realpathWalk', [toPath(path)], (p) => encodeName(p, encoding)];
  },
  unlink: (path) => ['unlink', [toPath(path)]],
  rmdir: (path, options) => (options?.recursive ? ['rm', [toPath(path), true, true]] : ['rmdir', [toPath(path)]]),
  rm(path, options) {
    const { recursive = false, force = false } = options ?? {};
    validateBoolean(recursive, 'options.recursive');
    validateBoolean(force, 'options.force');
    return ['rm', [toPath(path), recursive, force]];
  },
  rename: (from, to) => ['rename', [toPath(from, 'oldPath'), toPath(to, 'newPath')]],
  copyFile: (from, to, mode) => ['copyFile', [toPath(from, 'src'), toPath(to, 'dest'), validMode(mode, 0)]],
  access: (path, mode) => ['access', [toPath(path), validMode(mode, constants.F_OK)]],
  chmod: (path, mode) => ['chmod', [toPath(path), parseFileMode(mode, 'mode')]],
  fchmod: (fd, mode) => ['fchmod', [getValidatedFd(fd), parseFileMode(mode, 'mode')]],
  chown: (path, uid, gid) => ['chown', [toPath(path), ...ids(uid, gid), false]],
  lchown: (path, uid, gid) => ['chown', [toPath(path), ...ids(uid, gid), true]],
  fchown: (fd, uid, gid) => ['fchown', [getValidatedFd(fd), ...ids(uid, gid)]],
  mkdtemp(prefix, options) {
    const { encoding } = getOptions(options);
    return ['mkdtemp', [toPath(prefix, 'prefix')], (p) => encodeName(p, encoding)];
  },
  symlink(target, path, type) {
    validateSymlinkType(type);
    return ['symlink', [toPath(target, 'target'), toPath(path)]];
  },
  link: (from, to) => ['link', [toPath(from, 'existingPath'), toPath(to, 'newPath')]],
  readlink(path, options) {
    const { encoding } = getOptions(options);
    // node names the path 'oldPath' here.
    return ['readlink', [toPath(path, 'oldPath'), encoding === 'buffer'], (p) => encodeName(p, encoding)];
  },
  // node names both times 'time' in these two.
  utimes: (path, atime, mtime) => ['utimes', [toPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime), false]],
  lutimes: (path, atime, mtime) => ['utimes', [toPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime), true]],
  futimes: (fd, atime, mtime) => ['futimes', [getValidatedFd(fd), ...times(atime, mtime)]],
  truncate(path, len = 0) {
    if (isFd(path)) return OPS.ftruncate(path, len);
    return ['truncate', [toPath(path), validatedLength(len)]];
  },
  ftruncate: (fd, len = 0) => ['ftruncate', [getValidatedFd(fd), validatedLength(len)]],
  fsync: (fd) => ['fsync', [getValidatedFd(fd), false]],
  fdatasync: (fd) => ['fsync', [getValidatedFd(fd), true]],
};

function statsMaker(options) {
  const bigint = Boolean(options?.bigint);
  return (fields) => makeStats(fields, bigint);
}

function ids(uid, gid) {
  validateId(uid, 'uid');
  validateId(gid, 'gid');
  return [uid, gid];
}

function times(atime, mtime) {
  return [toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime')];
}

/** readdir's result: names (in the asked encoding) or Dirents. */
function direntsOf(dir, list, options) {
  if (options.withFileTypes) return list.map(([name, type]) => new Dirent(encodeName(name, options.encoding), type, dir));
  return list.map((name) => encodeName(name, options.encoding));
}

// Adds a directory's entries (from the native readdir with types) to
// `out` as recursive readdir reports them; returns the subdirectories to
// walk (without file types, links to directories are followed).
function addEntries(base, dir, list, options, out) {
  const path = require('path');
  const subdirs = [];
  for (const [name, type] of list) {
    const full = path.join(dir, name);
    out.push(options.withFileTypes ? new Dirent(name, type, dir) : path.relative(base, full));
    const isDir = options.withFileTypes ? type === constants.UV_DIRENT_DIR : callSync('kind', [full]) === 2;
    if (isDir) subdirs.push(full);
  }
  return subdirs;
}

// node's recursive readdir (sync and callback forms): breadth first.
function readdirRecursive(base, firstList, options) {
  const out = [];
  const queue = addEntries(base, base, firstList, options, out);
  for (let i = 0; i < queue.length; i++) {
    queue.push(...addEntries(base, queue[i], callSync('readdir', [queue[i], true]), options, out));
  }
  return out;
}

// fs.promises.readdir's recursive walk: a stack, so the last directory
// found is read first (node's order).
async function readdirRecursivePromise(base, options) {
  const out = [];
  const stack = [base];
  while (stack.length > 0) {
    const dir = stack.pop();
    stack.push(...addEntries(base, dir, await callPromise('readdir', [dir, true]), options, out));
  }
  return out;
}

// --- the three forms -----------------------------------------------------------

/** Gives a made function the name node's has (seen in stack traces). */
function named(name, fn) {
  return Object.defineProperty(fn, 'name', { value: name });
}

function syncForm(name, prepare) {
  return named(name, (...args) => {
    const [op, list, done] = prepare.apply(kSync, args);
    const out = callSync(op, list);
    return done ? done(out) : out;
  });
}

// Where node takes the last argument given as the callback (and so names
// it in the error when it is not a function); elsewhere a missing callback
// is reported as undefined.
const kLastIsCallback = new Set(['open', 'close', 'readFile', 'writeFile', 'appendFile']);

function callbackForm(name, prepare) {
  return named(name, (...args) => {
    let callback = args[args.length - 1];
    if (typeof callback === 'function') {
      args.pop();
    } else if (name === 'close' && callback === undefined && args.length <= 2) {
      args.length = 1;
      callback = (err) => { if (err) throw err; };
    } else {
      validateCallback(kLastIsCallback.has(name) && args.length > 1 ? callback : undefined);
    }
    const [op, list, done] = prepare(...args);
    callAsync(op, list, (err, out) => {
      if (err) return callback(err);
      let value;
      try {
        value = done ? done(out) : out;
      } catch (e) {
        return callback(e);
      }
      return callback(null, value);
    });
  });
}

function promiseForm(name, prepare) {
  return named(name, async (...args) => {
    const [op, list, done] = prepare(...args);
    const out = await callPromise(op, list);
    return done ? done(out) : out;
  });
}

const fs = {};
for (const [name, prepare] of Object.entries(OPS)) {
  fs[name] = callbackForm(name, prepare);
  fs[`${name}Sync`] = syncForm(`${name}Sync`, prepare);
}

// Node's native realpath (the promise form uses it too).
const realpathNative = (path, options) => {
  const { encoding } = getOptions(options);
  return ['realpath', [toPath(path)], (p) => encodeName(p, encoding)];
};
fs.realpathSync.native = syncForm('realpathSync', realpathNative);
fs.realpath.native = callbackForm('realpath', realpathNative);

// read/write and friends load on first use (keeping `arguments.length`,
// which their argument shuffles read); [name, node's length, and the names
// util.promisify gives the callback's values].
const { kCustomPromisifyArgs } = require('internal/util/symbols');
for (const [name, length, promised] of [
  ['read', 6, ['bytesRead', 'buffer']], ['readSync', 5], ['readv', 4, ['bytesRead', 'buffers']], ['readvSync', 3],
  ['write', 6, ['bytesWritten', 'buffer']], ['writeSync', 5], ['writev', 4, ['bytesWritten', 'buffer']],
  ['writevSync', 3],
]) {
  fs[name] = {
    [name](...args) {
      return require('internal/fs/rw')[name](...args);
    },
  }[name];
  Object.defineProperty(fs[name], 'length', { value: length });
  if (promised) Object.defineProperty(fs[name], kCustomPromisifyArgs, { value: promised });
}

fs.existsSync = function existsSync(path) {
  try {
    return callSync('kind', [toPath(path)]) !== 0;
  } catch {
    return false;
  }
};

fs.exists = function exists(path, callback) {
  validateCallback(callback);
  try {
    fs.access(path, constants.F_OK, (err) => callback(!err));
  } catch {
    process.nextTick(callback, false);
  }
};
Object.defineProperty(fs.exists, Symbol.for('nodejs.util.promisify.custom'), {
  value: (path) => new Promise((resolve) => fs.exists(path, resolve)),
});

// --- promises ------------------------------------------------------------------

const promises = { constants };
const kPromiseOps = ['access', 'copyFile', 'rename', 'rm', 'rmdir', 'mkdir', 'readlink', 'symlink', 'lstat',
  'stat', 'link', 'unlink', 'chmod', 'lchown', 'chown', 'utimes', 'lutimes', 'mkdtemp', 'writeFile',
  'appendFile', 'readFile'];
for (const name of kPromiseOps) promises[name] = promiseForm(name, OPS[name]);
promises.realpath = promiseForm('realpath', realpathNative);
const readdirFlat = promiseForm('readdir', OPS.readdir);

function filePromises() {
  return require('internal/fs/promises');
}

promises.open = (...args) => filePromises().open(...args);
promises.readdir = async function readdir(path, options) {
  const opts = getOptions(options);
  if (opts.recursive) return readdirRecursivePromise(toPath(path), opts);
  return readdirFlat(path, options);
};
promises.truncate = async function truncate(path, len = 0) {
  const handle = await promises.open(path, 'r+');
  try {
    await handle.truncate(len);
  } finally {
    await handle.close();
  }
};
for (const name of ['readFile', 'writeFile', 'appendFile']) {
  const onPath = promises[name];
  promises[name] = async function promised(path, ...args) {
    const { FileHandle, isChunkSource } = filePromises();
    if (path instanceof FileHandle) return path[name](...args);
    toPath(path); // the promise forms take no descriptors
    if (name !== 'readFile' && isChunkSource(args[0])) {
      const options = getOptions(args[1], { flag: name === 'writeFile' ? 'w' : 'a' });
      const handle = await promises.open(path, options.flag || 'w', options.mode);
      try {
        return await handle.writeFile(...args);
      } finally {
        await handle.close();
      }
    }
    return onPath(path, ...args);
  };
}

// --- directories ---------------------------------------------------------------

function dirs() {
  return require('internal/fs/dir');
}

fs.opendir = (...args) => dirs().opendir(...args);
fs.opendirSync = (...args) => dirs().opendirSync(...args);
promises.opendir = (...args) => dirs().opendirPromise(...args);
Object.defineProperty(fs, 'Dir', { get: () => dirs().Dir, enumerable: true, configurable: true });

// --- streams and the rest ------------------------------------------------------

function streams() {
  return require('internal/fs/streams');
}

fs.createReadStream = (path, options) => new (streams().ReadStream)(path, options);
fs.createWriteStream = (path, options) => new (streams().WriteStream)(path, options);
for (const name of ['ReadStream', 'WriteStream', 'FileReadStream', 'FileWriteStream']) {
  Object.defineProperty(fs, name, {
    get() { return streams()[name.replace('File', '')]; },
    set(value) { Object.defineProperty(fs, name, { value, writable: true, enumerable: true, configurable: true }); },
    enumerable: true,
    configurable: true,
  });
}

fs.Stats = Stats;
fs.Dirent = Dirent;
fs.F_OK = constants.F_OK;
fs.R_OK = constants.R_OK;
fs.W_OK = constants.W_OK;
fs.X_OK = constants.X_OK;
fs.constants = constants;
fs.promises = promises;
fs._toUnixTimestamp = toUnixTimestamp;

module.exports = fs;
