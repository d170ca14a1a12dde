'use strict';
// The statics of node:events that wait for events (once, on) and the
// rarely used ones, made on the first read of any (see events.js), from
// the internals of events.js it passes in.

const codes = require('internal/error-codes');
const {
  validateAbortSignal,
  validateFunction,
  validateInteger,
  validateString,
} = require('internal/validators');

function abortError(signal) {
  const { AbortError } = require('internal/errors');
  return new AbortError(undefined, { cause: signal?.reason });
}

function disposeSymbol() {
  return Symbol.dispose ?? Symbol.for('nodejs.dispose');
}

module.exports = function makeStatics({
  EventEmitter, eventTargetInternals, getMaxListenersOf, kMaxEventTargetListeners,
}) {
  // Listens on an EventEmitter or an EventTarget.
  function addAgnosticListener(emitter, name, listener, flags) {
    if (typeof emitter.on === 'function') {
      if (flags?.once) emitter.once(name, listener);
      else emitter.on(name, listener);
    } else if (typeof emitter.addEventListener === 'function') {
      emitter.addEventListener(name, listener, flags);
    } else {
      throw new codes.ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
    }
  }

  function removeAgnosticListener(emitter, name, listener, flags) {
    if (typeof emitter.removeListener === 'function') {
      emitter.removeListener(name, listener);
    } else if (typeof emitter.removeEventListener === 'function') {
      emitter.removeEventListener(name, listener, flags);
    } else {
      throw new codes.ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
    }
  }

  function resistingOnce() {
    return { __proto__: null, once: true, [eventTargetInternals().kResistStopPropagation]: true };
  }

  // Resolves with the arguments of the next `name` event (an array), rejects
  // on 'error' (EventEmitters only) or when the signal aborts.
  async function once(emitter, name, options = {}) {
    const signal = options?.signal;
    validateAbortSignal(signal, 'options.signal');
    if (signal?.aborted) throw abortError(signal);
    return new Promise((resolve, reject) => {
      const errorListener = (err) => {
        emitter.removeListener(name, resolver);
        if (signal != null) removeAgnosticListener(signal, 'abort', abortListener);
        reject(err);
      };
      const resolver = (...args) => {
        if (typeof emitter.removeListener === 'function') {
          emitter.removeListener('error', errorListener);
        }
        if (signal != null) removeAgnosticListener(signal, 'abort', abortListener);
        resolve(args);
      };
      addAgnosticListener(emitter, name, resolver, resistingOnce());
      // EventTargets have no 'error' semantics: only EventEmitters are watched.
      if (name !== 'error' && typeof emitter.once === 'function') {
        emitter.once('error', errorListener);
      }
      function abortListener() {
        removeAgnosticListener(emitter, name, resolver);
        removeAgnosticListener(emitter, 'error', errorListener);
        reject(abortError(signal));
      }
      if (signal != null) addAgnosticListener(signal, 'abort', abortListener, resistingOnce());
    });
  }

  // A small FIFO queue for on().
  class Queue {
    #items = [];
    #head = 0;

    get size() {
      return this.#items.length - this.#head;
    }

    push(item) {
      this.#items.push(item);
    }

    shift() {
      const item = this.#items[this.#head];
      this.#items[this.#head++] = undefined;
      if (this.#head === this.#items.length) {
        this.#items = [];
        this.#head = 0;
      }
      return item;
    }
  }

  function asyncIteratorPrototype() {
    return Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);
  }

  // An async iterator over `event` emissions, each an array of arguments.
  // Events that arrive before next() is called are queued; with a
  // highWaterMark the emitter is paused (emitter.pause()) while the queue is
  // full and resumed when it drains below lowWaterMark.
  function on(emitter, event, options = {}) {
    const signal = options?.signal;
    validateAbortSignal(signal, 'options.signal');
    if (signal?.aborted) throw abortError(signal);
    const highWaterMark = options?.highWaterMark ?? options?.highWatermark ?? Number.MAX_SAFE_INTEGER;
    validateInteger(highWaterMark, 'options.highWaterMark', 1);
    const lowWaterMark = options?.lowWaterMark ?? options?.lowWatermark ?? 1;
    validateInteger(lowWaterMark, 'options.lowWaterMark', 1);

    const unconsumedEvents = new Queue();
    const unconsumedPromises = new Queue();
    const cleanups = [];
    let paused = false;
    let error = null;
    let finished = false;

    const done = () => ({ value: undefined, done: true });

    const iterator = Object.setPrototypeOf({
      next() {
        if (unconsumedEvents.size > 0) {
          const value = unconsumedEvents.shift();
          if (paused && unconsumedEvents.size < lowWaterMark) {
            emitter.resume();
            paused = false;
          }
          return Promise.resolve({ value, done: false });
        }
        if (error) {
          const rejected = Promise.reject(error);
          error = null;
          return rejected;
        }
        if (finished) return closeHandler();
        return new Promise((resolve, reject) => unconsumedPromises.push({ resolve, reject }));
      },

      return() {
        return closeHandler();
      },

      throw(err) {
        if (!err || !(err instanceof Error)) {
          throw new codes.ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
        }
        errorHandler(err);
      },

      [Symbol.asyncIterator]() {
        return this;
      },
    }, asyncIteratorPrototype());

    listen(event, (...args) => eventHandler(args));
    if (event !== 'error' && typeof emitter.on === 'function') listen('error', errorHandler);
    const closeEvents = options?.close;
    if (closeEvents?.length) {
      for (const name of closeEvents) listen(name, closeHandler);
    }
    const abortDisposable = signal ?
      addAbortListener(signal, () => errorHandler(abortError(signal))) :
      null;
    return iterator;

    function listen(name, listener) {
      addAgnosticListener(emitter, name, listener);
      cleanups.push(() => removeAgnosticListener(emitter, name, listener));
    }

    function eventHandler(value) {
      if (unconsumedPromises.size > 0) {
        unconsumedPromises.shift().resolve({ value, done: false });
        return;
      }
      unconsumedEvents.push(value);
      if (!paused && unconsumedEvents.size > highWaterMark) {
        paused = true;
        emitter.pause();
      }
    }

    function errorHandler(err) {
      if (unconsumedPromises.size > 0) unconsumedPromises.shift().reject(err);
      else error = err;
      closeHandler();
    }

    // Stops listening (the abort listener first, then the others, last added
    // first) and settles the pending next() calls as done.
    function closeHandler() {
      abortDisposable?.[disposeSymbol()]();
      while (cleanups.length > 0) cleanups.pop()();
      finished = true;
      while (unconsumedPromises.size > 0) unconsumedPromises.shift().resolve(done());
      return Promise.resolve(done());
    }
  }

  // Calls `listener` once when `signal` aborts (on a microtask if it already
  // has); returns a disposable that removes it.
  function addAbortListener(signal, listener) {
    if (signal === undefined) throw new codes.ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
    validateAbortSignal(signal, 'signal');
    validateFunction(listener, 'listener');
    let remove;
    if (signal.aborted) {
      queueMicrotask(() => listener());
    } else {
      signal.addEventListener('abort', listener, resistingOnce());
      remove = () => signal.removeEventListener('abort', listener);
    }
    return {
      __proto__: null,
      [disposeSymbol()]() {
        remove?.();
      },
    };
  }

  // EventEmitter whose listeners run in the async context of an AsyncResource
  // (built on first use, from node:async_hooks).
  function makeEventEmitterAsyncResource() {
    const { AsyncResource } = require('async_hooks');
    const kAsyncResource = Symbol('kAsyncResource');
    class ReferencingAsyncResource extends AsyncResource {
      #emitter;

      constructor(emitter, type, options) {
        super(type, options);
        this.#emitter = emitter;
      }

      get eventEmitter() {
        return this.#emitter;
      }
    }
    return class EventEmitterAsyncResource extends EventEmitter {
      constructor(options = undefined) {
        let name;
        if (typeof options === 'string') {
          name = options;
          options = undefined;
        } else {
          if (new.target === EventEmitterAsyncResource) validateString(options?.name, 'options.name');
          name = options?.name || new.target.name;
        }
        super(options);
        this[kAsyncResource] = new ReferencingAsyncResource(this, name, options);
      }

      emit(event, ...args) {
        const resource = this.asyncResource;
        return resource.runInAsyncScope(super.emit, this, event, ...args);
      }

      emitDestroy() {
        this.asyncResource.emitDestroy();
      }

      get asyncId() {
        return this.asyncResource.asyncId();
      }

      get triggerAsyncId() {
        return this.asyncResource.triggerAsyncId();
      }

      get asyncResource() {
        return this[kAsyncResource];
      }
    };
  }

  function getEventListeners(emitterOrTarget, type) {
    if (typeof emitterOrTarget.listeners === 'function') return emitterOrTarget.listeners(type);
    if (isEventTarget(emitterOrTarget)) {
      return eventTargetInternals().getEventTargetListeners(emitterOrTarget, type);
    }
    throw new codes.ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
  }

  function getMaxListeners(emitterOrTarget) {
    if (typeof emitterOrTarget?.getMaxListeners === 'function') {
      return getMaxListenersOf(emitterOrTarget);
    }
    // (A target whose limit is 0 is refused, as in node.)
    if (emitterOrTarget?.[kMaxEventTargetListeners]) {
      return emitterOrTarget[kMaxEventTargetListeners];
    }
    throw new codes.ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
  }

  function isEventTarget(value) {
    return eventTargetInternals().isEventTarget(value);
  }

  return { addAbortListener, once, on, getEventListeners, getMaxListeners, makeEventEmitterAsyncResource };
};
