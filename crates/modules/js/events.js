'use strict';
// node:events. `module.exports` is EventEmitter itself with the helpers
// attached as statics, as in node.
//
// Storage follows node's layout, which other code inspects: `_events` is a
// null-prototype object mapping an event name to a single listener function
// or, for several, an array of them; `_eventsCount` counts the names.
// once() listeners are stored as wrappers whose `listener` property is the
// original function.

const { codes, AbortError } = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInteger,
  validateNumber,
  validateString,
} = require('internal/validators');

const kCapture = Symbol('kCapture');
// Set when `_events` was provided before EventEmitter's constructor ran
// (subclasses that pre-shape it): removed names are then set to undefined
// rather than deleted.
const kShapeMode = Symbol('shapeMode');
const kErrorMonitor = Symbol('events.errorMonitor');
const kRejection = Symbol.for('nodejs.rejection');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');

let defaultMaxListeners = 10;

function eventTargetInternals() {
  return require('internal/event-target');
}

function disposeSymbol() {
  return Symbol.dispose ?? Symbol.for('nodejs.dispose');
}

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

function checkListener(listener) {
  validateFunction(listener, 'listener');
}

function getMaxListenersOf(emitter) {
  if (emitter._maxListeners === undefined) return EventEmitter.defaultMaxListeners;
  return emitter._maxListeners;
}

// --- emitting ---------------------------------------------------------------

function inspect(value, options) {
  return require('util').inspect(value, options);
}

// emit('error') with no 'error' listener: Errors are thrown as they are,
// anything else is wrapped in ERR_UNHANDLED_ERROR.
function unhandledError(args) {
  const err = args.length > 0 ? args[0] : undefined;
  if (err instanceof Error) return err;
  let text;
  try {
    text = inspect(err);
  } catch {
    text = err;
  }
  const wrapped = new codes.ERR_UNHANDLED_ERROR(text);
  wrapped.context = err;
  return wrapped;
}

// With captureRejections, a listener's rejected promise is routed to the
// emitter's Symbol.for('nodejs.rejection') method or to 'error'.
function watchRejection(emitter, result, type, args) {
  if (!emitter[kCapture]) return;
  try {
    const then = result.then;
    if (typeof then === 'function') {
      then.call(result, undefined, (err) => {
        process.nextTick(routeRejection, emitter, err, type, args);
      });
    }
  } catch (err) {
    emitter.emit('error', err);
  }
}

function routeRejection(emitter, err, type, args) {
  if (typeof emitter[kRejection] === 'function') {
    emitter[kRejection](err, type, ...args);
    return;
  }
  // Turn capture off while emitting, so a rejecting 'error' listener does
  // not loop.
  const previous = emitter[kCapture];
  try {
    emitter[kCapture] = false;
    emitter.emit('error', err);
  } finally {
    emitter[kCapture] = previous;
  }
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return getMaxListenersOf(this);
};

EventEmitter.prototype.emit = function emit(type, ...args) {
  const events = this._events;
  let isError = type === 'error';
  if (events !== undefined) {
    if (isError && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
    isError = isError && events.error === undefined;
  } else if (!isError) {
    return false;
  }
  if (isError) throw unhandledError(args);

  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    const result = handler.apply(this, args);
    if (result !== undefined && result !== null) watchRejection(this, result, type, args);
    return true;
  }
  // Several listeners: iterate over a copy, so that listeners added or
  // removed while emitting take effect on the next emit only.
  const listeners = handler.slice();
  for (let i = 0; i < listeners.length; i++) {
    const result = listeners[i].apply(this, args);
    if (result !== undefined && result !== null) watchRejection(this, result, type, args);
  }
  return true;
};

// --- adding -----------------------------------------------------------------

function leakWarning(emitter, type, count, max) {
  const warning = new Error('Possible EventEmitter memory leak detected. ' +
    `${count} ${String(type)} listeners added to ${inspect(emitter, { depth: -1 })}. ` +
    `MaxListeners is ${max}. Use emitter.setMaxListeners() to increase limit`);
  warning.name = 'MaxListenersExceededWarning';
  warning.emitter = emitter;
  warning.type = type;
  warning.count = count;
  process.emitWarning(warning);
}

function addListenerTo(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = { __proto__: null };
    target._eventsCount = 0;
  } else {
    // 'newListener' is emitted before the listener is added, with the
    // original function for once() wrappers.
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ?? listener);
      events = target._events;
    }
    existing = events[type];
  }

  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
    return target;
  }
  if (typeof existing === 'function') {
    existing = events[type] = prepend ? [listener, existing] : [existing, listener];
  } else if (prepend) {
    existing.unshift(listener);
  } else {
    existing.push(listener);
  }
  // Warn once per event name when the limit is passed.
  const max = getMaxListenersOf(target);
  if (max > 0 && existing.length > max && !existing.warned) {
    existing.warned = true;
    leakWarning(target, type, existing.length, max);
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return addListenerTo(this, type, listener, false);
};

EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return addListenerTo(this, type, listener, true);
};

// A once() wrapper removes itself, then calls the listener with the emitter
// as `this`.
function onceWrapper(...args) {
  if (this.fired) return undefined;
  this.target.removeListener(this.type, this.wrapFn);
  this.fired = true;
  return this.listener.apply(this.target, args);
}

function wrapOnce(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, wrapOnce(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, wrapOnce(this, type, listener));
  return this;
};

// --- removing ---------------------------------------------------------------

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      this._events = { __proto__: null };
    } else {
      delete events[type];
      if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
    }
    return this;
  }
  if (typeof list === 'function') return this;

  // The most recently added match goes first.
  let position = -1;
  for (let i = list.length - 1; i >= 0; i--) {
    if (list[i] === listener || list[i].listener === listener) {
      position = i;
      break;
    }
  }
  if (position < 0) return this;
  list.splice(position, 1);
  if (list.length === 1) events[type] = list[0];
  if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  return this;
};

EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;

  // Nobody listens for 'removeListener': just drop the listeners.
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = { __proto__: null };
      else delete events[type];
    }
    this[kShapeMode] = false;
    return this;
  }

  // Otherwise remove one by one so that 'removeListener' is emitted for
  // each, the 'removeListener' listeners themselves last.
  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key !== 'removeListener') this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }

  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

// --- inspecting -------------------------------------------------------------

function listenersOf(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const listeners = events[type];
  if (listeners === undefined) return [];
  if (typeof listeners === 'function') {
    return unwrap ? [listeners.listener || listeners] : [listeners];
  }
  if (!unwrap) return listeners.slice();
  return listeners.map((fn) => (typeof fn.listener === 'function' ? fn.listener : fn));
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

function listenerCount(type, listener) {
  const events = this._events;
  if (events === undefined) return 0;
  const listeners = events[type];
  if (typeof listeners === 'function') {
    if (listener != null) {
      return listener === listeners || listener === listeners.listener ? 1 : 0;
    }
    return 1;
  }
  if (listeners === undefined) return 0;
  if (listener == null) return listeners.length;
  let matching = 0;
  for (const fn of listeners) {
    if (fn === listener || fn.listener === listener) matching++;
  }
  return matching;
}

EventEmitter.prototype.listenerCount = listenerCount;

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

EventEmitter.prototype[kCapture] = false;

// --- statics ----------------------------------------------------------------

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
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
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
      reject(new AbortError(undefined, { cause: signal?.reason }));
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
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
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
    addAbortListener(signal, () => errorHandler(new AbortError(undefined, { cause: signal?.reason }))) :
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

function isEventTarget(value) {
  return eventTargetInternals().isEventTarget(value);
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

let EventEmitterAsyncResource;

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

EventEmitter.addAbortListener = addAbortListener;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListeners;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;

Object.defineProperties(EventEmitter, {
  captureRejections: {
    get() {
      return EventEmitter.prototype[kCapture];
    },
    set(value) {
      validateBoolean(value, 'EventEmitter.captureRejections');
      EventEmitter.prototype[kCapture] = value;
    },
    enumerable: true,
  },
  EventEmitterAsyncResource: {
    get() {
      EventEmitterAsyncResource ??= makeEventEmitterAsyncResource();
      return EventEmitterAsyncResource;
    },
    enumerable: true,
    configurable: true,
  },
  errorMonitor: {
    value: kErrorMonitor, writable: true, configurable: true, enumerable: true,
  },
  defaultMaxListeners: {
    enumerable: true,
    get() {
      return defaultMaxListeners;
    },
    set(value) {
      validateNumber(value, 'defaultMaxListeners', 0);
      defaultMaxListeners = value;
    },
  },
  kMaxEventTargetListeners: {
    value: kMaxEventTargetListeners, enumerable: false, configurable: false, writable: false,
  },
  kMaxEventTargetListenersWarned: {
    value: kMaxEventTargetListenersWarned, enumerable: false, configurable: false, writable: false,
  },
});

// setMaxListeners(n) sets the default; with targets, sets each one's limit.
EventEmitter.setMaxListeners = function (n = defaultMaxListeners, ...eventTargets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (const target of eventTargets) {
    if (isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (typeof target.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new codes.ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
};

// Sets up an emitter: a fresh `_events`, unless the object came with one of
// its own (shape mode, see kShapeMode). Defined after the other statics to
// keep node's property order.
EventEmitter.init = function (opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts?.captureRejections) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

// Deprecated: emitter.listenerCount(type).
EventEmitter.listenerCount = function (emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return listenerCount.call(emitter, type);
};

module.exports = EventEmitter;
