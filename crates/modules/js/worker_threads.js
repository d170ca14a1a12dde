'use strict';
// node:worker_threads. Workers are OS threads, each with its own isolate
// and event loop (see internal/worker/worker.js and crates/runtime); ports
// and structured clone are in internal/worker/ports.js.

// A program that loads worker_threads is about to start workers: the warm
// spare isolates start being made now, in the background.
const binding = require('internal/binding');
binding.workerWarmUp();

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

// In node's order. The thread's own values are read when asked (they are
// set when the worker starts); BroadcastChannel loads on first read.
function threadValue(name) {
  return { enumerable: true, configurable: true, get() { return current()[name]; } };
}
module.exports = {};
Object.defineProperty(module.exports, 'isMainThread', threadValue('isMainThread'));
Object.assign(module.exports, {
  MessagePort: ports.MessagePort,
  MessageChannel: ports.MessageChannel,
  markAsUntransferable: ports.markAsUntransferable,
  moveMessagePortToContext,
  receiveMessageOnPort: ports.receiveMessageOnPort,
});
Object.defineProperty(module.exports, 'resourceLimits', threadValue('resourceLimits'));
module.exports.postMessageToThread = worker.postMessageToThread;
Object.defineProperty(module.exports, 'threadId', threadValue('threadId'));
Object.assign(module.exports, { SHARE_ENV: worker.SHARE_ENV, Worker: worker.Worker });
Object.defineProperty(module.exports, 'parentPort', threadValue('parentPort'));
Object.defineProperty(module.exports, 'workerData', threadValue('workerData'));
binding.defineLazy(module.exports, 'BroadcastChannel',
  () => require('internal/worker/broadcast').BroadcastChannel, true);
Object.assign(module.exports, { setEnvironmentData, getEnvironmentData });
