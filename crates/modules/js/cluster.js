'use strict';
// node:cluster — a primary process forks workers (child_process.fork with
// NODE_UNIQUE_ID set) that can share server ports. A worker is a process
// that was started with NODE_UNIQUE_ID; the bootstrap loads this module
// there before any user code (internal/cluster/child), everyone else gets
// the primary's side (internal/cluster/primary).

const binding = require('internal/binding');

const isWorker = binding.getEnv('NODE_UNIQUE_ID') !== undefined;
module.exports = require(isWorker ? 'internal/cluster/child' : 'internal/cluster/primary');
