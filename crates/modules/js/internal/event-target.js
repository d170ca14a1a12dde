'use strict';
// Event, CustomEvent, EventTarget, AbortController and AbortSignal, with
// node 20's behaviour (the runtime installs them as globals).
//
// Node's EventTarget has no tree, so there are no capture or bubble phases:
// listeners run in the order they were added; `capture` only makes a
// registration distinct. A few node particulars are kept on purpose:
// - listeners are a linked list and dispatch remembers the next record
//   before calling the current one, so a listener added by the last one does
//   not run in that dispatch, and a listener removed before its turn does not;
// - the event stops counting as "being dispatched" once the first listener
//   has returned (eventPhase, currentTarget and composedPath show it);
// - errors thrown by listeners (or their rejected promises) are reported as
//   uncaught exceptions on a later tick; dispatch carries on.

const { codes } = require('internal/errors');
const { validateObject, validateAbortSignal, validateUint32 } = require('internal/validators');
const { DOMException } = require('internal/dom-exception');

// Listeners added with this option still run after stopImmediatePropagation
// (node's events.once() relies on it).
const kResistStopPropagation = Symbol('kResistStopPropagation');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

const NONE = 0;
const AT_TARGET = 2;

// Events created by the runtime itself (an AbortSignal's 'abort').
const trustedEvents = new WeakSet();

function now() {
  return typeof performance === 'object' && performance !== null ?
    performance.now() : Date.now();
}

function lazyInspect() {
  return require('util').inspect;
}

// `Name { ...fields }`, or just the name when inspected below depth 0.
function inspectWith(name, fields, depth, options, inspect) {
  if (depth < 0) return name;
  const fn = typeof inspect === 'function' ? inspect : lazyInspect();
  const opts = Object.assign({}, options, {
    depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth,
  });
  return `${name} ${fn(fields, opts)}`;
}

function makeEnumerable(proto, names) {
  for (const name of names) Object.defineProperty(proto, name, { enumerable: true });
}

function defineToStringTag(proto, tag) {
  Object.defineProperty(proto, Symbol.toStringTag, {
    value: tag, writable: false, enumerable: false, configurable: true,
  });
}

// ---------------------------------------------------------------------------
// Event

// Access to an Event's private state for the dispatch code below.
let isEvent;
let eventState;

class Event {
  #type;
  #bubbles;
  #cancelable;
  #composed;
  #timeStamp;
  #target = null;
  #dispatching = false;
  #defaultPrevented = false;
  #propagationStopped = false;
  #immediateStopped = false;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('type');
    if (options !== undefined) validateObject(options, 'options', { nullable: true });
    const { bubbles, cancelable, composed } = { ...options };
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
    this.#composed = !!composed;
    this.#type = `${type}`;
    this.#timeStamp = now();
  }

  static {
    isEvent = (value) => typeof value === 'object' && value !== null && #type in value;
    eventState = {
      begin(event, target) {
        event.#target = target;
        event.#dispatching = true;
      },
      end(event) {
        event.#dispatching = false;
      },
      dispatching: (event) => event.#dispatching,
      immediateStopped: (event) => event.#immediateStopped,
    };
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('type');
    if (!isEvent(this)) throw new codes.ERR_INVALID_THIS('Event');
    if (this.#dispatching) return;
    this.#type = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  stopImmediatePropagation() {
    if (!isEvent(this)) throw new codes.ERR_INVALID_THIS('Event');
    this.#propagationStopped = true;
    this.#immediateStopped = true;
  }

  preventDefault() {
    if (!isEvent(this)) throw new codes.ERR_INVALID_THIS('Event');
    this.#defaultPrevented = true;
  }

  get target() {
    if (!isEvent(this)) throw new codes.ERR_INVALID_THIS('Event');
    return this.#target;
  }

  get currentTarget() {
    if (!isEvent(this)) throw new codes.ERR_INVALID_THIS('Event');
    return this.#dispatching ? this.#target : null;
  }

  get srcElement() {
    if (!isEvent(this)) throw new codes.ERR_INVALID_THIS('Event');
    return this.#target;
  }

  get type() {
    if (!isEvent(this)) throw new codes.ERR_INVALID_THIS('Event');
    return this.#type;
  }

  get cancelable() {
    if (!isEvent(this)) throw new codes.ERR_INVALID_THIS('Event');
    return this.#cancelable;
  }

  // preventDefault() only counts for cancelable events.
  get defaultPrevented() {
    if (!isEvent(this)) throw new codes.ERR_INVALID_THIS('Event');
    return this.#cancelable && this.#defaultPrevented;
  }

  get timeStamp() {
    if (!isEvent(this)) throw new codes.ERR_INVALID_THIS('Event');
    return this.#timeStamp;
  }

  composedPath() {
    if (!isEvent(this)) throw new codes.ERR_INVALID_THIS('Event');
    return this.#dispatching ? [this.#target] : [];
  }

  get returnValue() {
    if (!isEvent(this)) throw new codes.ERR_INVALID_THIS('Event');
    return !this.defaultPrevented;
  }

  get bubbles() {
    if (!isEvent(this)) throw new codes.ERR_INVALID_THIS('Event');
    return this.#bubbles;
  }

  get composed() {
    if (!isEvent(this)) throw new codes.ERR_INVALID_THIS('Event');
    return this.#composed;
  }

  get eventPhase() {
    if (!isEvent(this)) throw new codes.ERR_INVALID_THIS('Event');
    return this.#dispatching ? AT_TARGET : NONE;
  }

  get cancelBubble() {
    if (!isEvent(this)) throw new codes.ERR_INVALID_THIS('Event');
    return this.#propagationStopped;
  }

  set cancelBubble(value) {
    if (!isEvent(this)) throw new codes.ERR_INVALID_THIS('Event');
    if (value) this.#propagationStopped = true;
  }

  stopPropagation() {
    if (!isEvent(this)) throw new codes.ERR_INVALID_THIS('Event');
    this.#propagationStopped = true;
  }

  get isTrusted() {
    return trustedEvents.has(this);
  }

  [kInspect](depth, options, inspect) {
    if (!isEvent(this)) throw new codes.ERR_INVALID_THIS('Event');
    return inspectWith(this.constructor.name, {
      type: this.#type,
      defaultPrevented: this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timeStamp,
    }, depth, options, inspect);
  }
}

makeEnumerable(Event.prototype, [
  'initEvent', 'stopImmediatePropagation', 'preventDefault', 'target', 'currentTarget',
  'srcElement', 'type', 'cancelable', 'defaultPrevented', 'timeStamp', 'composedPath',
  'returnValue', 'bubbles', 'composed', 'eventPhase', 'cancelBubble', 'stopPropagation',
  'isTrusted',
]);
defineToStringTag(Event.prototype, 'Event');
// isTrusted is unforgeable.
Object.defineProperty(Event.prototype, 'isTrusted', { configurable: false });
for (const [name, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]]) {
  Object.defineProperty(Event, name, {
    value, writable: false, enumerable: true, configurable: false,
  });
}

class CustomEvent extends Event {
  #detail;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('type');
    super(type, options);
    this.#detail = options?.detail ?? null;
  }

  get detail() {
    if (!(typeof this === 'object' && this !== null && #detail in this)) {
      throw new codes.ERR_INVALID_THIS('CustomEvent');
    }
    return this.#detail;
  }
}

makeEnumerable(CustomEvent.prototype, ['detail']);
defineToStringTag(CustomEvent.prototype, 'CustomEvent');

// ---------------------------------------------------------------------------
// EventTarget

// Reports an error from a listener as an uncaught exception, after the
// dispatch has finished.
function reportUncaught(err) {
  process.nextTick(() => {
    throw err;
  });
}

// A listener that returned a thenable: its rejection is reported too.
function watchResult(result) {
  try {
    const then = result.then;
    if (typeof then === 'function') then.call(result, undefined, reportUncaught);
  } catch (err) {
    reportUncaught(err);
  }
}

// An object listener is called through its `handleEvent`, looked up at
// dispatch time. node runs it as an async function, so what it throws
// becomes a rejection.
async function callHandleEvent(listener, event) {
  if (typeof listener.handleEvent === 'function') return listener.handleEvent(event);
  return undefined;
}

// Listeners that are neither functions nor objects are refused; null and
// undefined are ignored with a warning.
function acceptableListener(listener) {
  if (typeof listener === 'function') return true;
  if (listener == null) return false;
  if (typeof listener === 'object') return true;
  throw new codes.ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function normalizeAddOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null) return {};
  validateObject(options, 'options', { allowArray: true, allowFunction: true });
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
    resist: Boolean(options[kResistStopPropagation]),
  };
}

function typeString(type) {
  if (typeof type === 'symbol') throw new codes.ERR_INVALID_ARG_VALUE('value', type);
  return `${type}`;
}

function emitListenerWarning(message, props) {
  const warning = new Error(message);
  Object.assign(warning, props);
  process.emitWarning(warning);
}

// The `maxListeners` bookkeeping lives in symbol-keyed properties that
// events.setMaxListeners()/getMaxListeners() read and write.
function eventsModule() {
  return require('events');
}

// How the warning names the target (node's inspect at depth -1).
function targetLabel(target) {
  return target instanceof AbortSignal ? '[AbortSignal]' : target.constructor.name;
}

// Map of EventTarget -> Map(type -> list). A list is a sentinel whose `next`
// is the first record; records link with `prev`/`next`.
let eventTargets;

class EventTarget {
  #lists = new Map();

  constructor() {
    const events = eventsModule();
    this[events.kMaxEventTargetListeners] = events.defaultMaxListeners;
    this[events.kMaxEventTargetListenersWarned] = false;
  }

  static {
    eventTargets = {
      isEventTarget: (value) => typeof value === 'object' && value !== null && #lists in value,
      listeners(target, type) {
        const list = target.#lists.get(type);
        const out = [];
        for (let record = list?.next; record !== undefined; record = record.next) {
          out.push(record.listener);
        }
        return out;
      },
    };
  }

  addEventListener(type, listener, options = undefined) {
    if (!eventTargets.isEventTarget(this)) throw new codes.ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('type', 'listener');
    // Options are read before the listener is checked, as the spec asks.
    const opts = options === undefined ? {} : normalizeAddOptions(options);
    const { signal } = opts;
    validateAbortSignal(signal, 'options.signal');
    if (!acceptableListener(listener)) {
      emitListenerWarning(`addEventListener called with ${listener} which has no effect.`, {
        name: 'AddEventListenerArgumentTypeWarning', target: this, type,
      });
      return;
    }
    type = typeString(type);
    if (signal) {
      if (signal.aborted) return;
      signal.addEventListener('abort', () => {
        this.removeEventListener(type, listener, options);
      }, { once: true, [kResistStopPropagation]: true });
    }
    this.#append(type, listener, opts);
  }

  #append(type, listener, opts) {
    let list = this.#lists.get(type);
    if (list === undefined) {
      list = { next: undefined, size: 0 };
      this.#lists.set(type, list);
    }
    let last = list;
    for (let record = list.next; record !== undefined; record = record.next) {
      // The same listener with the same capture flag is added only once.
      if (record.listener === listener && record.capture === Boolean(opts.capture)) return;
      last = record;
    }
    const record = {
      listener,
      capture: Boolean(opts.capture),
      once: Boolean(opts.once),
      passive: Boolean(opts.passive),
      resist: Boolean(opts.resist),
      removed: false,
      prev: last,
      next: undefined,
    };
    last.next = record;
    list.size++;
    this.#checkMaxListeners(type, list.size);
  }

  #checkMaxListeners(type, size) {
    const events = eventsModule();
    const max = this[events.kMaxEventTargetListeners];
    if (max > 0 && size > max && !this[events.kMaxEventTargetListenersWarned]) {
      this[events.kMaxEventTargetListenersWarned] = true;
      emitListenerWarning('Possible EventTarget memory leak detected. ' +
        `${size} ${type} listeners added to ${targetLabel(this)}. ` +
        `MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`, {
        name: 'MaxListenersExceededWarning', target: this, type, count: size,
      });
    }
  }

  // Unlinks a record. Its own `next` is kept, so a dispatch that already
  // holds it can move on.
  #unlink(type, list, record) {
    record.removed = true;
    record.prev.next = record.next;
    if (record.next !== undefined) record.next.prev = record.prev;
    list.size--;
    if (list.size === 0) this.#lists.delete(type);
  }

  removeEventListener(type, listener, options = undefined) {
    if (!eventTargets.isEventTarget(this)) throw new codes.ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('type', 'listener');
    if (!acceptableListener(listener)) return;
    type = typeString(type);
    // node reads `options.capture` only: a bare `true` does not select the
    // capture registration.
    const capture = options?.capture === true;
    const list = this.#lists.get(type);
    if (list === undefined) return;
    for (let record = list.next; record !== undefined; record = record.next) {
      if (record.listener === listener && record.capture === capture) {
        this.#unlink(type, list, record);
        return;
      }
    }
  }

  dispatchEvent(event) {
    if (!eventTargets.isEventTarget(this)) throw new codes.ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 1) throw new codes.ERR_MISSING_ARGS('event');
    if (!(event instanceof Event)) throw new codes.ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (eventState.dispatching(event)) throw new codes.ERR_EVENT_RECURSION(event.type);
    this.#dispatch(event);
    return event.defaultPrevented !== true;
  }

  #dispatch(event) {
    const type = event.type;
    eventState.begin(event, this);
    const list = this.#lists.get(type);
    let record = list?.next;
    while (record !== undefined) {
      const next = record.next;
      const skip = record.removed ||
        (eventState.immediateStopped(event) && !record.resist);
      if (!skip) {
        if (record.once) this.#unlink(type, list, record);
        this.#call(record.listener, event);
      }
      record = next;
    }
    eventState.end(event);
  }

  #call(listener, event) {
    try {
      const result = typeof listener === 'function' ?
        listener.call(this, event) : callHandleEvent(listener, event);
      eventState.end(event);
      if (result !== undefined && result !== null) watchResult(result);
    } catch (err) {
      reportUncaught(err);
    }
  }

  [kInspect](depth, options, inspect) {
    if (!eventTargets.isEventTarget(this)) throw new codes.ERR_INVALID_THIS('EventTarget');
    return inspectWith(this.constructor.name, {}, depth, options, inspect);
  }
}

makeEnumerable(EventTarget.prototype, ['addEventListener', 'removeEventListener', 'dispatchEvent']);
defineToStringTag(EventTarget.prototype, 'EventTarget');

// `on<event>` attributes (AbortSignal's onabort). The handler is added as a
// listener the first time one is set and keeps that place when replaced.
const eventHandlers = new WeakMap();

function defineEventHandler(proto, type) {
  const name = `on${type}`;
  const slot = (target) => {
    if (!eventTargets.isEventTarget(target)) throw new codes.ERR_INVALID_THIS('EventTarget');
    let map = eventHandlers.get(target);
    if (map === undefined) {
      map = new Map();
      eventHandlers.set(target, map);
    }
    return map;
  };
  Object.defineProperty(proto, name, {
    get: {
      [`get ${name}`]() {
        return slot(this).get(type)?.handler ?? null;
      },
    }[`get ${name}`],
    set: {
      [`set ${name}`](value) {
        const map = slot(this);
        let wrapper = map.get(type);
        if (wrapper === undefined) {
          wrapper = function eventHandler(...args) {
            if (typeof wrapper.handler !== 'function') return undefined;
            return Reflect.apply(wrapper.handler, this, args);
          };
          map.set(type, wrapper);
          this.addEventListener(type, wrapper);
        }
        wrapper.handler = value;
      },
    }[`set ${name}`],
    enumerable: true,
    configurable: true,
  });
}

// ---------------------------------------------------------------------------
// AbortSignal and AbortController

const kCreateSignal = Symbol('kCreateSignal');

function defaultAbortReason() {
  return new DOMException('This operation was aborted', 'AbortError');
}

function weakRef(value) {
  return typeof WeakRef === 'function' ? new WeakRef(value) : { deref: () => value };
}

let signalState;

class AbortSignal extends EventTarget {
  #aborted = false;
  #reason = undefined;
  // Signals made by AbortSignal.any() follow these, which follow them back.
  #dependents = null;
  #sources = null;
  #composite = false;

  constructor(token = undefined) {
    if (token !== kCreateSignal) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    super();
  }

  static {
    signalState = {
      create: () => new AbortSignal(kCreateSignal),
      isSignal: (value) => typeof value === 'object' && value !== null && #aborted in value,
      // Aborts without dispatching (AbortSignal.abort(), any() of an aborted
      // signal).
      markAborted(signal, reason) {
        signal.#aborted = true;
        signal.#reason = reason;
      },
      // Dispatches 'abort' on the signal, then aborts the signals that
      // follow it.
      abort(signal, reason) {
        if (signal.#aborted) return;
        signal.#aborted = true;
        signal.#reason = reason;
        const event = new Event('abort');
        trustedEvents.add(event);
        signal.dispatchEvent(event);
        if (signal.#dependents === null) return;
        for (const ref of signal.#dependents) {
          const dependent = ref.deref();
          if (dependent !== undefined) signalState.abort(dependent, reason);
        }
      },
      follow(result, source) {
        // A composite source contributes its own sources instead.
        const sources = source.#composite ? source.#sources : [weakRef(source)];
        if (sources === null) return;
        const resultRef = weakRef(result);
        for (const ref of sources) {
          const signal = ref.deref();
          if (signal === undefined) continue;
          result.#sources.push(ref);
          signal.#dependents ??= [];
          signal.#dependents.push(resultRef);
        }
      },
      makeComposite(signal) {
        signal.#composite = true;
        signal.#sources = [];
      },
    };
  }

  get aborted() {
    if (!signalState.isSignal(this)) throw new codes.ERR_INVALID_THIS('AbortSignal');
    return this.#aborted;
  }

  get reason() {
    if (!signalState.isSignal(this)) throw new codes.ERR_INVALID_THIS('AbortSignal');
    return this.#reason;
  }

  throwIfAborted() {
    if (!signalState.isSignal(this)) throw new codes.ERR_INVALID_THIS('AbortSignal');
    if (this.#aborted) throw this.#reason;
  }

  static abort(reason = defaultAbortReason()) {
    const signal = signalState.create();
    signalState.markAborted(signal, reason);
    return signal;
  }

  // Aborts with a TimeoutError after `delay` ms; the timer does not keep the
  // process alive.
  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = signalState.create();
    const timer = setTimeout(() => {
      signalState.abort(signal, new DOMException(
        'The operation was aborted due to timeout', 'TimeoutError'));
    }, delay);
    if (typeof timer?.unref === 'function') timer.unref();
    return signal;
  }

  static any(signals) {
    if (!Array.isArray(signals)) throw new codes.ERR_INVALID_ARG_TYPE('signals', 'Array', signals);
    signals.forEach((signal, i) => {
      if (!signalState.isSignal(signal)) {
        throw new codes.ERR_INVALID_ARG_TYPE(`signals[${i}]`, 'AbortSignal', signal);
      }
    });
    const result = signalState.create();
    signalState.makeComposite(result);
    for (const signal of signals) {
      if (signal.aborted) {
        signalState.markAborted(result, signal.reason);
        return result;
      }
      signalState.follow(result, signal);
    }
    return result;
  }

  [kInspect](depth, options, inspect) {
    return inspectWith('AbortSignal', { aborted: this.aborted }, depth, options, inspect);
  }
}

defineEventHandler(AbortSignal.prototype, 'abort');
makeEnumerable(AbortSignal.prototype, ['aborted']);
defineToStringTag(AbortSignal.prototype, 'AbortSignal');

class AbortController {
  #signal = null;

  // The signal is made on first use.
  get signal() {
    if (!(typeof this === 'object' && this !== null && #signal in this)) {
      throw new codes.ERR_INVALID_THIS('AbortController');
    }
    this.#signal ??= signalState.create();
    return this.#signal;
  }

  abort(reason = defaultAbortReason()) {
    if (!(typeof this === 'object' && this !== null && #signal in this)) {
      throw new codes.ERR_INVALID_THIS('AbortController');
    }
    this.#signal ??= signalState.create();
    signalState.abort(this.#signal, reason);
  }

  [kInspect](depth, options, inspect) {
    return inspectWith('AbortController', { signal: this.signal }, depth, options, inspect);
  }
}

makeEnumerable(AbortController.prototype, ['signal', 'abort']);
defineToStringTag(AbortController.prototype, 'AbortController');

module.exports = {
  Event,
  CustomEvent,
  EventTarget,
  AbortController,
  AbortSignal,
  // For node:events and other built-ins.
  isEvent,
  isEventTarget: (value) => eventTargets.isEventTarget(value),
  isAbortSignal: (value) => signalState.isSignal(value),
  getEventTargetListeners: (target, type) => eventTargets.listeners(target, type),
  abortSignal: (signal, reason) => signalState.abort(signal, reason),
  kResistStopPropagation,
};
