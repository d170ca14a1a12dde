'use strict';
// What the network reactor reports about a socket (routed here by
// internal/net/dispatch.js): connected or not, chunks read, the peer's
// end, read and write errors, finished writes and shutdowns.

const { Buffer } = require('buffer');
const { errnoException, exceptionWithHostPort } = require('internal/errors');
const { isIP } = require('internal/net/ip');
const { kSetNoDelay, kSetKeepAlive, kSetKeepAliveInitialDelay, kReadSlack } = require('internal/net/socket');

function onConnected(handle, remoteAddress, remotePort, family, localAddress, localPort) {
  const socket = handle.owner;
  if (socket === null || socket.destroyed) return;
  if (socket._host !== null && !isIP(socket._host) && remoteAddress !== undefined && !socket._lookedUp) {
    socket.emit('lookup', null, remoteAddress, family === 'IPv6' ? 6 : 4, socket._host);
  }
  handle.setAddresses(remoteAddress, remotePort, family, localAddress, localPort);
  handle.connected();
  socket.connecting = false;
  socket._sockname = null;
  socket._unrefTimer();
  if (socket[kSetNoDelay]) handle.setNoDelay(true);
  if (socket[kSetKeepAlive]) handle.setKeepAlive(true, socket[kSetKeepAliveInitialDelay]);
  socket.emit('connect');
  socket.emit('ready');
  if (socket.readable && !socket.isPaused()) socket.read(0);
}

function onConnectError(handle, errno, syscall, address, port) {
  handle.connected();
  const socket = handle.owner;
  if (socket === null || socket.destroyed) return;
  socket.connecting = false;
  let error;
  if (syscall === 'bind') {
    error = exceptionWithHostPort(-errno, 'bind', address, port);
  } else if (syscall === 'getaddrinfo') {
    error = new Error(`getaddrinfo ENOTFOUND ${address}`);
    error.errno = -errno;
    error.code = 'ENOTFOUND';
    error.syscall = 'getaddrinfo';
    error.hostname = address;
    socket.emit('lookup', error, undefined, undefined, address);
  } else {
    error = exceptionWithHostPort(-errno, 'connect', address, port);
  }
  socket.destroy(error);
}

// Chunks wait on the network reactor: take them all (each one's memory
// becomes its Buffer's).
function onData(handle) {
  let bytes;
  while ((bytes = handle.takeChunk()) !== undefined) {
    handle.bytesRead += bytes.length;
    const socket = handle.owner;
    if (socket === null || socket.destroyed) continue;
    socket._unrefTimer();
    const chunk = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    // A pause usually lasts a tick (a pipe waiting for 'drain'): reading
    // stops once a little more than the high-water mark waits unread, so
    // the network reactor is not stopped and restarted for every chunk.
    if (!socket.push(chunk) && socket.readableLength >= socket.readableHighWaterMark + kReadSlack) {
      handle.reading = false;
      if (!socket.destroyed) handle.readStop();
    }
  }
}

function onEnd(handle) {
  handle.ended();
  const socket = handle.owner;
  if (socket === null || socket.destroyed) return;
  if (!socket._readableState.endEmitted) {
    socket.push(null);
    socket.read(0);
  }
}

function onReadError(handle, errno) {
  const socket = handle.owner;
  if (socket !== null && !socket.destroyed) socket.destroy(errnoException(-errno, 'read'));
}

function onWriteDone(handle, errno) {
  const cb = handle.takeWriteCallback();
  const error = errno === undefined ? undefined : errnoException(-errno, 'write');
  if (cb !== null) {
    const socket = handle.owner;
    if (socket !== null) socket._unrefTimer();
    cb(error);
  } else if (error && handle.owner !== null) {
    handle.owner.destroy(error);
  }
}

function onShutdownDone(handle, errno) {
  const cb = handle.takeShutdownCallback();
  if (cb !== null) cb(errno);
}

module.exports = {
  onConnected,
  onConnectError,
  onData,
  onEnd,
  onReadError,
  onWriteDone,
  onShutdownDone,
};
