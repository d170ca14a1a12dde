'use strict';
// The process.nextTick queue and the microtask checkpoint, run after every
// callback from the event loop: all ticks, then all promise jobs, repeated
// until both are empty; then unhandled rejections are processed, as node does.

const binding = require('internal/binding');

let queue = [];
let head = 0;

function nextTick(callback, ...args) {
  if (typeof callback !== 'function') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
  queue.push(args.length ? () => callback(...args) : callback);
}

function hasTicks() {
  return head < queue.length;
}

function runTickQueue() {
  while (head < queue.length) {
    const callback = queue[head];
    queue[head++] = undefined;
    callback();
  }
  queue = [];
  head = 0;
}

// Rejections reported by the engine: a promise rejected with no handler,
// then maybe handled later in the same turn.
const pendingRejections = new Map();
let rejectionSeq = 0;
const warnedLate = new WeakSet();
// Rejections handled after they were reported: 'rejectionHandled' is
// emitted once the microtasks of the turn have run.
let lateHandled = [];

function trackRejection(promise, handled) {
  if (!handled) {
    pendingRejections.set(promise, ++rejectionSeq);
  } else if (pendingRejections.has(promise)) {
    pendingRejections.delete(promise);
  } else if (warnedLate.has(promise)) {
    warnedLate.delete(promise);
    lateHandled.push(promise);
  }
}

function processRejections() {
  if (lateHandled.length) {
    const handled = lateHandled;
    lateHandled = [];
    const process = require('internal/process/object').current();
    for (const promise of handled) process.emit('rejectionHandled', promise);
    return true;
  }
  if (pendingRejections.size === 0) return false;
  const list = [...pendingRejections.keys()];
  pendingRejections.clear();
  const process = require('internal/process/object').current();
  for (const promise of list) {
    const [, reason] = binding.getPromiseState(promise);
    warnedLate.add(promise);
    if (process.listenerCount('unhandledRejection') > 0) {
      process.emit('unhandledRejection', reason, promise);
      continue;
    }
    require('internal/process/fatal').raiseUnhandledRejection(reason, promise);
  }
  return true;
}

/** The checkpoint after every callback. */
function runTicks() {
  do {
    runTickQueue();
    binding.runMicrotasks();
  } while (hasTicks() || processRejections());
}

module.exports = { nextTick, runTicks, trackRejection, hasTicks };
