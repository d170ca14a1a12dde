'use strict';
// MessagePort, MessageChannel and structured clone, on the native ports of
// crates/modules/src/messaging.rs (by numeric id). BroadcastChannel, on the
// same ports, is in internal/worker/broadcast.js (loaded on first use).
//
// A port delivers once it is started (a 'message' listener, onmessage, or
// start()). It keeps the event loop alive while it is ref'd: adding the
// first 'message' listener refs it and removing the last unrefs it, as in
// node. The Rust side posts one "ready" per batch; `deliver` takes stock
// with portQueued and emits each waiting message, running process.nextTick
// and promise jobs after each one.

const binding = require('internal/binding');
const EventEmitter = require('events');

const kId = Symbol('kId');
const kStarted = Symbol('kStarted');
const kRefed = Symbol('kRefed');
const kHolding = Symbol('kHolding');
const kClosed = Symbol('kClosed');
const kCloseEmitted = Symbol('kCloseEmitted');
const kDetached = Symbol('kDetached');
const kOnReady = Symbol('kOnReady');
const kHandlers = Symbol('kHandlers');
const kInternal = Symbol('kInternal');

// Every port or broadcast channel of this isolate, by native id.
const live = new Map();
// Buffers marked with markAsUntransferable (copied, never moved).
const untransferable = new WeakSet();

function errors() { return require('internal/errors').codes; }

function dataCloneError(message) {
  const { DOMException } = require('internal/dom-exception');
  return new DOMException(message, 'DataCloneError');
}

function runTicks() { require('internal/process/ticks').runTicks(); }

function reportUncaught(err) {
  require('internal/process/fatal').handleUncaught(err, 'uncaughtException');
}

/** Adds or removes this port's hold on the event loop as its state says. */
function updateHold(port) {
  const hold = port[kRefed] && port[kStarted] && !port[kClosed] && !port[kDetached];
  if (hold !== port[kHolding]) {
    port[kHolding] = hold;
    binding.refLoop(hold ? 1 : -1);
  }
}

class MessageEvent {
  constructor(type, init = {}) {
    this.type = String(type);
    this.data = init.data;
    this.ports = init.ports || [];
    this.origin = '';
    this.lastEventId = '';
    this.source = null;
    this.target = init.target || null;
  }
}

/** Like node's native methods: a receiver that is not a port is refused. */
function checkPort(self) {
  if (self === null || typeof self !== 'object' || !Object.prototype.hasOwnProperty.call(self, kInternal)) {
    throw new TypeError('Illegal invocation');
  }
}

/** Like node's event targets: false for a missing listener (ignored). */
function checkListener(listener) {
  if (listener === null || listener === undefined) return false;
  if (typeof listener === 'function' || (typeof listener === 'object' && typeof listener.handleEvent === 'function')) {
    return true;
  }
  throw new (errors().ERR_INVALID_ARG_TYPE)('listener', 'EventListener', listener);
}

// A MessagePort is a host object (made natively) so structured clone hands
// it to transferId/cloneError instead of copying its fields; its methods
// come from the class below, which JavaScript cannot construct itself.
class MessagePort extends EventEmitter {
  constructor() {
    const { makeNodeError } = require('internal/errors');
    throw new (makeNodeError('ERR_CONSTRUCT_CALL_INVALID', TypeError, 'Constructor cannot be called'))();
  }

  /** Sends a structured clone of `value`, moving what `transfer` lists. */
  postMessage(value, transfer) {
    checkPort(this);
    if (arguments.length === 0) throw notEnoughArguments();
    if (this[kClosed] || this[kDetached]) return undefined;
    const list = transferList(transfer, this);
    withDetachedPorts(list.ports, () => binding.portPost(this[kId], value, list.engine), list.detached);
    return true;
  }

  /** Starts delivering queued and future messages. */
  start() {
    checkPort(this);
    if (this[kStarted] || this[kClosed] || this[kDetached]) return;
    this[kStarted] = true;
    updateHold(this);
    binding.portNotify(this[kId]);
  }

  /** Closes both ends; each emits 'close'. */
  close() {
    checkPort(this);
    if (this[kClosed] || this[kDetached]) return;
    this[kClosed] = true;
    updateHold(this);
    binding.portClose(this[kId]);
  }

  ref() {
    checkPort(this);
    this[kRefed] = true;
    updateHold(this);
  }

  unref() {
    checkPort(this);
    this[kRefed] = false;
    updateHold(this);
  }

  hasRef() {
    checkPort(this);
    return this[kHolding];
  }

  on(type, listener) {
    if (!checkListener(listener)) return this;
    return super.on(type, listener);
  }

  addListener(type, listener) {
    return this.on(type, listener);
  }

  once(type, listener) {
    if (!checkListener(listener)) return this;
    return super.once(type, listener);
  }

  addEventListener(type, listener, options) {
    if (!checkListener(listener)) return;
    const wrapped = eventListener(this, type, listener);
    if (options && options.once) this.once(type, wrapped);
    else this.on(type, wrapped);
  }

  removeEventListener(type, listener) {
    if (!checkListener(listener)) return;
    const map = this[kHandlers];
    const wrapped = map && map.get(listener);
    if (wrapped) this.removeListener(type, wrapped);
  }

  dispatchEvent(event) {
    this.emit(event.type, event.data);
    return true;
  }

  /** Called when the native side has messages (or a close) for us. */
  [kOnReady](all = false) {
    const [queued, closed] = takeStock(this[kId]);
    let rest = 0;
    if (this[kStarted]) rest = deliverQueued(this, queued, () => !this[kDetached], all);
    if (closed && rest === 0 && !this[kDetached]) finishClose(this);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    const fields = { active: !this[kClosed] && !this[kDetached], refed: this[kHolding] };
    return `MessagePort ${inspect(fields, options)}`;
  }
}

/** Makes the port object for native port `id` (now owned by this isolate). */
function newPort(id, internal = false) {
  const port = binding.newHostObject(MessagePort.prototype);
  EventEmitter.call(port);
  port[kId] = id;
  port[kStarted] = false;
  port[kRefed] = false;
  port[kHolding] = false;
  port[kClosed] = false;
  port[kCloseEmitted] = false;
  port[kDetached] = false;
  port[kHandlers] = null;
  port[kInternal] = internal;
  live.set(id, port);
  port.on('newListener', onNewListener);
  port.on('removeListener', onRemoveListener);
  return port;
}

function onNewListener(name) {
  if (name === 'message' && this.listenerCount('message') === 0) {
    this[kRefed] = !this[kInternal];
    this.start();
    updateHold(this);
  }
}

function onRemoveListener(name) {
  if (name === 'message' && this.listenerCount('message') === 0) {
    this[kRefed] = false;
    updateHold(this);
  }
}

function notEnoughArguments() {
  const { makeNodeError } = require('internal/errors');
  return new (makeNodeError('ERR_MISSING_ARGS', TypeError, 'Not enough arguments to MessagePort.postMessage'))();
}

/** portQueued's answer for port `id`: [messages waiting, closed]. */
function takeStock(id) {
  const state = binding.portQueued(id);
  return state < 0 ? [-1 - state, true] : [state, false];
}

// At most this many messages are emitted per wake-up (unless `all`): a
// sender flooding a port faster than it is read would otherwise make each
// batch larger than the last, and timers and I/O would wait for seconds.
const BATCH_MAX = 10000;

/**
 * Emits up to `queued` waiting messages of `target` while `canGo()` (at
 * most BATCH_MAX unless `all`, asking to be woken again for the rest).
 * Returns how many were left for later.
 */
function deliverQueued(target, queued, canGo, all = false) {
  let rest = 0;
  if (!all && queued > BATCH_MAX) {
    rest = queued - BATCH_MAX;
    queued = BATCH_MAX;
  }
  for (let i = 0; i < queued && canGo(); i++) {
    let value;
    try {
      value = binding.portReceive(target[kId]);
    } catch (err) {
      emitGuarded(target, 'messageerror', err);
      continue;
    }
    emitGuarded(target, 'message', value);
  }
  if (rest > 0) binding.portNotify(target[kId]);
  return rest;
}

/** onmessage/onmessageerror and add/removeEventListener for `Class`. */
function defineMessageHandlers(Class) {
  for (const type of ['message', 'messageerror']) {
    Object.defineProperty(Class.prototype, `on${type}`, {
      get() { return this[kHandlers]?.[`on${type}`] ?? null; },
      set(fn) { setHandler(this, type, fn); },
      enumerable: true,
      configurable: true,
    });
  }
  if (Class !== MessagePort) {
    for (const name of ['addEventListener', 'removeEventListener']) {
      Object.defineProperty(Class.prototype, name, {
        value: MessagePort.prototype[name], writable: true, enumerable: false, configurable: true,
      });
    }
  }
}

function emitGuarded(port, name, value) {
  try {
    port.emit(name, value);
    runTicks();
  } catch (err) {
    reportUncaught(err);
  }
}

function finishClose(port) {
  port[kClosed] = true;
  updateHold(port);
  live.delete(port[kId]);
  binding.portForget(port[kId]);
  if (!port[kCloseEmitted]) {
    port[kCloseEmitted] = true;
    emitGuarded(port, 'close');
  }
}

function eventListener(target, type, listener) {
  if (!target[kHandlers]) target[kHandlers] = new Map();
  let wrapped = target[kHandlers].get(listener);
  if (!wrapped) {
    wrapped = (data) => {
      const event = new MessageEvent(type, { data, target });
      if (typeof listener === 'function') listener.call(target, event);
      else listener.handleEvent(event);
    };
    target[kHandlers].set(listener, wrapped);
  }
  return wrapped;
}

function setHandler(target, type, fn) {
  if (!target[kHandlers]) target[kHandlers] = new Map();
  const key = `on${type}`;
  const previous = target[kHandlers][key];
  if (previous) target.removeEventListener(type, previous);
  target[kHandlers][key] = typeof fn === 'function' ? fn : null;
  if (typeof fn === 'function') target.addEventListener(type, fn);
}

function isArrayBuffer(v) {
  return Object.prototype.toString.call(v) === '[object ArrayBuffer]';
}

/**
 * Checks a transfer list as node does and splits it: the array the engine
 * moves (ArrayBuffers and ports) and the ports among them.
 */
function transferList(transfer, source) {
  const out = { engine: undefined, ports: [], detached: [] };
  if (transfer === undefined || transfer === null) return out;
  let what = 'transferList argument';
  if (typeof transfer === 'object' && typeof transfer[Symbol.iterator] !== 'function') {
    transfer = transfer.transfer;
    what = 'options.transfer argument';
    if (transfer === undefined || transfer === null) return out;
  }
  if (typeof transfer !== 'object' || typeof transfer[Symbol.iterator] !== 'function') {
    const { makeNodeError } = require('internal/errors');
    throw new (makeNodeError('ERR_INVALID_ARG_TYPE', TypeError, `Optional ${what} must be an iterable`))();
  }
  const engine = [];
  const seen = new Set();
  for (const item of transfer) {
    if (item instanceof MessagePort) {
      if (item === source) throw dataCloneError('Transfer list contains source port');
      if (seen.has(item)) throw dataCloneError('Transfer list contains duplicate MessagePort');
      if (item[kClosed] || item[kDetached]) throw dataCloneError('MessagePort in transfer list is already detached');
      seen.add(item);
      engine.push(item);
      out.ports.push(item);
    } else if (isArrayBuffer(item)) {
      if (seen.has(item)) throw dataCloneError('Transfer list contains duplicate ArrayBuffer');
      seen.add(item);
      if (item.detached) {
        out.detached.push(item);
        continue;
      }
      if (untransferable.has(item)) continue;
      engine.push(item);
    } else {
      throw new (errors().ERR_INVALID_TRANSFER_OBJECT)();
    }
  }
  if (engine.length > 0) out.engine = engine;
  return out;
}

// Ports being transferred by the current call (what transferId answers).
let transferring = null;

/**
 * Runs `send` with `ports` detached from this isolate (on failure they
 * stay); `buffers` are already-detached ArrayBuffers listed for transfer,
 * which node lets through as empty buffers.
 */
function withDetachedPorts(ports, send, buffers = []) {
  if (ports.length === 0 && buffers.length === 0) return send();
  if (ports.length === 0) {
    const previous = transferring;
    transferring = new Set(buffers);
    try {
      return send();
    } finally {
      transferring = previous;
    }
  }
  for (const port of ports) binding.portDetach(port[kId]);
  const previous = transferring;
  transferring = new Set([...ports, ...buffers]);
  try {
    const result = send();
    for (const port of ports) {
      port[kDetached] = true;
      updateHold(port);
      live.delete(port[kId]);
    }
    return result;
  } catch (err) {
    for (const port of ports) binding.portAdopt(port[kId]);
    throw err;
  } finally {
    transferring = previous;
  }
}

/** Engine hook: the id of a host object being transferred. */
function transferId(obj) {
  if (transferring !== null && transferring.has(obj)) return obj instanceof MessagePort ? obj[kId] : -1;
  return undefined;
}

/** Engine hook: the port that arrives for a transferred id. */
function receiveTransfer(id) {
  if (!binding.portAdopt(id)) return undefined;
  return newPort(id);
}

function findSymbol(value, seen = new Set()) {
  if (typeof value === 'symbol') return value;
  if (value === null || typeof value !== 'object' || seen.has(value) || binding.isProxy(value)) return undefined;
  seen.add(value);
  const entries = value instanceof Map ? [...value].flat()
    : value instanceof Set ? [...value] : Object.values(value);
  for (const item of entries) {
    const found = findSymbol(item, seen);
    if (found !== undefined) return found;
  }
  return undefined;
}

function describeUncloneable(value) {
  if (typeof value === 'function') return Function.prototype.toString.call(value);
  if (binding.isProxy(value)) return '#<Object>';
  let name = 'Object';
  try {
    const tag = Object.prototype.toString.call(value).slice(8, -1);
    const proto = Object.getPrototypeOf(value);
    const ctor = proto && Object.getOwnPropertyDescriptor(proto, 'constructor');
    name = ctor && typeof ctor.value === 'function' && ctor.value.name;
    // Without a named constructor V8 falls back to the toString tag.
    if (!name) return `[object ${tag}]`;
  } catch {}
  return `#<${name}>`;
}

/** Engine hook: the error a failed clone throws. */
function cloneError(kind, value, message) {
  if (kind === 'object') {
    if (value instanceof MessagePort) {
      const { makeNodeError } = require('internal/errors');
      return new (makeNodeError('ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST', TypeError,
        'Object that needs transfer was found in message but not listed in transferList'))();
    }
    return dataCloneError(`${describeUncloneable(value)} could not be cloned.`);
  }
  if (kind === 'detached') return dataCloneError('An ArrayBuffer is detached and could not be cloned.');
  if (kind === '3') {
    const symbol = findSymbol(value);
    if (symbol !== undefined) return dataCloneError(`${String(symbol)} could not be cloned.`);
  }
  if (kind === '0') return new RangeError('Maximum call stack size exceeded');
  return dataCloneError(message || 'The object could not be cloned.');
}

/** Engine hook: a port (or broadcast channel) of ours has news. */
function onPortReady(id) {
  const target = live.get(id);
  if (target !== undefined) target[kOnReady]();
}

// A function rather than a class: called without `new` it throws node's
// error, not the engine's.
function MessageChannel() {
  if (new.target === undefined) {
    const { makeNodeError } = require('internal/errors');
    throw new (makeNodeError('ERR_CONSTRUCT_CALL_REQUIRED', TypeError, 'Cannot call constructor without `new`'))();
  }
  const [a, b] = binding.portChannel();
  this.port1 = newPort(a);
  this.port2 = newPort(b);
}

/** Wraps a native port id that already lives here (the worker's ports). */
function portForId(id, internal) {
  return newPort(id, Boolean(internal));
}

/** The worker side: deliver what is queued now, synchronously. */
function drainPort(port) {
  if (!port[kClosed] && !port[kDetached]) port[kOnReady](true);
}

function receiveMessageOnPort(port) {
  if (!(port instanceof MessagePort)) {
    const { makeNodeError } = require('internal/errors');
    throw new (makeNodeError('ERR_INVALID_ARG_TYPE', TypeError, 'The "port" argument must be a MessagePort instance'))();
  }
  if (port[kClosed] || port[kDetached]) return undefined;
  const state = binding.portQueued(port[kId]);
  const queued = state < 0 ? -1 - state : state;
  let result;
  if (queued > 0) result = { message: binding.portReceive(port[kId]) };
  binding.portNotify(port[kId]);
  return result;
}

function markAsUntransferable(value) {
  if ((typeof value === 'object' && value !== null) || typeof value === 'function') {
    untransferable.add(value);
  }
}

function isMarkedAsUntransferable(value) {
  return untransferable.has(value);
}

defineMessageHandlers(MessagePort);

/** The global structuredClone(value, { transfer }). */
function structuredClone(value, options) {
  const { makeNodeError } = require('internal/errors');
  if (arguments.length === 0) {
    throw new (makeNodeError('ERR_MISSING_ARGS', TypeError, 'The value argument must be specified'))();
  }
  if (options !== undefined && options !== null && typeof options !== 'object') {
    throw new (makeNodeError('ERR_INVALID_ARG_TYPE', TypeError, 'The options argument must be either an object or undefined'))();
  }
  const list = transferList(options?.transfer, undefined);
  return withDetachedPorts(list.ports, () => binding.structuredClone(value, list.engine), list.detached);
}

module.exports = {
  MessagePort,
  MessageChannel,
  MessageEvent,
  receiveMessageOnPort,
  markAsUntransferable,
  isMarkedAsUntransferable,
  structuredClone,
  transferList,
  withDetachedPorts,
  notEnoughArguments,
  portForId,
  drainPort,
  onPortReady,
  transferId,
  receiveTransfer,
  cloneError,
  kId,
  // For internal/worker/broadcast.js.
  kStarted,
  kRefed,
  kHolding,
  kClosed,
  kDetached,
  kHandlers,
  kOnReady,
  live,
  errors,
  updateHold,
  takeStock,
  deliverQueued,
  defineMessageHandlers,
};
