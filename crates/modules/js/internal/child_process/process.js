'use strict';
// ChildProcess: an EventEmitter for one started program, with node's
// fields and event order ('spawn'; 'exit' (or 'error' when it could not
// start); 'close' once it has exited and every stdio pipe and the IPC
// channel are closed). The process itself lives in Rust (cpSpawn); its
// end arrives as an Exit event (see internal/child_process/events).

const EventEmitter = require('events');
const binding = require('internal/binding');
const { errnoException } = require('internal/errors');
const { codes } = require('internal/child_process/errors');
const { validateObject, validateOneOf, validateString, validateArray } = require('internal/validators');
const { nextTick } = require('internal/process/ticks');
const events = require('internal/child_process/events');
const { addRefMethods } = require('internal/child_process/ref');
const { signalName, toSignalNumber } = require('internal/child_process/signals');

const UV_EACCES = -13;
const UV_EAGAIN = -11;
const UV_EINVAL = -22;
const UV_EMFILE = -24;
const UV_ENFILE = -23;
const UV_ENOENT = -2;
const UV_ENOSYS = -38;
const UV_ESRCH = -3;

// Slot codes cpSpawn understands (see crates/modules/src/child_process).
const SLOT_PIPE = -1;
const SLOT_IGNORE = -2;
const SLOT_IPC = -3;

/** The running process behind a ChildProcess (node's Process handle). */
class ProcessHandle {
  constructor() {
    this.id = 0;
    this.pid = undefined;
    this.refed = true;
    this.onexit = null;
  }

  /** Starts it; 0, or the negative errno. Fills `streams` (per slot). */
  spawn(options, slots, extraEnv) {
    const env = options.envPairs === undefined ? undefined : options.envPairs.join('\0');
    const result = binding.cpSpawn(
      options.file, options.args.join('\0'), env, extraEnv.join('\0'),
      options.cwd == null ? undefined : options.cwd, slots.join(','),
      !!options.detached, options.uid == null ? undefined : options.uid,
      options.gid == null ? undefined : options.gid);
    if (typeof result === 'number') return result;
    this.id = result[0];
    this.pid = result[1];
    this.streams = result.slice(2);
    events.register(this.id, this);
    if (this.refed) binding.refLoop(1);
    return 0;
  }

  kill(signal) {
    return this.id === 0 ? UV_ESRCH : binding.cpKill(this.id, signal);
  }

  hasRef() {
    return this.refed && this.id !== 0;
  }

  close() {
    if (this.id !== 0) {
      events.unregister(this.id);
      if (this.refed) binding.refLoop(-1);
      this.id = 0;
    }
  }

  _onExit(code, signal) {
    const name = signal === 0 ? null : (signalName(signal) || null);
    this.onexit(name === null ? code : 0, name);
  }
}
addRefMethods(ProcessHandle);

function ChildProcess() {
  EventEmitter.call(this);
  this._closesNeeded = 1;
  this._closesGot = 0;
  this.connected = false;
  this.signalCode = null;
  this.exitCode = null;
  this.killed = false;
  this.spawnfile = null;
  this._handle = new ProcessHandle();
  this._handle.onexit = (exitCode, signalCode) => onExit(this, exitCode, signalCode);
}
Object.setPrototypeOf(ChildProcess.prototype, EventEmitter.prototype);
Object.setPrototypeOf(ChildProcess, EventEmitter);

function onExit(child, exitCode, signalCode) {
  if (signalCode) child.signalCode = signalCode;
  else child.exitCode = exitCode;
  if (child.stdin) child.stdin.destroy();
  child._handle.close();
  child._handle = null;
  if (exitCode < 0) {
    const err = errnoException(exitCode, child.spawnfile ? `spawn ${child.spawnfile}` : 'spawn');
    if (child.spawnfile) err.path = child.spawnfile;
    err.spawnargs = child.spawnargs.slice(1);
    child.emit('error', err);
  } else {
    child.emit('exit', child.exitCode, child.signalCode);
  }
  // Streams nobody reads are drained so that they end and 'close' can
  // come; a tick later, so a listener added on 'exit' still sees the data.
  nextTick(flushStdio, child);
  maybeClose(child);
}

function flushStdio(child) {
  const stdio = child.stdio;
  if (stdio == null) return;
  for (const stream of stdio) {
    if (stream && stream.readable && typeof stream.resume === 'function') stream.resume();
  }
}

function maybeClose(child) {
  child._closesGot++;
  if (child._closesGot === child._closesNeeded) {
    child.emit('close', child.exitCode, child.signalCode);
  }
}

ChildProcess.prototype.spawn = function spawn(options) {
  validateObject(options, 'options');
  const valid = getValidStdio(options.stdio || 'pipe', false);
  const { ipc, ipcFd } = valid;
  const stdio = options.stdio = valid.stdio;
  validateOneOf(options.serialization, 'options.serialization', [undefined, 'json', 'advanced']);
  const serialization = options.serialization || 'json';
  const extraEnv = [];
  if (ipc !== undefined) {
    extraEnv.push(`NODE_CHANNEL_FD=${ipcFd}`, `NODE_CHANNEL_SERIALIZATION_MODE=${serialization}`);
  }
  validateString(options.file, 'options.file');
  this.spawnfile = options.file;
  if (options.args === undefined) {
    this.spawnargs = [];
  } else {
    validateArray(options.args, 'options.args');
    this.spawnargs = options.args;
  }

  const err = this._handle.spawn(options, stdio.map((s) => s.slot), extraEnv);
  if (err === UV_EACCES || err === UV_EAGAIN || err === UV_EMFILE ||
      err === UV_ENFILE || err === UV_ENOENT) {
    nextTick(() => this._handle.onexit(err));
    if (err === UV_EMFILE || err === UV_ENFILE) return err;
  } else if (err) {
    this._handle = null;
    throw errnoException(err, 'spawn');
  } else {
    nextTick(() => this.emit('spawn'));
  }
  this.pid = this._handle.pid;

  const streams = this._handle.streams || [];
  for (let i = 0; i < stdio.length; i++) {
    const entry = stdio[i];
    if (entry.type === 'ignore') continue;
    if (entry.ipc) {
      this._closesNeeded++;
      entry.handle.attach(streams[i] || 0);
      continue;
    }
    if (entry.type === 'pipe') {
      // (Loaded here: a child without pipes needs no streams.)
      const { Socket } = require('internal/child_process/stdio');
      entry.socket = new Socket(streams[i] || 0, i > 0);
      if (i > 0) {
        this._closesNeeded++;
        entry.socket.on('close', () => maybeClose(this));
      }
    }
  }
  const socketAt = (i) => (stdio.length > i && stdio[i].socket !== undefined ? stdio[i].socket : null);
  this.stdin = socketAt(0);
  this.stdout = socketAt(1);
  this.stderr = socketAt(2);
  this.stdio = stdio.map((s) => (s.socket === undefined ? null : s.socket));
  if (ipc !== undefined) require('internal/child_process/channel').setupChannel(this, ipc, serialization);
  return err;
};

ChildProcess.prototype.kill = function kill(sig) {
  const signal = sig === 0 ? sig : toSignalNumber(sig === undefined ? 'SIGTERM' : sig);
  if (this._handle) {
    const err = this._handle.kill(signal);
    if (err === 0) {
      this.killed = true;
      return true;
    }
    if (err === UV_ESRCH) {
      // Already gone.
    } else if (err === UV_EINVAL || err === UV_ENOSYS) {
      throw errnoException(err, 'kill');
    } else {
      this.emit('error', errnoException(err, 'kill'));
    }
  }
  return false;
};

ChildProcess.prototype.ref = function ref() {
  if (this._handle) this._handle.ref();
};

ChildProcess.prototype.unref = function unref() {
  if (this._handle) this._handle.unref();
};

const kDispose = Symbol.dispose ?? Symbol.for('nodejs.dispose');
ChildProcess.prototype[kDispose] = function dispose() {
  if (!this.killed) this.kill();
};

function stdioStringToArray(stdio, channel) {
  const options = [];
  switch (stdio) {
    case 'ignore':
    case 'overlapped':
    case 'pipe': options.push(stdio, stdio, stdio); break;
    case 'inherit': options.push(0, 1, 2); break;
    default: throw new codes.ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  if (channel) options.push(channel);
  return options;
}

/**
 * node's getValidStdio: each entry becomes `{ type, slot, … }` where
 * `slot` is the code cpSpawn takes; 'ipc' entries carry the channel.
 */
function getValidStdio(stdio, sync) {
  let ipc;
  let ipcFd;
  if (typeof stdio === 'string') stdio = stdioStringToArray(stdio);
  else if (!Array.isArray(stdio)) throw new codes.ERR_INVALID_ARG_VALUE('stdio', stdio);
  stdio = stdio.slice();
  while (stdio.length < 3) stdio.push(undefined);
  const result = stdio.map((entry, i) => {
    if (entry == null) entry = i < 3 ? 'pipe' : 'ignore';
    if (entry === 'ignore') return { type: 'ignore', slot: SLOT_IGNORE };
    if (entry === 'pipe' || entry === 'overlapped' || (typeof entry === 'number' && entry < 0)) {
      return { type: 'pipe', slot: SLOT_PIPE, readable: i === 0, writable: i !== 0 };
    }
    if (entry === 'ipc') {
      if (sync || ipc !== undefined) {
        throw sync ? new codes.ERR_IPC_SYNC_FORK() : new codes.ERR_IPC_ONE_PIPE();
      }
      ipc = require('internal/child_process/channel').newChannel(true);
      ipcFd = i;
      return { type: 'pipe', slot: SLOT_IPC, handle: ipc, ipc: true };
    }
    if (entry === 'inherit') return { type: 'inherit', slot: i, fd: i };
    if (typeof entry === 'number' || (entry !== null && typeof entry === 'object' && typeof entry.fd === 'number')) {
      const fd = typeof entry === 'number' ? entry : entry.fd;
      return { type: 'fd', slot: fd, fd };
    }
    if (ArrayBuffer.isView(entry) || typeof entry === 'string') {
      if (!sync) {
        const { inspect } = require('internal/inspect');
        throw new codes.ERR_INVALID_SYNC_FORK_INPUT(inspect(entry));
      }
      return { type: 'pipe', slot: SLOT_PIPE, readable: i === 0, writable: i !== 0 };
    }
    throw new codes.ERR_INVALID_ARG_VALUE('stdio', entry);
  });
  return { stdio: result, ipc, ipcFd };
}

module.exports = { ChildProcess, getValidStdio, stdioStringToArray };
