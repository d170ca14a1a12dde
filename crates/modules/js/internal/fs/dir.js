'use strict';
// fs.Dir (fs.opendir, fs.opendirSync, fs.promises.opendir): the entries of
// a directory, read when it is opened, handed out one Dirent at a time by
// read()/readSync() or async iteration, until close().

const { makeNodeError } = require('internal/errors');
const { validateFunction } = require('internal/validators');
const { toPath, getOptions, encodeName, Dirent } = require('internal/fs/utils');
const { callSync, callAsync, callPromise } = require('internal/fs/calls');

const ERR_DIR_CLOSED = makeNodeError('ERR_DIR_CLOSED', Error, 'Directory handle was closed');
const kEntries = Symbol('kEntries');
const kClosed = Symbol('kDirClosed');

class Dir {
  constructor(path, entries, options) {
    this[kClosed] = false;
    Object.defineProperty(this, kEntries, {
      value: entries.map(([name, type]) => new Dirent(encodeName(name, options.encoding), type, path)),
    });
    Object.defineProperty(this, '_path', { value: path });
  }

  get path() {
    return this._path;
  }

  // A closed Dir throws here, even when a promise was asked for (as node's).
  read(callback) {
    if (callback === undefined) return Promise.resolve(this.readSync());
    validateFunction(callback, 'callback');
    process.nextTick(callback, null, this.readSync());
    return undefined;
  }

  readSync() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    return this[kEntries].shift() ?? null;
  }

  close(callback) {
    if (callback === undefined) {
      try {
        this.closeSync();
        return Promise.resolve();
      } catch (err) {
        return Promise.reject(err);
      }
    }
    validateFunction(callback, 'callback');
    let err = null;
    try {
      this.closeSync();
    } catch (e) {
      err = e;
    }
    process.nextTick(callback, err);
    return undefined;
  }

  closeSync() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    this[kClosed] = true;
  }

  async* entries() {
    try {
      for (;;) {
        const entry = await this.read();
        if (entry === null) break;
        yield entry;
      }
    } finally {
      if (!this[kClosed]) this.closeSync();
    }
  }

  [Symbol.asyncIterator]() {
    return this.entries();
  }
}

function checkOptions(options) {
  options = getOptions(options, { encoding: 'utf8' });
  if (options.bufferSize !== undefined) {
    require('internal/validators').validateInteger(options.bufferSize, 'options.bufferSize', 1, 4294967295);
  }
  return options;
}

function opendirSync(path, options) {
  path = toPath(path);
  options = checkOptions(options);
  return new Dir(path, callSync('opendir', [path, false]), options);
}

function opendir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  path = toPath(path);
  options = checkOptions(options);
  callAsync('opendir', [path, true], (err, entries) => {
    if (err) callback(err);
    else callback(null, new Dir(path, entries, options));
  });
}

async function opendirPromise(path, options) {
  path = toPath(path);
  options = checkOptions(options);
  return new Dir(path, await callPromise('opendir', [path, true]), options);
}

module.exports = { Dir, opendir, opendirSync, opendirPromise };
