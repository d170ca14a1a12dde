// Runs a script under node with spindle's JavaScript built-ins in place of
// node's own, so a module can be developed and compared before spindle runs it.
//
//   node scripts/with-spindle-modules.cjs path/to/test.js [args...]
//
// A built-in id (`util`, `node:events`, `internal/errors`) resolves to
// crates/modules/js/<id>.js when that file exists, else to node's module.
'use strict';
const Module = require('module');
const fs = require('fs');
const path = require('path');
const nodeUtil = require('util');

const jsRoot = path.join(__dirname, '..', 'crates', 'modules', 'js');
const cache = new Map();
const nodePerformance = globalThis.performance;
const nodeLoad = Module._load.bind(Module); // node's loader, before the patch below

// spindle's internal/timers drives the Rust event loop through ops node
// does not have; under node, modules built on it get node's own timers
// (the same functions as the globals, as in spindle).
const nodeStandIns = {
  'internal/timers': () => nodeLoad('timers'),
};

// A stand-in for spindle's native ops, built from what node exposes.
const bindingShim = {
  getPromiseState(p) {
    const text = nodeUtil.inspect(p, { depth: 0 });
    if (text.includes('<pending>')) return [0, undefined];
    let value;
    p.then((v) => { value = v; }, (e) => { value = e; });
    // Settled promises report their value through a private inspect path:
    // fall back to node's inspect text for the state only.
    return [text.includes('<rejected>') ? 2 : 1, value];
  },
  isProxy: (v) => nodeUtil.types.isProxy(v),
  // Milliseconds on the monotonic clock (spindle: since the isolate started).
  now: () => nodePerformance.now(),
  hrtime: () => { const [s, ns] = process.hrtime(); return [s, ns]; },
  // Event loop milestones, for performance.eventLoopUtilization().
  loopStartTime: () => nodePerformance.nodeTiming.loopStart,
  loopIdleTime: () => nodePerformance.nodeTiming.idleTime,
  previewEntries: (it) => {
    const text = nodeUtil.inspect(it, { showHidden: true });
    void text;
    return [];
  },
  // Byte ops for buffer/string_decoder, done with node's own Buffer (`bytes`
  // views any view's memory). Results are copied into plain Uint8Arrays so
  // node's Buffer methods never leak into spindle's modules.
  ...((bytes) => ({
    utf8Encode: (s) => new Uint8Array(Buffer.from(s, 'utf8')),
    utf8Decode: (v) => bytes(v).toString('utf8'),
    encodeInto: (s, v) => {
      const { read, written } = new TextEncoder().encodeInto(s, v);
      return [read, written];
    },
    latin1Decode: (v) => bytes(v).toString('latin1'),
    hexEncode: (v) => bytes(v).toString('hex'),
    hexDecode: (s) => new Uint8Array(Buffer.from(s, 'hex')),
    base64Encode: (v, urlSafe) => bytes(v).toString(urlSafe ? 'base64url' : 'base64'),
    base64Decode: (s) => new Uint8Array(Buffer.from(s, 'base64')),
    compareBytes: (a, b) => Buffer.compare(bytes(a), bytes(b)),
    // First match at or after byteOffset or, with lastIndexOf, the last match
    // starting at or before it; -1 when none.
    indexOfBytes: (haystack, needle, byteOffset, lastIndexOf) => (lastIndexOf ?
      bytes(haystack).lastIndexOf(bytes(needle), byteOffset) :
      bytes(haystack).indexOf(bytes(needle), byteOffset)),
    fillBytes: (view, pattern) => { bytes(view).fill(bytes(pattern)); },
  }))((v) => Buffer.from(v.buffer, v.byteOffset, v.byteLength)),
};

function ownFile(id) {
  const file = path.join(jsRoot, id + '.js');
  return fs.existsSync(file) ? file : null;
}

function loadBuiltin(id) {
  id = id.startsWith('node:') ? id.slice(5) : id;
  if (id === 'internal/binding') return bindingShim;
  if (nodeStandIns[id]) return nodeStandIns[id]();
  if (cache.has(id)) return cache.get(id).exports;
  const file = ownFile(id);
  if (!file) {
    if (id.startsWith('internal/')) throw new Error(`spindle built-in '${id}' does not exist yet`);
    return require(id);
  }
  const module = { exports: {}, id };
  cache.set(id, module);
  const body = fs.readFileSync(file, 'utf8');
  const fn = new Function('exports', 'require', 'module', '__filename', '__dirname', body);
  fn.call(module.exports, module.exports, loadBuiltin, module, file, path.dirname(file));
  return module.exports;
}

const originalLoad = Module._load;
Module._load = function load(request, parent, isMain) {
  const id = request.startsWith('node:') ? request.slice(5) : request;
  if (Module.isBuiltin(request) && ownFile(id)) return loadBuiltin(id);
  return originalLoad.call(this, request, parent, isMain);
};

// The `performance` global is spindle's own when its module exists (so
// `require('perf_hooks').performance === performance` holds, as in node).
if (ownFile('internal/performance')) {
  Object.defineProperty(globalThis, 'performance', {
    configurable: true,
    enumerable: true,
    get() { return loadBuiltin('internal/performance').performance; },
    set(value) {
      Object.defineProperty(globalThis, 'performance', { value, writable: true, configurable: true, enumerable: true });
    },
  });
}

const script = process.argv[2];
if (!script) {
  console.error('usage: node scripts/with-spindle-modules.cjs FILE [args...]');
  process.exit(2);
}
process.argv.splice(1, 1);
Module.runMain(path.resolve(script));
