'use strict';
// Calling the native fs ops (crates/modules/src/fs.rs) in node's three
// forms: now (sync), with a callback, or for a promise. Async calls run
// on spindle's I/O pool and complete through the event loop.

const binding = require('internal/binding');
const completions = require('internal/completions');
const { fixError } = require('internal/fs/utils');

/** Runs op `name` now; returns its result or throws node's error. */
function callSync(name, args) {
  try {
    return binding.fsCall(name, ...args);
  } catch (err) {
    throw fixError(err);
  }
}

/** Runs op `name` on the I/O pool; `callback(err, result)` as a callback of its own. */
function callAsync(name, args, callback) {
  completions.callWithCallback((id) => binding.fsCallAsync(id, name, ...args),
    (err, result) => callback(fixError(err), result));
}

/** Runs op `name` on the I/O pool; a promise of its result. */
function callPromise(name, args) {
  return completions.call((id) => binding.fsCallAsync(id, name, ...args))
    .catch((err) => { throw fixError(err); });
}

module.exports = { callSync, callAsync, callPromise, binding };
