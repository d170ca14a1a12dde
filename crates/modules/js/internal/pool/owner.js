'use strict';
// The Pool class of `spindle:pool` (also exported as Piscina, with
// piscina 5's surface). The scheduler is Rust's (crates/runtime/src/pool):
// this side validates options, submits tasks, and settles each task's
// promise when the scheduler reports its outcome — a batch of outcomes
// per wake-up of this thread.

const binding = require('internal/binding');
const EventEmitter = require('events');
const ports = require('internal/worker/ports');
const { move, unwrap, isPlain, kTransferable, kValue, kQueueOptions } = require('internal/pool/move');
const { AbortError, TimeoutError, errors } = require('internal/pool/errors');

/** Milliseconds, for durations (not `performance.now()`: loading the
 * performance module costs a first pool several milliseconds). */
function nowMs() {
  return Number(process.hrtime.bigint()) / 1e6;
}

// Pools of this isolate by id (for the event-loop hook).
const pools = new Map();
const kState = Symbol('kState');

function availableParallelism() {
  return require('os').availableParallelism();
}

function maybeFileURLToPath(filename) {
  if (typeof filename === 'string' && filename.startsWith('file:')) {
    const { fileURLToPath, URL } = require('url');
    return fileURLToPath(new URL(filename));
  }
  if (filename instanceof URL) return require('url').fileURLToPath(filename);
  return filename;
}

/** An absolute path for relative file names (`./x.js`); others as given. */
function handlerPath(filename) {
  if (filename == null) return null;
  filename = maybeFileURLToPath(filename);
  const path = require('path');
  return filename.startsWith('./') || filename.startsWith('../') ? path.resolve(filename) : filename;
}

const checks = [
  ['filename', (v) => v == null || typeof v === 'string' || v instanceof URL, TypeError, 'options.filename must be a string or null'],
  ['name', (v) => v == null || typeof v === 'string', TypeError, 'options.name must be a string or null'],
  ['minThreads', (v) => v === undefined || (typeof v === 'number' && v >= 0), TypeError, 'options.minThreads must be a non-negative integer'],
  ['maxThreads', (v) => v === undefined || (typeof v === 'number' && v >= 1), TypeError, 'options.maxThreads must be a positive integer'],
  ['idleTimeout', (v) => v === undefined || (typeof v === 'number' && v >= 0), TypeError, 'options.idleTimeout must be a non-negative integer'],
  ['maxQueue', (v) => v === undefined || v === 'auto' || (typeof v === 'number' && v >= 0), TypeError, 'options.maxQueue must be a non-negative integer'],
  ['concurrentTasksPerWorker', (v) => v === undefined || (typeof v === 'number' && v >= 1), TypeError, 'options.concurrentTasksPerWorker must be a positive integer'],
  ['atomics', (v) => v == null || ['sync', 'async', 'disabled'].includes(v), TypeError, 'options.atomics should be a value of sync, sync or disabled.'],
  ['resourceLimits', (v) => v === undefined || (typeof v === 'object' && v !== null), TypeError, 'options.resourceLimits must be an object'],
  ['niceIncrement', (v) => v === undefined || (typeof v === 'number' && v >= 0), TypeError, 'options.niceIncrement must be a non-negative integer on Unix systems'],
  ['trackUnmanagedFds', (v) => v === undefined || typeof v === 'boolean', TypeError, 'options.trackUnmanagedFds must be a boolean value'],
  ['closeTimeout', (v) => v === undefined || (typeof v === 'number' && v >= 0), TypeError, 'options.closeTimeout must be a non-negative integer'],
  ['recordTiming', (v) => v === undefined || typeof v === 'boolean', TypeError, 'options.recordTiming must be a boolean'],
  ['timeout', (v) => v == null || (typeof v === 'number' && v >= 0), TypeError, 'options.timeout must be a non-negative number'],
  ['maxTasksPerWorker', (v) => v == null || (typeof v === 'number' && v >= 1), TypeError, 'options.maxTasksPerWorker must be a positive integer'],
];

/** piscina's defaults, its checks, and its min/max reconciliation. */
function fillOptions(given) {
  const opts = Object.create(null);
  // An option given as undefined is an option not given.
  for (const [key, value] of Object.entries(given ?? {})) if (value !== undefined) opts[key] = value;
  for (const [key, ok, Ctor, message] of checks) {
    if (!ok(opts[key])) throw new Ctor(message);
  }
  if (opts.minThreads !== undefined && opts.maxThreads !== undefined && opts.minThreads > opts.maxThreads) {
    throw new RangeError('options.minThreads and options.maxThreads must not conflict');
  }
  const cpus = availableParallelism();
  const filled = Object.assign(Object.create(null), {
    filename: null, name: 'default', minThreads: Math.max(Math.floor(cpus / 2), 1), maxThreads: cpus * 1.5,
    idleTimeout: 0, maxQueue: Infinity, concurrentTasksPerWorker: 1, atomics: 'sync', niceIncrement: 0,
    trackUnmanagedFds: true, closeTimeout: 30000, recordTiming: true, timeout: null, maxTasksPerWorker: null,
  }, opts);
  filled.filename = handlerPath(opts.filename);
  if (opts.name == null) filled.name = 'default';
  if (opts.maxThreads !== undefined && filled.minThreads >= opts.maxThreads) filled.minThreads = opts.maxThreads;
  if (opts.minThreads !== undefined && filled.maxThreads <= opts.minThreads) filled.maxThreads = opts.minThreads;
  filled.maxQueue = opts.maxQueue === 'auto' ? filled.maxThreads ** 2 : (opts.maxQueue ?? Infinity);
  return filled;
}

function finiteOr(value, none) {
  return typeof value === 'number' && Number.isFinite(value) ? value : none;
}

/** Turns a failure the scheduler reported into the error a task rejects with. */
function failureError([kind, detail]) {
  const worker = require('internal/worker/worker');
  switch (kind) {
    case 'threw': return detail;
    case 'exited': return new Error(`worker exited with code: ${detail}`);
    case 'uncaught': return worker.deserializeError(detail);
    case 'oom': return worker.faultError('out-of-memory');
    case 'fault': return worker.faultError(detail);
    case 'timeout': return new TimeoutError(detail);
    case 'closed': return new AbortError('pool is closed');
    case 'terminated': return errors.ThreadTermination();
    default: return errors.Collateral();
  }
}

function summary(id, runTime) {
  const v = binding.poolHistogram(id, runTime);
  const names = ['average', 'mean', 'stddev', 'min', 'max', 'p0_001', 'p0_01', 'p0_1', 'p1', 'p2_5', 'p10', 'p25', 'p50',
    'p75', 'p90', 'p97_5', 'p99', 'p99_9', 'p99_99', 'p99_999'];
  const values = [v[1], ...v.slice(1)];
  const out = {};
  names.forEach((name, i) => { out[name] = values[i]; });
  return out;
}

class Pool extends EventEmitter {
  constructor(options = {}) {
    super();
    const opts = fillOptions(options);
    const worker = require('internal/worker/worker');
    const limits = worker.limitsOf(opts);
    const spec = JSON.stringify({
      kind: 'pool', value: '', name: '',
      argv: (opts.argv || []).map((a) => `${a}`),
      execArgv: (opts.execArgv || process.execArgv).map((a) => `${a}`),
      env: worker.envSpec(opts.env),
      resourceLimits: limits,
    });
    const id = binding.poolCreate(spec, opts.filename ?? undefined, opts.name,
      opts.minThreads, opts.maxThreads, opts.concurrentTasksPerWorker,
      finiteOr(opts.maxQueue, -1), finiteOr(opts.idleTimeout, -1), finiteOr(opts.timeout, -1),
      finiteOr(opts.maxTasksPerWorker, -1),
      limits.stackSizeMb, limits.maxOldGenerationSizeMb, limits.maxYoungGenerationSizeMb);
    this[kState] = {
      id, options: opts, pending: new Map(), threads: new Map(), outstanding: 0, refed: false,
      needsDrain: false, closing: false, closed: false, start: nowMs(),
      drainWaiters: [], exitWaiters: [], histogram: null, destroying: null,
    };
    pools.set(id, this);
    for (let i = 0; i < opts.minThreads; i++) spawn(this, false);
  }

  /** Runs `task` on a worker; resolves with the handler's result. */
  run(task, options = {}) {
    if (options === null || typeof options !== 'object') return Promise.reject(new TypeError('options must be an object'));
    const { transferList, signal = null, timeout } = options;
    const filename = options.filename ?? null;
    const name = options.name ?? null;
    if (transferList !== undefined && !Array.isArray(transferList)) {
      return Promise.reject(new TypeError('transferList argument must be an Array'));
    }
    if (filename != null && typeof filename !== 'string' && !(filename instanceof URL)) {
      return Promise.reject(new TypeError('filename argument must be a string'));
    }
    if (name != null && typeof name !== 'string') return Promise.reject(new TypeError('name argument must be a string'));
    if (signal != null && typeof signal !== 'object') return Promise.reject(new TypeError('signal argument must be an object'));
    if (timeout != null && (typeof timeout !== 'number' || !(timeout >= 0))) {
      return Promise.reject(new TypeError('timeout argument must be a non-negative number'));
    }
    const st = this[kState];
    if (st.closing) return Promise.reject(new AbortError('queue is being terminated'));
    const file = filename == null ? undefined : handlerPath(filename);
    if (file === undefined && st.options.filename == null) return Promise.reject(errors.FilenameNotProvided());
    if (signal != null && signal.aborted) return Promise.reject(new AbortError(signal.reason));
    let id;
    const handlerName = file === undefined && name == null ? undefined : (name ?? st.options.name);
    const limit = timeout == null ? -1 : timeout;
    try {
      if (transferList === undefined && isPlain(task)) {
        id = binding.poolSubmit(st.id, task, undefined, file, handlerName, limit, true);
      } else {
        const [value, transfer] = unwrap(task, transferList);
        const list = ports.transferList(transfer, undefined);
        id = ports.withDetachedPorts(list.ports, () => binding.poolSubmit(st.id, value, list.engine,
          file, handlerName, limit, false), list.detached);
      }
    } catch (err) {
      return Promise.reject(err);
    }
    if (id < 0) {
      const err = id === -1 ? errors.TaskQueueAtLimit()
        : id === -2 ? errors.NoTaskQueueAvailable() : new AbortError('queue is being terminated');
      return Promise.reject(err);
    }
    const entry = Promise.withResolvers();
    if (signal != null) {
      entry.signal = signal;
      entry.onAbort = () => {
        if (binding.poolCancel(st.id, id) !== 0) settle(this, id, false, new AbortError(signal.reason));
      };
      signal.addEventListener('abort', entry.onAbort, { once: true });
    }
    st.pending.set(id, entry);
    if (st.outstanding++ === 0 && !st.refed) {
      st.refed = true;
      binding.refLoop(1);
    }
    maybeDrain(this);
    return entry.promise;
  }

  /** Waits for queued and running tasks (up to closeTimeout), then destroys the pool. */
  async close(options = {}) {
    if (options === null || typeof options !== 'object') throw TypeError('options must be an object');
    const { force } = options;
    if (force !== undefined && typeof force !== 'boolean') throw new TypeError('force argument must be a boolean');
    const st = this[kState];
    if (st.closed) return;
    st.closing = true;
    holdLoop(st, true);
    const drained = new Promise((resolve) => st.drainWaiters.push(resolve));
    binding.poolClose(st.id, Boolean(force));
    let timer;
    const timedOut = new Promise((resolve) => {
      // closeTimeout: Infinity waits as long as it takes.
      if (Number.isFinite(st.options.closeTimeout)) timer = setTimeout(() => resolve(true), st.options.closeTimeout);
    });
    if (await Promise.race([drained.then(() => false), timedOut])) this.emit('error', errors.CloseTimeout());
    clearTimeout(timer);
    await this.destroy();
    this.emit('close');
  }

  /** Rejects queued and running tasks, stops every worker; resolves once they have exited. */
  destroy() {
    const st = this[kState];
    if (st.destroying === null) {
      st.closing = true;
      holdLoop(st, true);
      // Bounded: a worker that does not exit within 5 s (stuck outside
      // JavaScript) does not hold destroy() or close() up.
      let timer;
      const exited = new Promise((resolve) => {
        st.exitWaiters.push(resolve);
        timer = setTimeout(resolve, 5000);
      });
      st.destroying = exited.then(() => {
        clearTimeout(timer);
        st.closed = true;
        pools.delete(st.id);
        binding.poolRelease(st.id);
        holdLoop(st, false);
      });
      binding.poolDestroy(st.id);
    }
    return st.destroying;
  }

  [Symbol.dispose]() { this.close(); }

  [Symbol.asyncDispose]() { return this.close(); }

  get options() { return this[kState].options; }

  get maxThreads() { return this[kState].options.maxThreads; }

  get minThreads() { return this[kState].options.minThreads; }

  /** One object per worker thread: `{ threadId }`. */
  get threads() { return [...this[kState].threads.values()]; }

  get idleThreads() { return stats(this)[3]; }

  get queueSize() {
    const s = stats(this);
    return Math.max(s[0] - s[5], 0);
  }

  get completed() { return stats(this)[4]; }

  get duration() { return nowMs() - this[kState].start; }

  get utilization() {
    const st = this[kState];
    if (!st.options.recordTiming || st.closed) return 0;
    const v = binding.poolHistogram(st.id, true);
    const count = v[0] * 1000;
    if (count === 0) return 0;
    return (v[1] * count) / (this.duration * st.options.maxThreads);
  }

  get histogram() {
    const st = this[kState];
    if (st.histogram === null) {
      const pool = this;
      const live = () => st.options.recordTiming && !st.closed;
      st.histogram = {
        get runTime() { return live() ? summary(st.id, true) : undefined; },
        get waitTime() { return live() ? summary(st.id, false) : undefined; },
        resetRunTime() { if (live()) binding.poolResetHistogram(st.id, true); },
        resetWaitTime() { if (live()) binding.poolResetHistogram(st.id, false); },
      };
      void pool;
    }
    return st.histogram;
  }

  get needsDrain() { return this[kState].needsDrain; }

  static get isWorkerThread() { return require('internal/pool/worker').isWorkerThread(); }

  static get workerData() { return require('internal/worker/state').current().workerData; }

  static get version() { return '5.0.0'; }

  static get Piscina() { return Pool; }

  static get Pool() { return Pool; }

  static move(value) { return move(value); }

  static get transferableSymbol() { return kTransferable; }

  static get valueSymbol() { return kValue; }

  static get queueOptionsSymbol() { return kQueueOptions; }
}

function stats(pool) {
  const st = pool[kState];
  return st.closed ? [0, 0, 0, 0, 0, 0, []] : binding.poolStats(st.id);
}

/** Keeps the event loop alive while close/destroy is in progress. */
function holdLoop(st, on) {
  const want = on || st.outstanding > 0;
  if (want !== st.refed) {
    st.refed = want;
    binding.refLoop(want ? 1 : -1);
  }
}

function spawn(pool, asked) {
  const st = pool[kState];
  const { current } = require('internal/worker/state');
  const payload = {
    workerData: st.options.workerData,
    environmentData: current().environmentData,
    pool: { id: st.id, filename: st.options.filename, name: st.options.name },
  };
  try {
    const [threadId, portId] = binding.poolSpawn(st.id, asked, payload);
    const port = ports.portForId(portId, true);
    port.on('message', (message) => pool.emit('message', message));
    port.unref();
    st.threads.set(threadId, { threadId, port });
  } catch (err) {
    process.nextTick(() => pool.emit('error', err));
  }
}

function settle(pool, id, ok, value) {
  const st = pool[kState];
  const entry = st.pending.get(id);
  if (entry === undefined) return;
  st.pending.delete(id);
  if (entry.signal) entry.signal.removeEventListener('abort', entry.onAbort);
  if (ok) entry.resolve(value);
  else entry.reject(value);
  // While closing (until destroyed) the loop stays alive for close()/destroy().
  if (--st.outstanding === 0) holdLoop(st, st.closing && !st.closed);
  maybeDrain(pool);
}

/** piscina's back-pressure signals: needsDrain at capacity, drain below it. */
function maybeDrain(pool) {
  const st = pool[kState];
  const capacity = st.options.maxThreads * st.options.concurrentTasksPerWorker;
  if (st.outstanding >= capacity && !st.needsDrain) {
    st.needsDrain = true;
    queueMicrotask(() => pool.emit('needsDrain'));
  } else if (st.outstanding < capacity && st.needsDrain) {
    st.needsDrain = false;
    queueMicrotask(() => pool.emit('drain'));
  }
}

function handleDelivery(pool, kind, a, b) {
  const st = pool[kState];
  switch (kind) {
    case 0: settle(pool, a, true, b); break;
    case 1: {
      const error = failureError(b);
      for (const id of a) settle(pool, id, false, error);
      break;
    }
    case 2: {
      const thread = st.threads.get(a);
      if (thread !== undefined) pool.emit('workerCreate', thread);
      break;
    }
    case 3: {
      const thread = st.threads.get(a);
      if (thread === undefined) break;
      st.threads.delete(a);
      ports.drainPort(thread.port);
      thread.port.close();
      pool.emit('workerDestroy', thread);
      break;
    }
    case 4: if (!st.closing) spawn(pool, true); break;
    case 5: pool.emit('error', failureError(b)); break;
    case 6: st.drainWaiters.splice(0).forEach((resolve) => resolve()); break;
    default: st.exitWaiters.splice(0).forEach((resolve) => resolve()); break;
  }
}

/** Event-loop hook: outcomes of a pool's tasks (and its events) wait. */
function onPoolReady(id) {
  const pool = pools.get(id);
  if (pool === undefined) return;
  const { runTicks } = require('internal/process/ticks');
  const out = binding.poolResults(id);
  for (let i = 0; i < out.length; i += 3) {
    try {
      handleDelivery(pool, out[i], out[i + 1], out[i + 2]);
    } catch (err) {
      require('internal/process/fatal').handleUncaught(err, 'uncaughtException');
    }
  }
  runTicks();
}

module.exports = { Pool, AbortError, TimeoutError, onPoolReady };
