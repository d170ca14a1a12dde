'use strict';
// node:http — servers and clients over hyper (HTTP/1.1), run on the network
// reactor of the isolate's own thread. The pieces live in internal/http/.

const { validateInteger } = require('internal/validators');
const common = require('internal/http/common');
const { OutgoingMessage } = require('internal/http/outgoing');
const { IncomingMessage } = require('internal/http/incoming');
const { Server, ServerResponse } = require('internal/http/server');
const { Agent, globalAgent, ClientRequest, request, get } = require('internal/http/client');

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

function setMaxIdleHTTPParsers(max) {
  validateInteger(max, 'max', 1);
}

// Accepts connections for a server made elsewhere (node's internal entry).
function connectionListener() {
  throw new (require('internal/errors').codes.ERR_METHOD_NOT_IMPLEMENTED)('_connectionListener');
}

module.exports = {
  _connectionListener: connectionListener,
  METHODS: common.METHODS.slice(),
  STATUS_CODES: common.STATUS_CODES,
  Agent,
  ClientRequest,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  validateHeaderName: common.validateHeaderName,
  validateHeaderValue: common.validateHeaderValue,
  get,
  request,
  setMaxIdleHTTPParsers,
  maxHeaderSize: common.kMaxHeaderSize,
  globalAgent,
};
