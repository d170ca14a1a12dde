'use strict';
// node:worker_threads. Workers are OS threads, each with its own isolate
// and event loop (see internal/worker/worker.js and crates/runtime); ports
// and structured clone are in internal/worker/ports.js.

// A program that loads worker_threads is about to start workers: the warm
// spare isolates start being made now, in the background.
require('internal/binding').workerWarmUp();

const ports = require('internal/worker/ports');
const worker = require('internal/worker/worker');
const { current } = require('internal/worker/state');

function getEnvironmentData(key) {
  return current().environmentData.get(key);
}

function setEnvironmentData(key, value) {
  const data = current().environmentData;
  if (value === undefined) data.delete(key);
  else data.set(key, value);
}

// There is no `vm` module: contexts other than the isolate's own do not exist.
function moveMessagePortToContext(port, context) {
  void port;
  void context;
  const { makeNodeError } = require('internal/errors');
  throw new (makeNodeError('ERR_METHOD_NOT_IMPLEMENTED', Error,
    'The moveMessagePortToContext() method is not implemented: spindle has no vm contexts'))();
}

module.exports = {
  Worker: worker.Worker,
  MessageChannel: ports.MessageChannel,
  MessagePort: ports.MessagePort,
  BroadcastChannel: ports.BroadcastChannel,
  receiveMessageOnPort: ports.receiveMessageOnPort,
  markAsUntransferable: ports.markAsUntransferable,
  moveMessagePortToContext,
  postMessageToThread: worker.postMessageToThread,
  getEnvironmentData,
  setEnvironmentData,
  SHARE_ENV: worker.SHARE_ENV,
};

for (const name of ['isMainThread', 'threadId', 'parentPort', 'workerData', 'resourceLimits']) {
  Object.defineProperty(module.exports, name, {
    enumerable: true,
    configurable: true,
    get() { return current()[name]; },
  });
}
