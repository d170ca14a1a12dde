'use strict';
// node:net — TCP and Unix stream sockets and servers, run on the network
// reactor of the isolate's own thread. The pieces live in internal/net/.

const { Socket, normalizeArgs } = require('internal/net/socket');
const { Server } = require('internal/net/server');
const { isIP, isIPv4, isIPv6 } = require('internal/net/ip');
const { validateBoolean, validateInt32 } = require('internal/validators');

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

// connect(options[, cb]), connect(path[, cb]), connect(port[, host][, cb]).
function connect(...args) {
  const normalized = normalizeArgs(args);
  const options = normalized[0];
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(normalized);
}

// spindle connects to the first address a name resolves to that answers;
// these settings are kept for programs that read them back.
let autoSelectFamily = true;
let autoSelectFamilyAttemptTimeout = 250;

function getDefaultAutoSelectFamily() { return autoSelectFamily; }

function setDefaultAutoSelectFamily(value) {
  validateBoolean(value, 'value');
  autoSelectFamily = value;
}

function getDefaultAutoSelectFamilyAttemptTimeout() { return autoSelectFamilyAttemptTimeout; }

function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  validateInt32(value, 'value', 1);
  autoSelectFamilyAttemptTimeout = value < 10 ? 10 : value;
}

module.exports = {
  _normalizeArgs: normalizeArgs,
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  Server,
  Socket,
  Stream: Socket,
  getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout,
};
