'use strict';
// Builds the environment of an isolate: globals, `process`, the loaders,
// and the hooks object the Rust event loop calls into.

const binding = require('internal/binding');

/**
 * The runtime's own proxies (process.env) are not proxies to user code, as
 * in node: util.types.isProxy and util.inspect see through them.
 */
function hideRuntimeProxies() {
  const hidden = new WeakSet();
  const { isProxy, getProxyDetails } = binding;
  binding.isProxy = (value) => isProxy(value) && !hidden.has(value);
  binding.getProxyDetails = (value) => (hidden.has(value) ? undefined : getProxyDetails(value));
  binding.hideProxy = (proxy) => {
    hidden.add(proxy);
    return proxy;
  };
}

function createHooks(requireBuiltin) {
  hideRuntimeProxies();
  require('internal/stack').install();
  const process = require('internal/process/object').createProcess();
  const ticks = require('internal/process/ticks');
  const timers = require('internal/timers');
  require('internal/bootstrap/globals').install(process);
  if (process.execArgv.includes('--expose-gc')) require('internal/bootstrap/globals').exposeGc();
  // Loaded on the first completion of an async operation (or error made
  // from Rust): a worker that makes neither never loads it.
  const completions = () => require('internal/completions');
  const fatal = require('internal/process/fatal');
  let netDispatch;

  return {
    processTimers: (now) => timers.processTimers(now),
    processImmediates: () => timers.processImmediates(),
    onCompletion: (id, err, value) => completions().complete(id, err, value),
    onPromiseRejection: (promise, handled) => ticks.trackRejection(promise, handled),
    onUncaughtException: (err, file, line, column) => {
      // Where a thrown primitive was thrown (an Error knows it itself).
      if (file !== undefined) fatal.noteThrowLocation(err, { file, line, column });
      fatal.handleUncaught(err, 'uncaughtException');
    },
    makeError: (cls, message, code, props) => completions().makeError(cls, message, code, props),
    emitBeforeExit: () => {
      process.emit('beforeExit', process.exitCode === undefined ? 0 : process.exitCode);
      ticks.runTicks();
    },
    emitExit: () => fatal.exitNaturally(),
    loadModule: (specifier, referrer, isDynamic, asJson) =>
      require('internal/modules/esm').loadModule(specifier, referrer, isDynamic, asJson),
    initImportMeta: (meta, filename) => require('internal/modules/esm').initImportMeta(meta, filename),
    onPortReady: (id) => require('internal/worker/ports').onPortReady(id),
    onWorkerOnline: (threadId) => require('internal/worker/worker').onWorkerOnline(threadId),
    onWorkerExit: (threadId, code, error, fault) =>
      require('internal/worker/worker').onWorkerExit(threadId, code, error, fault),
    onThreadMessage: (from, value) => require('internal/worker/worker').onThreadMessage(from, value),
    onPoolReady: (id) => require('internal/pool/owner').onPoolReady(id),
    onPoolWork: (id) => require('internal/pool/worker').onWork(id),
    onHttp: (kind, a, b, c, d, e, f, g, h) => require('internal/http/dispatch').onEvent(kind, a, b, c, d, e, f, g, h),
    onChild: (kind, id, a, b) => require('internal/child_process/events').onEvent(kind, id, a, b),
    onNet: (kind, a, b, c, d, e, f, g) => {
      netDispatch ??= require('internal/net/dispatch');
      netDispatch.onEvent(kind, a, b, c, d, e, f, g);
    },
    transferId: (obj) => require('internal/worker/ports').transferId(obj),
    receiveTransfer: (id) => require('internal/worker/ports').receiveTransfer(id),
    cloneError: (kind, value, message) => require('internal/worker/ports').cloneError(kind, value, message),
    prepareWorker: (warmUp) => require('internal/worker/worker').prepareWorker(warmUp),
    runWorker: (spec, payload, portId, threadId) => {
      require('internal/worker/worker').runWorker(spec, payload, portId, threadId);
      ticks.runTicks();
    },
    runMain: (kind, value) => {
      // A process started by fork(): its IPC channel, before any user code;
      // then, in a cluster worker (always forked), the cluster's side of it.
      if (binding.getEnv('NODE_CHANNEL_FD') !== undefined) {
        require('internal/child_process/channel').setupChild();
        if (kind === 'file' && binding.getEnv('NODE_UNIQUE_ID') !== undefined) {
          require('cluster')._setupWorker();
          delete process.env.NODE_UNIQUE_ID;
        }
      }
      require('internal/modules/run-main').runMain(kind, value);
      ticks.runTicks();
    },
    requireBuiltin,
  };
}

module.exports = { createHooks, binding };
