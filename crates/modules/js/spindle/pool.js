'use strict';
// `spindle:pool`: a worker pool with piscina 5's surface (`Pool`, also
// exported as `Piscina`). See internal/pool/owner.js and the scheduler in
// crates/runtime/src/pool. The class's static getters (isWorkerThread,
// workerData, move, the symbols, version) double as the module's exports.

const { Pool, AbortError, TimeoutError } = require('internal/pool/owner');

module.exports = Pool;
module.exports.default = Pool;
module.exports.AbortError = AbortError;
module.exports.TimeoutError = TimeoutError;
