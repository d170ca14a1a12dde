'use strict';
// node's `timers`: the same functions as the globals, plus `promises`
// (the `timers/promises` module, loaded on first use).

const t = require('internal/timers');

// setTimeout and setImmediate promisify to their timers/promises versions
// (util.promisify looks for this symbol). Defined once, on the functions
// the globals share; node defines the same enumerable, non-configurable
// getters.
const kCustomPromisified = Symbol.for('nodejs.util.promisify.custom');

function installPromisified(timers) {
  for (const name of ['setTimeout', 'setImmediate']) {
    const fn = timers[name];
    if (typeof fn !== 'function' || Object.prototype.hasOwnProperty.call(fn, kCustomPromisified)) continue;
    Object.defineProperty(fn, kCustomPromisified, {
      enumerable: true,
      configurable: false,
      get() { return require('timers/promises')[name]; },
    });
  }
}

installPromisified(t);

module.exports = {
  setTimeout: t.setTimeout,
  clearTimeout: t.clearTimeout,
  setImmediate: t.setImmediate,
  clearImmediate: t.clearImmediate,
  setInterval: t.setInterval,
  clearInterval: t.clearInterval,
};

Object.defineProperty(module.exports, 'promises', {
  enumerable: true,
  configurable: true,
  get() { return require('timers/promises'); },
});

