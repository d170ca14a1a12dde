'use strict';
// `spindle:pool`: a worker pool with piscina 5's surface (`Pool`, also
// exported as `Piscina`). See internal/pool/owner.js and the scheduler in
// crates/runtime/src/pool. The module is the class itself, as piscina's;
// its statics are made enumerable so that ESM can import them by name.

// A pool is about to start workers: the warm spares start being made now.
require('internal/binding').workerWarmUp();

const { Pool, AbortError, TimeoutError } = require('internal/pool/owner');

for (const name of ['Piscina', 'Pool', 'isWorkerThread', 'workerData', 'version', 'move',
  'transferableSymbol', 'valueSymbol', 'queueOptionsSymbol']) {
  const desc = Object.getOwnPropertyDescriptor(Pool, name);
  Object.defineProperty(Pool, name, { ...desc, enumerable: true });
}
Pool.default = Pool;
Pool.AbortError = AbortError;
Pool.TimeoutError = TimeoutError;

module.exports = Pool;
