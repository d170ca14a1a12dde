'use strict';
// node's `async_hooks`, reduced to what libraries commonly touch.
// AsyncLocalStorage keeps its store for synchronous code run inside
// `run()`; it does not follow the store across awaits and timers (spindle
// does not track async resources yet).

class AsyncResource {
  constructor(type) {
    this.type = type;
  }
  runInAsyncScope(fn, thisArg, ...args) {
    return fn.apply(thisArg, args);
  }
  bind(fn) {
    return fn.bind(undefined);
  }
  emitDestroy() {
    return this;
  }
  asyncId() {
    return 1;
  }
  triggerAsyncId() {
    return 0;
  }
  static bind(fn) {
    return fn;
  }
}

class AsyncLocalStorage {
  constructor() {
    this.store = undefined;
  }
  getStore() {
    return this.store;
  }
  run(store, fn, ...args) {
    const previous = this.store;
    this.store = store;
    try {
      return fn(...args);
    } finally {
      this.store = previous;
    }
  }
  exit(fn, ...args) {
    return this.run(undefined, fn, ...args);
  }
  enterWith(store) {
    this.store = store;
  }
  disable() {
    this.store = undefined;
  }
  static bind(fn) {
    return fn;
  }
  static snapshot() {
    return (fn, ...args) => fn(...args);
  }
}

module.exports = {
  AsyncResource,
  AsyncLocalStorage,
  createHook: () => ({ enable() { return this; }, disable() { return this; } }),
  executionAsyncId: () => 1,
  triggerAsyncId: () => 0,
  executionAsyncResource: () => ({}),
};
