'use strict';
// Routes the events the network reactor posts (the `onHttp` hook, see
// crates/modules/src/http/mod.rs for their shapes) to the objects they
// concern, then runs the nextTick queue and promise jobs as after any
// other callback from the event loop.

const { runTicks } = require('internal/process/ticks');
const { kinds } = require('internal/http/common');
const server = require('internal/http/server');
const client = require('internal/http/client');
const incoming = require('internal/http/incoming');
const outgoing = require('internal/http/outgoing');

function onEvent(kind, a, b, c, d, e, f, g, h) {
  switch (kind) {
    case kinds.REQUEST: server.onRequest(a, b, c, d, e, f, g, h); break;
    case kinds.BODY: incoming.onBody(a, b); break;
    case kinds.BODY_END: incoming.onBodyEnd(a); break;
    case kinds.BODY_ERROR: incoming.onBodyError(a, b); break;
    case kinds.DRAIN: outgoing.onDrain(a); break;
    case kinds.CONN_OPEN: server.onConnOpen(a, b, c, d, e, f, g); break;
    case kinds.CONN_CLOSE: server.onConnClose(a, b); break;
    case kinds.RESPONSE: client.onResponse(a, b, c, d, e, f, g, h); break;
    case kinds.CLIENT_ERROR: client.onClientError(a, b, c, d, e, f); break;
  }
  runTicks();
}

module.exports = { onEvent };
