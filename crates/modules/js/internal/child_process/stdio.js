'use strict';
// The parent's ends of a child's pipes: `child.stdin` (written) and
// `child.stdout`/`child.stderr` (read), as Duplex streams with the side
// they do not have switched off, the way node's pipe sockets behave.
//
// Reading: the Rust side reads on a thread and posts each chunk (the
// `onChild` hook, routed here by stream id); when push() says the buffer is
// full, reading pauses there until _read() asks for more.
// Writing: cpWrite writes at once when the pipe has room (the callback runs
// now); otherwise the write finishes on a writer thread, whose WriteDone
// event calls the callback.

const { Duplex } = require('stream');
const binding = require('internal/binding');
const { errnoException } = require('internal/errors');
const events = require('internal/child_process/events');

const kId = Symbol('kId');
const kFlowing = Symbol('kFlowing');
const kPending = Symbol('kPending');
const kRefed = Symbol('kRefed');
const kHadPipe = Symbol('kHadPipe');

let Buffer = null;

function toBuffer(bytes) {
  Buffer ??= require('buffer').Buffer;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

class Socket extends Duplex {
  /**
   * `id` is the Rust stream (0: none, as after a failed spawn); `readable`
   * picks the side this pipe has.
   */
  constructor(id, readable) {
    super({ readable, writable: !readable, allowHalfOpen: false, autoDestroy: readable });
    this[kId] = id;
    this[kFlowing] = true;
    this[kPending] = new Map();
    this[kRefed] = false;
    this[kHadPipe] = id !== 0;
    if (id !== 0) {
      events.register(id, this);
      if (readable) this._refLoop(true);
    } else if (readable) {
      // No process at the other end: the pipe ends at once.
      this.push(null);
    }
  }

  get _handle() {
    return this[kId] === 0 ? null : { fd: -1 };
  }

  _refLoop(on) {
    if (on !== this[kRefed]) {
      this[kRefed] = on;
      binding.refLoop(on ? 1 : -1);
    }
  }

  _read() {
    if (!this[kFlowing] && this[kId] !== 0) {
      this[kFlowing] = true;
      binding.cpFlow(this[kId], true);
    }
  }

  _onData(bytes) {
    if (!this.push(toBuffer(bytes)) && this[kId] !== 0) {
      this[kFlowing] = false;
      binding.cpFlow(this[kId], false);
    }
  }

  _onEnd(errno) {
    this._release();
    if (errno < 0) this.destroy(errnoException(errno, 'read'));
    else this.push(null);
  }

  _write(chunk, encoding, callback) {
    if (this[kId] === 0) {
      callback(errnoException(-32, 'write'));
      return;
    }
    const result = binding.cpWrite(this[kId], chunk);
    if (result === 0) {
      callback();
    } else if (result > 0) {
      if (this[kPending].size === 0) this._refLoop(true);
      this[kPending].set(result, callback);
    } else {
      callback(errnoException(result, 'write'));
    }
  }

  _onWriteDone(req, errno) {
    const callback = this[kPending].get(req);
    if (callback === undefined) return;
    this[kPending].delete(req);
    if (this[kPending].size === 0) this._refLoop(false);
    callback(errno < 0 ? errnoException(errno, 'write') : undefined);
  }

  _final(callback) {
    this._release();
    callback();
  }

  _destroy(err, callback) {
    // As a node pipe: 'close' waits for the handle to close, a turn of
    // the loop later (after the child's 'exit' that came with the end).
    const hadPipe = this[kHadPipe];
    this._release();
    if (hadPipe) setImmediate(callback, err);
    else callback(err);
  }

  // Closes the Rust side (stops reading; closes once writes are done).
  _release() {
    const id = this[kId];
    if (id === 0) return;
    this[kId] = 0;
    events.unregister(id);
    binding.cpClose(id);
    this._refLoop(false);
  }

  ref() { return this; }
  unref() { return this; }
  setNoDelay() { return this; }
  setKeepAlive() { return this; }
}

module.exports = { Socket, toBuffer };
