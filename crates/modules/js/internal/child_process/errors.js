'use strict';
// node's error codes that only child_process uses, made the way
// internal/errors makes every code (same class, message and toString);
// the shared codes are reachable here too, so one `codes` serves both.

const shared = require('internal/errors');

const table = [
  ['ERR_CHILD_PROCESS_IPC_REQUIRED', Error,
    "Forked processes must have an IPC channel, missing value 'ipc' in %s"],
  ['ERR_CHILD_PROCESS_STDIO_MAXBUFFER', RangeError, '%s maxBuffer length exceeded'],
  ['ERR_INVALID_HANDLE_TYPE', TypeError, 'This handle type cannot be sent'],
  ['ERR_INVALID_SYNC_FORK_INPUT', TypeError,
    'Asynchronous forks do not support Buffer, TypedArray, DataView or string input: %s'],
  ['ERR_IPC_CHANNEL_CLOSED', Error, 'Channel closed'],
  ['ERR_IPC_DISCONNECTED', Error, 'IPC channel is already disconnected'],
  ['ERR_IPC_ONE_PIPE', Error, 'Child process can have only one IPC pipe'],
  ['ERR_IPC_SYNC_FORK', Error, 'IPC cannot be used with synchronous forks'],
  ['ERR_UNKNOWN_SIGNAL', TypeError, 'Unknown signal: %s'],
];

const codes = Object.create(shared.codes);
for (const [code, Base, message] of table) {
  codes[code] = shared.codes[code] || shared.makeNodeError(code, Base, message);
}

/**
 * node's genericNodeError: an Error with `message` and these own
 * properties (exec's "Command failed" errors).
 */
function genericNodeError(message, props) {
  const err = new Error(message);
  Object.assign(err, props);
  return err;
}

module.exports = { codes, genericNodeError };
