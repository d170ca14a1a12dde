'use strict';
// Routes the events the network reactor posts (the `onNet` hook; their
// shapes are in crates/modules/src/net/mod.rs) to the handles they
// concern, then runs the nextTick queue and promise jobs as after any
// other callback from the event loop.

const { runTicks } = require('internal/process/ticks');
const { kinds, handles } = require('internal/net/handle');
const events = require('internal/net/events');
const server = require('internal/net/server');

function onEvent(kind, id, a, b, c, d, e, f) {
  if (kind === kinds.CONNECTION) {
    server.onConnection(id, a, b, c, d, e, f);
    runTicks();
    return;
  }
  const handle = handles.get(id);
  if (handle === undefined) return;
  switch (kind) {
    case kinds.DATA: events.onData(handle); break;
    case kinds.WRITE_DONE: events.onWriteDone(handle, undefined); break;
    case kinds.END: events.onEnd(handle); break;
    case kinds.CONNECTED: events.onConnected(handle, a, b, c, d, e); break;
    case kinds.CONNECT_ERROR: events.onConnectError(handle, a, b, c, d); break;
    case kinds.READ_ERROR: events.onReadError(handle, a); break;
    case kinds.WRITE_ERROR: events.onWriteDone(handle, a); break;
    case kinds.SHUTDOWN_DONE: events.onShutdownDone(handle, a); break;
  }
  runTicks();
}

module.exports = { onEvent };
