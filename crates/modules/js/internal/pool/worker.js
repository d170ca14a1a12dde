'use strict';
// A pool worker's side: load the handler, then take tasks from the Rust
// scheduler (crates/runtime/src/pool) and hand back results. A task that
// finishes synchronously gets the next one in the same call, so a busy
// worker never waits on the owner's thread.

const binding = require('internal/binding');
const { unwrap, isPlain } = require('internal/pool/move');

let poolId = 0;
let inPool = false;
// Handlers by `${filename}\0${name}`: the function, once loaded.
const handlers = new Map();
// After this many synchronous tasks in a row the worker lets its event
// loop run (timers, I/O, messages) before it goes on.
const BATCH = 64;
let resumeTask;
const OUT_OF_MEMORY = 'out of memory';

function noHandler(filename) {
  return new Error(`No handler function exported from ${filename}`);
}

let importer;
function importFile(filename) {
  if (importer === undefined) importer = binding.evalScript('(url) => import(url)', '[pool import]', 1);
  return importer(require('url').pathToFileURL(filename).href);
}

/**
 * The handler `name` of a loaded module (maybe a promise of it), as
 * piscina picks it: `default` is the module itself when that is a
 * function, else its `default` export; other names are named exports.
 * A promise (of a function or of a module) is waited for.
 */
function pick(mod, name, filename) {
  if (name === 'default' && typeof mod === 'function') return mod;
  if (mod !== null && (typeof mod === 'object' || typeof mod === 'function')) {
    if (typeof mod.then === 'function') return mod.then((m) => pick(m, name, filename));
    const h = mod[name];
    if (typeof h === 'function') return h;
    if (h !== null && typeof h === 'object' && typeof h.then === 'function') {
      return h.then((m) => (typeof m === 'function' ? m : pick(m, name, filename)));
    }
  }
  throw noHandler(filename);
}

let userRequire;
function loadModule(filename) {
  if (userRequire === undefined) {
    const { Module, makeRequire } = require('internal/modules/cjs');
    const module = new Module('[pool worker]');
    module.paths = Module._nodeModulePaths(process.cwd());
    userRequire = makeRequire(module);
  }
  try {
    return userRequire(filename);
  } catch (err) {
    if (err && err.code === 'ERR_REQUIRE_ESM') return importFile(filename);
    throw err;
  }
}

/** The handler (a function), or a promise of it. */
function handlerFor(filename, name) {
  const key = `${filename}\0${name}`;
  const known = handlers.get(key);
  if (known !== undefined) return known;
  if (!filename) throw new Error('filename must be provided to run() or in options object');
  const found = pick(loadModule(filename), name, filename);
  if (typeof found === 'function') {
    handlers.set(key, found);
    return found;
  }
  return Promise.resolve(found).then((fn) => {
    handlers.set(key, fn);
    return fn;
  });
}

/** Starts the worker: loads the pool's handler, then asks for work. */
function start(options) {
  poolId = options.id;
  inPool = true;
  // A pool's worker lives until the pool stops it.
  binding.refLoop(1);
  const ready = () => {
    binding.poolReady(poolId);
    drain(undefined);
  };
  const loaded = options.filename ? handlerFor(options.filename, options.name) : undefined;
  if (loaded !== undefined && typeof loaded !== 'function') {
    loaded.then(ready, (err) => require('internal/process/fatal').handleUncaught(err, 'uncaughtException'));
  } else {
    ready();
  }
}

/** Event-loop hook: tasks wait for this worker. */
function onWork() {
  try {
    drain(undefined);
    require('internal/process/ticks').runTicks();
  } catch (err) {
    if (err === OUT_OF_MEMORY) throw err;
    require('internal/process/fatal').handleUncaught(err, 'uncaughtException');
  }
}

/**
 * Runs tasks while there are any for this worker: each that ends
 * synchronously hands over the next; after one that goes async, the
 * worker asks again (it may run several at once).
 */
function drain(task) {
  let count = 0;
  for (;;) {
    if (task === undefined) task = binding.poolTake(poolId);
    if (task === undefined) return;
    if (++count > BATCH) {
      resumeTask = task;
      setImmediate(resume);
      return;
    }
    task = run(task);
  }
}

function resume() {
  const task = resumeTask;
  resumeTask = undefined;
  drain(task);
}

/** Runs one task; returns the next one when this one ended synchronously. */
function run([id, input, filename, name, isJson]) {
  let value;
  try {
    if (isJson) input = JSON.parse(input);
    const handler = handlerFor(filename, name);
    value = typeof handler === 'function' ? handler(input) : handler.then((fn) => fn(input));
  } catch (err) {
    // The engine's out-of-memory report ends the worker, not just the task.
    if (err === OUT_OF_MEMORY) throw err;
    return finish(id, false, err, isJson);
  }
  if (value !== null && (typeof value === 'object' || typeof value === 'function') && typeof value.then === 'function') {
    value.then((v) => drain(finish(id, true, v, isJson)), (e) => drain(finish(id, false, e, isJson)));
    return undefined;
  }
  return finish(id, true, value, isJson);
}

/** A thrown value as JSON for a Rust caller. */
function errorJson(err) {
  if (err instanceof Error) {
    return JSON.stringify({
      name: String(err.name), message: String(err.message),
      code: typeof err.code === 'string' ? err.code : undefined, stack: String(err.stack),
    });
  }
  try {
    return JSON.stringify(err) ?? 'null';
  } catch {
    return JSON.stringify({ name: 'Error', message: String(err) });
  }
}

/** Hands a result (or error) back; returns the next task, if any. */
function finish(id, ok, value, isJson) {
  if (isJson) {
    let text;
    try {
      text = ok ? (JSON.stringify(value) ?? 'null') : errorJson(value);
    } catch (err) {
      [ok, text] = [false, errorJson(err)];
    }
    return binding.poolFinish(poolId, id, ok, text, undefined, 1);
  }
  if (ok && isPlain(value)) return binding.poolFinish(poolId, id, true, value, undefined, 2);
  const ports = require('internal/worker/ports');
  try {
    const [result, transfer] = unwrap(value, undefined);
    const list = ports.transferList(transfer, undefined);
    return ports.withDetachedPorts(list.ports,
      () => binding.poolFinish(poolId, id, ok, result, list.engine, 0), list.detached);
  } catch (err) {
    // The result could not be cloned (a function, say): the task fails
    // with that error, as a plain Error (a DOMException does not clone).
    const plain = new Error(String(err && err.message));
    plain.name = String(err && err.name);
    return binding.poolFinish(poolId, id, false, plain, undefined, 0);
  }
}

/** True on a pool's worker thread. */
function isWorkerThread() {
  return inPool;
}

module.exports = { start, onWork, isWorkerThread };
