'use strict';
// The Worker class (parent side) and `runWorker` (what a new worker thread
// runs first). The thread, its isolate and its event loop are Rust's
// (crates/runtime/src/worker.rs); this file validates options as node
// does, carries workerData and environment data across, and turns the
// worker's life (online, messages, error, exit) into events.

const binding = require('internal/binding');
const EventEmitter = require('events');
const ports = require('internal/worker/ports');
const { current } = require('internal/worker/state');

const SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');
const kState = Symbol('kState');

// Running workers started by this isolate, by thread id.
const running = new Map();

function codes() { return require('internal/errors').codes; }

function resolveFilename(filename, isEval) {
  if (isEval) {
    if (typeof filename !== 'string') {
      throw new (codes().ERR_INVALID_ARG_VALUE)('options.eval', true,
        "must be false when 'filename' is not a string");
    }
    return filename;
  }
  const { URL, fileURLToPath } = require('url');
  if (filename instanceof URL || (typeof filename === 'object' && filename !== null && typeof filename.href === 'string')) {
    if (filename.protocol === 'data:') return filename.href;
    if (filename.protocol !== 'file:') throw new (codes().ERR_INVALID_URL_SCHEME)('file');
    return fileURLToPath(filename);
  }
  if (typeof filename !== 'string') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('filename', ['string', 'URL'], filename);
  }
  const path = require('path');
  if (!path.isAbsolute(filename) && !/^\.\.?[\\/]/.test(filename)) {
    throw new (codes().ERR_WORKER_PATH)(filename);
  }
  return path.resolve(filename);
}

function validateOptions(options) {
  const { validateArray, validateString } = require('internal/validators');
  const { env } = options;
  if (env !== undefined && env !== null && env !== SHARE_ENV && typeof env !== 'object') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('options.env', ['object', 'undefined', 'null', 'worker_threads.SHARE_ENV'], env);
  }
  // Like node, falsy values (0, '', null, NaN) count as not given.
  if (options.argv) validateArray(options.argv, 'options.argv');
  if (options.execArgv) validateArray(options.execArgv, 'options.execArgv');
  if (options.name) validateString(options.name, 'options.name');
}

const LIMIT_NAMES = ['maxYoungGenerationSizeMb', 'maxOldGenerationSizeMb', 'codeRangeSizeMb', 'stackSizeMb'];

function limitsOf(options) {
  const given = typeof options.resourceLimits === 'object' && options.resourceLimits !== null
    ? options.resourceLimits : {};
  const limits = {};
  for (const name of LIMIT_NAMES) {
    // Like node, values that are not positive numbers are ignored.
    const value = given[name];
    limits[name] = typeof value === 'number' && value > 0 ? value : (name === 'stackSizeMb' ? 4 : -1);
  }
  return limits;
}

// The default env is a copy of this thread's environment, as in node (not
// of what `process.env` was set to). With `atSpawn`, a copy of the real
// environment is made by workerSpawn (its `copyEnv`), which is cheaper,
// and made into the worker's process.env only if the worker reads it.
function envSpec(env, atSpawn = false) {
  if (env === SHARE_ENV) return 'share';
  if (env === undefined || env === null) {
    const processObject = require('internal/process/object');
    if (atSpawn && processObject.envIsReal()) return 'at-spawn';
    env = processObject.threadEnv();
  }
  const copy = {};
  for (const key of Object.keys(env)) copy[key] = `${env[key]}`;
  return copy;
}

class Worker extends EventEmitter {
  constructor(filename, options = {}) {
    super();
    // Like node: a non-object options bag is ignored (null is not).
    if (typeof options !== 'object') options = {};
    validateOptions(options);
    const isEval = Boolean(options.eval);
    const value = resolveFilename(filename, isEval);
    const limits = limitsOf(options);
    const spec = {
      kind: isEval ? 'eval' : (value.startsWith('data:') ? 'data' : 'file'),
      value,
      name: options.name || '',
      argv: (options.argv || []).map((a) => `${a}`),
      execArgv: (options.execArgv || process.execArgv).map((a) => `${a}`),
      env: envSpec(options.env, true),
      resourceLimits: limits,
    };
    // With stdout/stderr: true the worker's output comes here as messages
    // on a port of its own, for the Worker's readable streams.
    const wantOut = Boolean(options.stdout);
    const wantErr = Boolean(options.stderr);
    let stdio = null;
    const payload = { workerData: options.workerData, environmentData: current().environmentData };
    let transfer = options.transferList;
    transfer = typeof transfer === 'object' && transfer !== null ? transfer : undefined;
    if (wantOut || wantErr) {
      stdio = new ports.MessageChannel();
      payload.stdio = { port: stdio.port2, stdout: wantOut, stderr: wantErr };
      transfer = [...(transfer || []), stdio.port2];
    }
    const list = ports.transferList(transfer, undefined);
    const [threadId, portId] = ports.withDetachedPorts(list.ports, () => binding.workerSpawn(
      JSON.stringify(spec), payload, list.engine, limits.stackSizeMb,
      limits.maxOldGenerationSizeMb, limits.maxYoungGenerationSizeMb, spec.env === 'at-spawn'),
    list.detached);
    const port = ports.portForId(portId, true);
    port.on('message', (message) => this.emit('message', message));
    port.on('messageerror', (err) => this.emit('messageerror', err));
    this[kState] = {
      port, limits, exited: false, refed: true, exitWaiters: [], threadId,
      stdio: stdio && stdio.port1, stdout: null, stderr: null,
    };
    if (stdio !== null) {
      const st = this[kState];
      if (wantOut) st.stdout = newReadable();
      if (wantErr) st.stderr = newReadable();
      stdio.port1.on('message', ([fd, chunk]) => {
        const stream = fd === 1 ? st.stdout : st.stderr;
        if (stream) stream.push(chunk);
        else require('internal/process/stdio').write(fd, chunk);
      });
      stdio.port1.unref();
    }
    running.set(threadId, this);
    binding.refLoop(1);
  }

  postMessage(value, transfer) {
    if (arguments.length === 0) throw ports.notEnoughArguments();
    const st = this[kState];
    if (st.exited) return;
    st.port.postMessage(value, transfer);
  }

  /** Stops the worker; resolves with its exit code (undefined if it had exited). */
  terminate(callback) {
    const st = this[kState];
    if (typeof callback === 'function') {
      process.emitWarning('Passing a callback to worker.terminate() is deprecated. It returns a Promise instead.',
        'DeprecationWarning', 'DEP0132');
    }
    if (st.exited) {
      if (typeof callback === 'function') process.nextTick(callback, null, undefined);
      return Promise.resolve(undefined);
    }
    const done = new Promise((resolve) => st.exitWaiters.push(resolve));
    if (typeof callback === 'function') done.then((code) => callback(null, code));
    binding.workerTerminate(this.threadId);
    return done;
  }

  ref() {
    const st = this[kState];
    if (!st.exited && !st.refed) { st.refed = true; binding.refLoop(1); }
  }

  unref() {
    const st = this[kState];
    if (!st.exited && st.refed) { st.refed = false; binding.refLoop(-1); }
  }

  get resourceLimits() {
    const st = this[kState];
    return st.exited ? {} : { ...st.limits };
  }

  get threadId() { return this[kState].threadId; }

  get stdin() { return null; }

  /** A Readable of the worker's stdout (with `stdout: true`), else null. */
  get stdout() { return this[kState].stdout; }

  /** A Readable of the worker's stderr (with `stderr: true`), else null. */
  get stderr() { return this[kState].stderr; }

  getHeapSnapshot() {
    const { makeNodeError } = require('internal/errors');
    return Promise.reject(new (makeNodeError('ERR_METHOD_NOT_IMPLEMENTED', Error,
      'The getHeapSnapshot() method is not implemented: SpiderMonkey has no V8 heap snapshots'))());
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    return `Worker ${inspect({ threadId: this.threadId }, options)}`;
  }
}

/**
 * Sends a clone of `value` to thread `threadId`, where process emits
 * 'workerMessage' (value, senderThreadId). Resolves once it is on its way.
 */
function postMessageToThread(threadId, value, transferList, timeout) {
  const { makeNodeError } = require('internal/errors');
  const { validateNumber } = require('internal/validators');
  validateNumber(threadId, 'threadId');
  if (typeof transferList === 'number' && timeout === undefined) {
    timeout = transferList;
    transferList = undefined;
  }
  if (timeout !== undefined) validateNumber(timeout, 'timeout', 0);
  if (threadId === current().threadId) {
    return Promise.reject(new (makeNodeError('ERR_WORKER_MESSAGING_SAME_THREAD', Error,
      'Cannot sent a message to the same thread'))());
  }
  try {
    const list = ports.transferList(transferList, undefined);
    const sent = ports.withDetachedPorts(list.ports, () => binding.threadPost(threadId, value, list.engine));
    if (!sent) {
      return Promise.reject(new (makeNodeError('ERR_WORKER_MESSAGING_FAILED', Error,
        'Cannot find the destination thread or listener'))());
    }
  } catch (err) {
    return Promise.reject(err);
  }
  return Promise.resolve();
}

/** Event-loop hook: a value from `postMessageToThread`. */
function onThreadMessage(from, value) {
  try {
    process.emit('workerMessage', value, from);
    require('internal/process/ticks').runTicks();
  } catch (err) {
    require('internal/process/fatal').handleUncaught(err, 'uncaughtException');
  }
}

/** Event-loop hook: the worker is running its script. */
function onWorkerOnline(threadId) {
  const worker = running.get(threadId);
  if (worker === undefined) return;
  try {
    worker.emit('online');
    require('internal/process/ticks').runTicks();
  } catch (err) {
    require('internal/process/fatal').handleUncaught(err, 'uncaughtException');
  }
}

/** Rebuilds an uncaught error sent by a worker (see serializeError). */
function deserializeError(image) {
  if (image === null || typeof image !== 'object' || image.kind !== 'error') return image && image.value;
  const Ctor = ERROR_CTORS.includes(image.ctor) ? globalThis[image.ctor] : Error;
  // As node: an object on the class's prototype, tagged 'Error' (not a
  // native error object).
  const err = Object.create(Ctor.prototype);
  Object.defineProperty(err, Symbol.toStringTag, { value: 'Error', configurable: true });
  for (const [key, value, enumerable] of image.props) {
    Object.defineProperty(err, key, { value, enumerable, writable: true, configurable: true });
  }
  return err;
}

/** Event-loop hook: the worker's thread has ended. */
function onWorkerExit(threadId, code, errorImage, fault) {
  const worker = running.get(threadId);
  if (worker === undefined) return;
  const st = worker[kState];
  // Every message (and output) the worker sent before it ended comes first.
  ports.drainPort(st.port);
  if (st.stdio !== null) {
    ports.drainPort(st.stdio);
    st.stdio.close();
    if (st.stdout) st.stdout.push(null);
    if (st.stderr) st.stderr.push(null);
  }
  running.delete(threadId);
  st.exited = true;
  if (st.refed) binding.refLoop(-1);
  st.refed = false;
  st.port.close();
  st.threadId = -1;
  const emit = (name, value) => {
    try {
      worker.emit(name, value);
      require('internal/process/ticks').runTicks();
    } catch (err) {
      require('internal/process/fatal').handleUncaught(err, 'uncaughtException');
    }
  };
  if (errorImage !== undefined) emit('error', deserializeError(errorImage));
  else if (fault !== undefined) emit('error', faultError(fault));
  emit('exit', code);
  for (const resolve of st.exitWaiters) resolve(code);
}

function newReadable() {
  const { Readable } = require('stream');
  return new Readable({ read() {} });
}

/** The error for a worker the runtime had to stop (not a JS exception). */
function faultError(fault) {
  const { codes: c, makeNodeError } = require('internal/errors');
  if (fault === 'out-of-memory') return new c.ERR_WORKER_OUT_OF_MEMORY('JS heap out of memory');
  if (fault.startsWith('init: ')) return new c.ERR_WORKER_INIT_FAILED(fault.slice(6));
  return new (makeNodeError('ERR_WORKER_FAILED', Error, `Worker thread failed: ${fault}`))();
}

const ERROR_CTORS = ['EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError', 'Error'];

function cloneable(value) {
  try {
    binding.structuredClone(value, undefined);
    return true;
  } catch {
    return false;
  }
}

/** An uncaught error (or any thrown value) in a form structured clone keeps. */
function serializeError(err) {
  if (err !== null && typeof err === 'object' &&
      (err instanceof Error || Object.prototype.toString.call(err) === '[object Error]')) {
    let ctor = 'Error';
    for (let proto = Object.getPrototypeOf(err); proto !== null; proto = Object.getPrototypeOf(proto)) {
      const name = Object.prototype.hasOwnProperty.call(proto, 'constructor') && proto.constructor && proto.constructor.name;
      if (ERROR_CTORS.includes(name) && globalThis[name] === proto.constructor) { ctor = name; break; }
    }
    const props = [];
    if (!Object.prototype.hasOwnProperty.call(err, 'name') && typeof err.name === 'string' &&
        err.name !== globalThis[ctor].prototype.name) {
      props.push(['name', err.name, true]);
    }
    for (const key of ['message', 'stack', 'cause', 'errors']) {
      const desc = Object.getOwnPropertyDescriptor(err, key);
      if (desc === undefined) {
        if (key === 'stack' && typeof err.stack === 'string') props.push(['stack', err.stack, false]);
        continue;
      }
      if ('value' in desc && cloneable(desc.value)) props.push([key, desc.value, false]);
    }
    for (const key of Object.keys(err)) {
      if (key === 'message' || key === 'stack' || key === 'cause' || key === 'errors') continue;
      let value;
      try { value = err[key]; } catch { continue; }
      if (cloneable(value)) props.push([key, value, true]);
    }
    return { kind: 'error', ctor, props };
  }
  if (cloneable(err)) return { kind: 'value', value: err };
  return { kind: 'value', value: require('internal/inspect').inspect(err) };
}

/** A worker's own process.env: a copy, which writes do not leave. */
function makeEnv(spec) {
  const store = Object.assign(Object.create(null), spec);
  return binding.hideProxy(new Proxy(store, {
    set(target, key, value) {
      if (typeof key === 'symbol') return false;
      target[key] = `${value}`;
      return true;
    },
    defineProperty(target, key, desc) {
      if ('value' in desc) target[key] = `${desc.value}`;
      return true;
    },
  }));
}

/** A spare worker isolate loads what every worker needs before it is taken. */
function prepareWorker(warmUp) {
  require('internal/modules/cjs');
  require('internal/modules/run-main');
  if (!warmUp) return;
  // Run (without side effects) what starting a worker runs, so that its
  // first calls find their objects' shapes and caches made (about 0.1 ms
  // less from `new Worker` to its first message).
  const path = require('path');
  const cwd = process.cwd();
  path.join(cwd, '[worker eval]');
  path.resolve(cwd, './warm-up.js');
  const { Module, makeRequire } = require('internal/modules/cjs');
  const module = new Module('[warm-up]');
  module.paths = Module._nodeModulePaths(cwd);
  makeRequire(module);
  JSON.parse('{"kind":"eval","argv":[],"env":{"A":"b"}}');
  makeEnv({ A: 'b' });
  ports.transferList(undefined, undefined);
}

/** What a worker thread runs first: sets up worker_threads, then the script. */
function runWorker(specJson, payload, portId, threadId) {
  const spec = JSON.parse(specJson);
  // A pool made from Rust sends its payload as JSON (and reads errors as text).
  if (typeof payload === 'string') {
    payload = JSON.parse(payload);
    current().errorsAsText = true;
  }
  const state = current();
  state.isMainThread = false;
  state.threadId = threadId;
  state.workerData = payload.workerData;
  state.environmentData = payload.environmentData instanceof Map ? payload.environmentData : new Map();
  // The limits in force: what was asked, else the engine's defaults here.
  const asked = spec.resourceLimits;
  state.resourceLimits = {
    maxYoungGenerationSizeMb: asked.maxYoungGenerationSizeMb > 0 ? asked.maxYoungGenerationSizeMb : 1,
    maxOldGenerationSizeMb: asked.maxOldGenerationSizeMb > 0 ? asked.maxOldGenerationSizeMb : 4096,
    codeRangeSizeMb: asked.codeRangeSizeMb > 0 ? asked.codeRangeSizeMb : 0,
    stackSizeMb: asked.stackSizeMb > 0 ? asked.stackSizeMb : 4,
  };
  state.parentPort = ports.portForId(portId, false);
  if (payload.stdio) {
    const { port, stdout, stderr } = payload.stdio;
    require('internal/process/stdio').setRedirect((fd, chunk) => {
      if ((fd === 1 && !stdout) || (fd === 2 && !stderr)) return false;
      port.postMessage([fd, chunk]);
      return true;
    });
  }
  if (spec.env === 'at-spawn') {
    require('internal/process/object').setOwnEnv(process, () => makeEnv(binding.workerEnv() ?? {}));
  } else if (spec.env !== 'share') {
    require('internal/process/object').setOwnEnv(process, () => makeEnv(spec.env));
  }
  process.execArgv = spec.execArgv;
  if (spec.execArgv.includes('--expose-gc')) require('internal/bootstrap/globals').exposeGc();
  const main = spec.kind === 'eval' ? '[worker eval]' : spec.value;
  process.argv = [process.execPath, main, ...spec.argv];
  if (spec.kind === 'pool') {
    process.argv[1] = payload.pool.filename || '[pool worker]';
    require('internal/pool/worker').start(payload.pool);
    return;
  }
  const runMain = require('internal/modules/run-main');
  if (spec.kind === 'eval') {
    runMain.runEval(spec.value, false, '[worker eval]');
  } else if (spec.kind === 'data') {
    require('internal/modules/esm').runDataModule(spec.value).then(undefined,
      (err) => require('internal/process/fatal').handleUncaught(err, 'uncaughtException'));
  } else {
    runMain.runMain('file', spec.value);
  }
}

module.exports = {
  Worker,
  SHARE_ENV,
  runWorker,
  prepareWorker,
  postMessageToThread,
  onThreadMessage,
  onWorkerOnline,
  onWorkerExit,
  serializeError,
  deserializeError,
  faultError,
  limitsOf,
  envSpec,
};
