'use strict';
// The IPC channel between a parent and a child it forked: `child.send` /
// `child.on('message')` on one side, `process.send` /
// `process.on('message')` on the other, with node's ordering, queueing and
// disconnect rules. The channel is a local stream socket (the child's
// descriptor is named by NODE_CHANNEL_FD); the message formats are in
// internal/child_process/serialization.

const EventEmitter = require('events');
const binding = require('internal/binding');
const { errnoException } = require('internal/errors');
const { codes } = require('internal/child_process/errors');
const { validateObject } = require('internal/validators');
const { nextTick } = require('internal/process/ticks');
const events = require('internal/child_process/events');
const { addRefMethods } = require('internal/child_process/ref');
const formats = require('internal/child_process/serialization');

const kPendingMessages = Symbol('kPendingMessages');
const kChannelHandle = Symbol('kChannelHandle');

/** The channel's socket (node's IPC Pipe handle). */
class Channel {
  constructor(refed) {
    this.id = 0;
    this.refed = refed;
    this.onread = null;
    this.buffering = false;
    this.sockets = { got: {}, send: {} };
    this.pendingHandle = null;
    this.callbacks = new Map();
  }

  /** Takes over Rust stream `id` (0: the spawn failed). */
  attach(id) {
    this.id = id;
    if (id === 0) return;
    events.register(id, this);
    if (this.refed) binding.refLoop(1);
  }

  get fd() {
    return this.id === 0 ? undefined : -1;
  }

  get writeQueueSize() {
    return this.callbacks.size === 0 ? 0 : binding.cpQueued(this.id);
  }

  readStart() {}

  close() {
    const id = this.id;
    if (id === 0) return;
    events.unregister(id);
    binding.cpClose(id);
    if (this.refed) binding.refLoop(-1);
    this.id = 0;
  }

  /** Writes one framed message: 0 done, `n > 0` pending, or an errno. */
  write(data, callback) {
    if (this.id === 0) return -9;
    const result = binding.cpWrite(this.id, data);
    if (result > 0) this.callbacks.set(result, callback);
    return result;
  }

  _onData(bytes) {
    if (this.onread !== null) this.onread(bytes);
  }

  _onEnd() {
    if (this.onread !== null) this.onread(null);
  }

  _onWriteDone(req, errno) {
    const callback = this.callbacks.get(req);
    this.callbacks.delete(req);
    if (callback !== undefined) callback(errno);
  }
}
addRefMethods(Channel);

function newChannel(refed) {
  return new Channel(refed);
}

// --- the target side (a ChildProcess, or `process` in the child) -------------

/** Keeps the channel ref'd while listeners or writes need it (node's Control). */
class Control extends EventEmitter {
  #channel;
  #refs = 0;
  #refExplicitlySet = false;

  constructor(channel) {
    super();
    this.#channel = channel;
    this[kPendingMessages] = [];
  }

  refCounted() {
    if (++this.#refs === 1 && !this.#refExplicitlySet) this.#channel.ref();
  }

  unrefCounted() {
    if (--this.#refs === 0 && !this.#refExplicitlySet) {
      this.#channel.unref();
      this.emit('unref');
    }
  }

  ref() {
    this.#refExplicitlySet = true;
    this.#channel.ref();
  }

  unref() {
    this.#refExplicitlySet = true;
    this.#channel.unref();
  }

  get fd() {
    return this.#channel ? this.#channel.fd : undefined;
  }
}

function isInternal(message) {
  return message !== null && typeof message === 'object' &&
    typeof message.cmd === 'string' && message.cmd.length > 5 &&
    message.cmd.startsWith('NODE_');
}

function setupChannel(target, channel, serializationMode) {
  const control = new Control(channel);
  target.channel = control;
  target[kChannelHandle] = channel;
  Object.defineProperty(target, '_channel', {
    get() { return target.channel; },
    set(value) { target.channel = value; },
    configurable: true,
    enumerable: false,
  });
  target._handleQueue = null;
  target._pendingMessage = null;

  const format = formats[serializationMode === 'advanced' ? 'advanced' : 'json'];
  format.init(channel);

  channel.onread = (bytes) => {
    if (bytes !== null) {
      for (const message of format.parse(channel, bytes)) {
        handleMessage(message, isInternal(message));
      }
      return;
    }
    channel.buffering = false;
    target.disconnect();
    channel.onread = null;
    channel.close();
    target.channel = null;
    if (typeof target._closesNeeded === 'number') {
      target._closesGot++;
      if (target._closesGot === target._closesNeeded) {
        target.emit('close', target.exitCode, target.signalCode);
      }
    }
  };

  // Messages that came before any 'message' listener wait for one.
  target.on('newListener', () => {
    nextTick(() => {
      if (!target.channel || !target.listenerCount('message')) return;
      const waiting = target.channel[kPendingMessages];
      if (waiting.length === 0) return;
      target.channel[kPendingMessages] = [];
      for (const args of waiting) target.emit(...args);
    });
  });

  target.send = function send(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined) {
      validateObject(options, 'options');
    }
    options = { swallowErrors: false, ...options };
    if (this.connected) return this._send(message, handle, options, callback);
    const ex = new codes.ERR_IPC_CHANNEL_CLOSED();
    if (typeof callback === 'function') nextTick(callback, ex);
    else nextTick(() => this.emit('error', ex));
    return false;
  };

  target._send = function _send(message, handle, options, callback) {
    if (message === undefined) throw new codes.ERR_MISSING_ARGS('message');
    const type = typeof message;
    if (type !== 'string' && type !== 'object' && type !== 'number' && type !== 'boolean') {
      throw new codes.ERR_INVALID_ARG_TYPE('message', ['string', 'object', 'number', 'boolean'], message);
    }
    if (typeof options === 'boolean') options = { swallowErrors: options };
    if (handle) throw new codes.ERR_INVALID_HANDLE_TYPE();
    const result = channel.write(format.encode(message), (errno) => {
      control.unrefCounted();
      if (typeof callback === 'function') callback(errno < 0 ? errnoException(errno, 'write') : null);
    });
    if (result > 0) {
      control.refCounted();
    } else if (result === 0) {
      if (typeof callback === 'function') nextTick(callback, null);
    } else if (!options.swallowErrors) {
      const ex = errnoException(result, 'write');
      if (typeof callback === 'function') nextTick(callback, ex);
      else nextTick(() => this.emit('error', ex));
    }
    // As node: the other side is more than two reads behind, stop sending.
    return channel.writeQueueSize < 65536 * 2;
  };

  target.connected = true;

  target.disconnect = function disconnect() {
    if (!this.connected) {
      this.emit('error', new codes.ERR_IPC_DISCONNECTED());
      return;
    }
    this.connected = false;
    if (!this._handleQueue) this._disconnect();
  };

  target._disconnect = function _disconnect() {
    this.channel = null;
    this[kChannelHandle] = null;
    let fired = false;
    const finish = () => {
      if (fired) return;
      fired = true;
      channel.close();
      target.emit('disconnect');
    };
    // A message half read finishes first.
    if (channel.buffering) {
      this.once('message', finish);
      this.once('internalMessage', finish);
      return;
    }
    nextTick(finish);
  };

  function emit(event, message, handle) {
    if (event === 'internalMessage' || target.listenerCount('message')) {
      target.emit(event, message, handle);
      return;
    }
    target.channel[kPendingMessages].push([event, message, handle]);
  }

  function handleMessage(message, internal) {
    if (!target.channel) return;
    nextTick(emit, internal ? 'internalMessage' : 'message', message, undefined);
  }

  return control;
}

/**
 * In a process started by fork(): opens the channel named by
 * NODE_CHANNEL_FD and gives `process` send/disconnect/channel/connected.
 * The channel keeps the process alive only while it has 'message' or
 * 'disconnect' listeners (or a write is pending), as in node.
 */
function setupChild() {
  const env = process.env;
  const fd = Number.parseInt(env.NODE_CHANNEL_FD, 10);
  delete env.NODE_CHANNEL_FD;
  const mode = env.NODE_CHANNEL_SERIALIZATION_MODE || 'json';
  delete env.NODE_CHANNEL_SERIALIZATION_MODE;
  if (fd >= 0) forkChild(fd, mode);
}

/** Makes `process` the end of the IPC channel on descriptor `fd`. */
function forkChild(fd, mode) {
  const channel = newChannel(false);
  const id = binding.cpIpcOpen(fd);
  if (id < 0) return;
  channel.attach(id);
  const control = setupChannel(process, channel, mode);
  process.on('newListener', (name) => {
    if (name === 'message' || name === 'disconnect') control.refCounted();
  });
  process.on('removeListener', (name) => {
    if (name === 'message' || name === 'disconnect') control.unrefCounted();
  });
}

module.exports = { newChannel, setupChannel, setupChild, forkChild, kChannelHandle };
