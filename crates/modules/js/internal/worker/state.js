'use strict';
// What `worker_threads` reports about the current thread: set once by
// `runWorker` in a worker, defaults on the main thread.

const binding = require('internal/binding');

const state = {
  isMainThread: true,
  threadId: 0,
  parentPort: null,
  workerData: null,
  resourceLimits: {},
  environmentData: new Map(),
  initialized: false,
};

function current() {
  if (!state.initialized) {
    const [isMain, threadId] = binding.threadInfo();
    state.isMainThread = isMain;
    state.threadId = threadId;
    state.initialized = true;
  }
  return state;
}

module.exports = { current };
