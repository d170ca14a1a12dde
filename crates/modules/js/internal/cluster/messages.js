'use strict';
// The cluster's own messages over a worker's IPC channel. They are objects
// with `cmd: 'NODE_CLUSTER'` (the channel delivers `NODE_*` commands as
// 'internalMessage', never as 'message'), an `act` naming what happens, and
// a `seq` number; an answer carries `ack: seq`, which routes it to the
// callback the sender left for it.

const callbacks = new Map();
let seq = 0;

/** Sends `message` to the other side of `proc`'s channel; false if closed. */
function sendHelper(proc, message, handle, callback) {
  if (!proc.connected) return false;
  message = { cmd: 'NODE_CLUSTER', ...message, seq };
  if (typeof callback === 'function') callbacks.set(seq, callback);
  seq += 1;
  return proc.send(message, handle);
}

/**
 * An 'internalMessage' listener: cluster messages go to `onMessage` (called
 * with `worker` as `this`), answers to the callback waiting for them.
 */
function internal(worker, onMessage) {
  return function onInternalMessage(message, handle) {
    if (message.cmd !== 'NODE_CLUSTER') return;
    let fn = onMessage;
    if (message.ack !== undefined) {
      const callback = callbacks.get(message.ack);
      if (callback !== undefined) {
        fn = callback;
        callbacks.delete(message.ack);
      }
    }
    fn.call(worker, message, handle);
  };
}

module.exports = { sendHelper, internal };
