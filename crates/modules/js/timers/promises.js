'use strict';
// node's `timers/promises`: promise-returning setTimeout and setImmediate,
// setInterval as an async iterator, and the experimental `scheduler`.
//
// Built on the callback timers of internal/timers, so ref/unref, ordering
// and TimeoutOverflowWarning behave as for the global functions. Bad
// arguments reject (they never throw synchronously), as in node.

const timers = require('internal/timers');
const { AbortError, codes } = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateNumber,
  validateObject,
} = require('internal/validators');

const { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS } = codes;

const kScheduler = Symbol('kScheduler');

// Checks (delay, options) the way node does and returns { signal, ref }.
// Throws the first problem found.
function checkArguments(delay, options, checkDelay) {
  if (checkDelay && delay !== undefined) validateNumber(delay, 'delay');
  validateObject(options, 'options');
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  if (options.ref !== undefined) validateBoolean(options.ref, 'options.ref');
  const { signal, ref = true } = options;
  return { signal, ref };
}

function abortError(signal) {
  return new AbortError(undefined, { cause: signal?.reason });
}

// The abort listener must run even when an earlier listener stops
// immediate propagation; spindle's EventTarget honours this flag.
function abortListenerOptions(extra) {
  const { kResistStopPropagation } = require('internal/event-target');
  return { ...extra, [kResistStopPropagation]: true };
}

// Runs `start(resolve)` (which creates the timer and returns a function
// that cancels it) and wires the optional signal to reject the promise.
function cancellable(signal, start) {
  let cancel;
  let done = false;
  let onAbort;
  const promise = new Promise((resolve, reject) => {
    cancel = start((value) => {
      done = true;
      resolve(value);
    });
    if (signal) {
      onAbort = () => {
        if (done) return;
        done = true;
        cancel();
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, abortListenerOptions());
    }
  });
  if (onAbort === undefined) return promise;
  return promise.finally(() => signal.removeEventListener('abort', onAbort));
}

function setTimeout(delay, value, options = {}) {
  let signal;
  let ref;
  try {
    ({ signal, ref } = checkArguments(delay, options, true));
  } catch (err) {
    return Promise.reject(err);
  }
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return cancellable(signal, (resolve) => {
    const timer = timers.setTimeout(resolve, delay, value);
    if (!ref) timer.unref();
    return () => timers.clearTimeout(timer);
  });
}

function setImmediate(value, options = {}) {
  let signal;
  let ref;
  try {
    ({ signal, ref } = checkArguments(undefined, options, false));
  } catch (err) {
    return Promise.reject(err);
  }
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return cancellable(signal, (resolve) => {
    const immediate = timers.setImmediate(resolve, value);
    if (!ref) immediate.unref();
    return () => timers.clearImmediate(immediate);
  });
}

// Yields `value` once per tick of an interval timer. Ticks that fire while
// the consumer is busy are not lost: each one yields once. The timer is
// cleared when the loop ends (break, return, throw or abort).
async function* setInterval(delay, value, options = {}) {
  const { signal, ref } = checkArguments(delay, options, true);
  if (signal?.aborted) throw abortError(signal);
  let pending = 0; // ticks not yielded yet
  let wake; // resolves the consumer's wait, if it is waiting
  let interval;
  let onAbort;
  try {
    interval = timers.setInterval(() => {
      pending++;
      if (wake) {
        const w = wake;
        wake = undefined;
        w();
      }
    }, delay);
    if (!ref) interval.unref();
    if (signal) {
      onAbort = () => {
        timers.clearInterval(interval);
        if (wake) {
          const w = wake;
          wake = undefined;
          w(Promise.reject(abortError(signal)));
        }
      };
      signal.addEventListener('abort', onAbort, abortListenerOptions({ once: true }));
    }
    while (!signal?.aborted) {
      if (pending === 0) {
        await new Promise((resolve) => { wake = resolve; });
      }
      for (; pending > 0; pending--) yield value;
    }
    throw abortError(signal);
  } finally {
    timers.clearInterval(interval);
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
}

// The Scheduling APIs draft: scheduler.wait(delay, options) and
// scheduler.yield(). The class cannot be constructed by users.
class Scheduler {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  yield() {
    if (!this[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setImmediate();
  }

  wait(delay, options) {
    if (!this[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setTimeout(delay, undefined, options);
  }
}

const scheduler = Reflect.construct(function makeScheduler() {
  this[kScheduler] = true;
}, [], Scheduler);

module.exports = {
  setTimeout,
  setImmediate,
  setInterval,
  scheduler,
};
