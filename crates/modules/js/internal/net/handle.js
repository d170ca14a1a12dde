'use strict';
// The handles under net.Socket and net.Server: the JavaScript face of a
// socket or listener owned by the network reactor (see
// crates/modules/src/net/mod.rs). A Socket only talks to its handle, as
// node's does to its libuv wrap, so other kinds of handle (the http
// module's connections) can sit under a Socket too.
//
// A handle's events find it through `handles`; servers are found through
// `servers`.

const binding = require('internal/binding');

// Event kinds (the first argument of `onNet`).
const kinds = {
  CONNECTION: 1,
  CONNECTED: 2,
  CONNECT_ERROR: 3,
  DATA: 4,
  END: 5,
  READ_ERROR: 6,
  WRITE_DONE: 7,
  WRITE_ERROR: 8,
  SHUTDOWN_DONE: 9,
};

const handles = new Map();
const servers = new Map();

// Holds one count of the event loop's ref'd handles while `refed`.
class Refs {
  constructor() {
    this.refed = true;
    binding.refLoop(1);
  }

  ref() {
    if (!this.refed) {
      this.refed = true;
      binding.refLoop(1);
    }
  }

  unref() {
    if (this.refed) {
      this.refed = false;
      binding.refLoop(-1);
    }
  }
}

// A connected (or connecting) stream socket. As a libuv stream, it keeps
// the event loop alive only while it is busy: connecting, reading (until
// the peer's end), or with a write or shutdown under way; and not after
// unref().
class NetHandle {
  constructor(id, pipe) {
    this.id = id;
    this.pipe = pipe;
    this.owner = null;
    // The network reactor starts reading as soon as a socket is open.
    this.reading = true;
    this.eof = false;
    this.connecting = false;
    this.bytesRead = 0;
    this.bytesWritten = 0;
    this.peer = null;
    this.local = null;
    this.writeCallback = null;
    this.shutdownCallback = null;
    this.closing = false;
    this.wantRef = true;
    this.held = false;
    if (id !== 0) handles.set(id, this);
    this.sync();
  }

  // Takes or gives back this handle's hold on the event loop.
  sync() {
    // A client's handle is idle until it starts connecting (id 0).
    const busy = this.id !== 0 && (this.connecting || (this.reading && !this.eof) ||
      this.writeCallback !== null || this.shutdownCallback !== null);
    const hold = busy && this.wantRef && !this.closing;
    if (hold !== this.held) {
      this.held = hold;
      binding.refLoop(hold ? 1 : -1);
    }
  }

  // A client socket gets its id when it starts connecting.
  connect(host, port, localAddress = '', localPort = 0) {
    this.id = this.pipe ? binding.netConnectPath(host) : binding.netConnect(host, port, localAddress, localPort);
    handles.set(this.id, this);
    this.connecting = true;
    this.sync();
  }

  connected() {
    this.connecting = false;
    this.sync();
  }

  // The next chunk read, or undefined.
  takeChunk() {
    return this.closing ? undefined : binding.netRead(this.id);
  }

  readStart() {
    this.reading = true;
    binding.netReading(this.id, true);
    this.sync();
    return 0;
  }

  readStop() {
    this.reading = false;
    binding.netReading(this.id, false);
    this.sync();
    return 0;
  }

  // The peer ended its side: nothing more to read.
  ended() {
    this.eof = true;
    this.sync();
  }

  // 0: all written; 1: the rest is queued and `callback` runs once it is
  // out (WRITE_DONE); < 0: -errno.
  write(data, byteLength, callback) {
    this.bytesWritten += byteLength;
    const result = binding.netWrite(this.id, data);
    if (result === 1) {
      this.writeCallback = callback;
      this.sync();
    }
    return result;
  }

  takeWriteCallback() {
    const callback = this.writeCallback;
    this.writeCallback = null;
    this.sync();
    return callback;
  }

  // Like libuv, the shutdown is made (and reported) when the loop polls
  // next; the callback gets 0 or the errno.
  shutdown(callback) {
    this.shutdownCallback = callback;
    this.sync();
    binding.netShutdown(this.id);
  }

  takeShutdownCallback() {
    const callback = this.shutdownCallback;
    this.shutdownCallback = null;
    this.sync();
    return callback;
  }

  // The socket closes now; the callback runs in a later phase of the
  // loop, as libuv's close callbacks do.
  close(callback, reset = false) {
    if (this.closing) return;
    this.closing = true;
    this.owner = null;
    this.sync();
    binding.netClose(this.id, reset);
    setImmediate(() => {
      handles.delete(this.id);
      if (callback) callback();
    });
  }

  ref() {
    this.wantRef = true;
    this.sync();
  }

  unref() {
    this.wantRef = false;
    this.sync();
  }

  setNoDelay(on) { binding.netNoDelay(this.id, on); }
  setKeepAlive(on, delaySeconds) { binding.netKeepAlive(this.id, on, delaySeconds); }

  getpeername(out) {
    if (this.peer === null || this.pipe) return -107; // ENOTCONN
    Object.assign(out, this.peer);
    return 0;
  }

  getsockname(out) {
    if (this.local === null || this.pipe) return -107;
    Object.assign(out, this.local);
    return 0;
  }

  // The addresses the network reactor reported (TCP only).
  setAddresses(remoteAddress, remotePort, family, localAddress, localPort) {
    if (remoteAddress === undefined) return;
    this.peer = { address: remoteAddress, family, port: remotePort };
    this.local = { address: localAddress, family, port: localPort };
  }
}

// A listening socket.
class ServerHandle {
  constructor(id, address) {
    this.id = id;
    this.address = address;
    this.refs = new Refs();
  }

  getsockname(out) {
    if (this.address === null) return -22; // EINVAL (a Unix socket)
    Object.assign(out, this.address);
    return 0;
  }

  ref() { this.refs.ref(); }
  unref() { this.refs.unref(); }

  close() {
    servers.delete(this.id);
    this.refs.unref();
    binding.netServerClose(this.id);
  }
}

module.exports = { kinds, handles, servers, NetHandle, ServerHandle };
