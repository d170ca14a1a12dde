'use strict';
// Installs node's globals. Most are lazy: defined as getters that load
// their module on first use, so an isolate that never touches them never
// pays for them.

const binding = require('internal/binding');

// The value of lazy global `name`, made on its first use.
function loadGlobal(name) {
  switch (name) {
    case 'structuredClone': return require('internal/worker/ports').structuredClone;
    case 'atob': return require('internal/encoding').atob;
    case 'btoa': return require('internal/encoding').btoa;
    case 'performance': return require('internal/performance').performance;
    case 'crypto': return require('internal/crypto/webcrypto').getCrypto();
    case 'console': return require('internal/console').createConsole();
    case 'Buffer': return require('buffer').Buffer;
    case 'TextEncoder': return require('internal/encoding').TextEncoder;
    case 'TextDecoder': return require('internal/encoding').TextDecoder;
    case 'URL': return require('internal/url').URL;
    case 'URLSearchParams': return require('internal/url').URLSearchParams;
    case 'DOMException': return require('internal/dom-exception').DOMException;
    case 'MessageChannel':
    case 'MessagePort':
    case 'MessageEvent':
      return require('internal/worker/ports')[name];
    case 'BroadcastChannel': return require('internal/worker/broadcast').BroadcastChannel;
    default: // Event, EventTarget, CustomEvent, AbortController, AbortSignal
      return require('internal/event-target')[name];
  }
}

// Lazy globals, made on first read (a native accessor pair until then).
// Those node lists in Object.keys(globalThis) are enumerable, in node's
// order after the timers; the rest are not.
const kEnumerableLazyGlobals = ['structuredClone', 'atob', 'btoa', 'performance', 'crypto'];
const kLazyGlobals = [
  'console', 'Buffer', 'TextEncoder', 'TextDecoder', 'URL', 'URLSearchParams', 'DOMException',
  'MessageChannel', 'MessagePort', 'MessageEvent', 'BroadcastChannel',
  'Event', 'EventTarget', 'CustomEvent', 'AbortController', 'AbortSignal',
];

function defineValue(name, value) {
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
}

// Atomics.wait spins briefly (a few microseconds) before it sleeps: a
// partner thread that answers quickly then costs no sleep and wake-up of
// the OS thread (round trips fall from ~45 to ~7 microseconds here). This
// keeps the semantics: a value seen changed while spinning is a wait that
// began just after the change ("not-equal"), and a notify sent while
// spinning found no waiter yet.
function installSpinningWait() {
  const sleepWait = Atomics.wait;
  const SPINS = 4000;
  Atomics.wait = function wait(typedArray, index, value, timeout) {
    if (Number.isInteger(index) && index >= 0) {
      if (typedArray instanceof Int32Array && index < typedArray.length) {
        const expected = value | 0;
        for (let i = 0; i < SPINS; i++) if (Atomics.load(typedArray, index) !== expected) return 'not-equal';
      } else if (typedArray instanceof BigInt64Array && index < typedArray.length && typeof value === 'bigint') {
        const expected = BigInt.asIntN(64, value);
        for (let i = 0; i < SPINS; i++) if (Atomics.load(typedArray, index) !== expected) return 'not-equal';
      }
    }
    return sleepWait(typedArray, index, value, timeout);
  };
}

// Counts the Atomics.waitAsync promises still pending: another thread
// settles them. One left pending when a worker's loop runs out of work
// (node does not wait for them) could still be settled later; such a
// worker's isolate is then not handed to the next worker (see
// process/fatal's exitNaturally). WebAssembly's async compiles, also
// finished on other threads, are checked by the runtime itself: wrapping
// them here would make the engine build the whole WebAssembly object in
// every isolate.
let pendingOffThread = 0;
function countPendingWaitAsync() {
  const engineWaitAsync = Atomics.waitAsync;
  if (typeof engineWaitAsync !== 'function') return;
  // The runtime hears of the first and the last (a worker stopped while
  // one is pending cannot hand its isolate on).
  const settled = () => {
    if (--pendingOffThread === 0) binding.setOffThreadPending(false);
  };
  Atomics.waitAsync = function waitAsync(typedArray, index, value, timeout) {
    const result = Reflect.apply(engineWaitAsync, Atomics, arguments);
    if (result.async) {
      if (pendingOffThread++ === 0) binding.setOffThreadPending(true);
      result.value.then(settled, settled);
    }
    return result;
  };
}

// SpiderMonkey reports running out of stack (and other resource limits) as
// an InternalError; V8, and so node code, expects a RangeError. Make those
// errors RangeErrors by class and name.
function adoptInternalError() {
  const InternalError = globalThis.InternalError;
  if (typeof InternalError !== 'function') return;
  Object.setPrototypeOf(InternalError.prototype, RangeError.prototype);
  Object.setPrototypeOf(InternalError, RangeError);
  Object.defineProperty(InternalError.prototype, 'name', {
    value: 'RangeError', writable: true, enumerable: false, configurable: true,
  });
  Object.defineProperty(InternalError, 'name', { value: 'RangeError', configurable: true });
  delete globalThis.InternalError;
}

function install(process) {
  installSpinningWait();
  countPendingWaitAsync();
  adoptInternalError();
  // Plain (enumerable) properties, in node's order: Object.keys(globalThis)
  // lists them as node's does.
  const timers = require('internal/timers');
  globalThis.global = globalThis;
  globalThis.clearImmediate = timers.clearImmediate;
  globalThis.setImmediate = timers.setImmediate;
  globalThis.clearInterval = timers.clearInterval;
  globalThis.clearTimeout = timers.clearTimeout;
  globalThis.setInterval = timers.setInterval;
  globalThis.setTimeout = timers.setTimeout;
  globalThis.queueMicrotask = function queueMicrotask(callback) {
    if (typeof callback !== 'function') {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    }
    Promise.resolve().then(() => {
      try {
        callback();
      } catch (err) {
        require('internal/process/fatal').handleUncaught(err, 'uncaughtException');
      }
    });
  };
  for (const name of kEnumerableLazyGlobals) binding.defineLazy(globalThis, name, loadGlobal, true);
  defineValue('process', process);
  for (const name of kLazyGlobals) binding.defineLazy(globalThis, name, loadGlobal, false);
}

/** `--expose-gc`: a global gc() that runs a full collection now. */
function exposeGc() {
  defineValue('gc', function gc() { binding.collectGarbage(); });
}

module.exports = { install, exposeGc, offThreadPending: () => pendingOffThread > 0 };
