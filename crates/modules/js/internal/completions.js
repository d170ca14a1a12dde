'use strict';
// Async ops: each gets an id; the event loop calls `complete(id, ...)`
// when the Rust side finishes it. Also builds node-style errors for ops.

const binding = require('internal/binding');
const { runTicks } = require('internal/process/ticks');

const pending = new Map();
let nextId = 1;

/** Starts `binding.fsCallAsync`-style work; returns a promise of its result. */
function call(start) {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    try {
      start(id);
    } catch (err) {
      pending.delete(id);
      reject(err);
    }
  });
}

/**
 * Starts work whose completion calls `callback(err, value)` directly, as a
 * callback of its own (node's callback APIs): ticks run after it, before
 * promise jobs, unlike a `.then` on the promise form.
 */
function callWithCallback(start, callback) {
  const id = nextId++;
  pending.set(id, { callback });
  try {
    start(id);
  } catch (err) {
    pending.delete(id);
    throw err;
  }
}

function complete(id, err, value) {
  const entry = pending.get(id);
  if (entry === undefined) return;
  pending.delete(id);
  const error = err ? makeError(...err) : null;
  if (entry.callback) {
    if (error) entry.callback(error);
    else entry.callback(null, value);
  } else if (error) {
    entry.reject(error);
  } else {
    entry.resolve(value);
  }
  runTicks();
}

const uvCodes = {
  ENOENT: -2, EACCES: -13, EEXIST: -17, EISDIR: -21, ENOTDIR: -20, ENOTEMPTY: -39, EPERM: -1,
};

function makeError(cls, message, code, props) {
  let err;
  switch (cls) {
    case 'TypeError': err = new TypeError(message); break;
    case 'RangeError': err = new RangeError(message); break;
    default: err = new Error(message);
  }
  if (cls === 'SystemError') {
    // Node's uvException: errno, code, syscall, path as own enumerable props.
    err.errno = props && props.errno !== undefined ? props.errno : uvCodes[code];
    err.code = code;
    for (const key of Object.keys(props || {})) if (key !== 'errno') err[key] = props[key];
    return err;
  }
  if (code !== undefined) {
    err.code = code;
    // Node shows the code in the name part of the stack: "TypeError [CODE]: msg".
    Object.defineProperty(err, 'name', { value: err.name, enumerable: false, writable: true, configurable: true });
  }
  for (const key of Object.keys(props || {})) err[key] = props[key];
  return err;
}

module.exports = { call, callWithCallback, complete, makeError, binding };
