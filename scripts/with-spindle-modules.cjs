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
  previewEntries: (it) => {
    const text = nodeUtil.inspect(it, { showHidden: true });
    void text;
    return [];
  },
};

function ownFile(id) {
  const file = path.join(jsRoot, id + '.js');
  return fs.existsSync(file) ? file : null;
}

function loadBuiltin(id) {
  id = id.startsWith('node:') ? id.slice(5) : id;
  if (id === 'internal/binding') return bindingShim;
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

const script = process.argv[2];
if (!script) {
  console.error('usage: node scripts/with-spindle-modules.cjs FILE [args...]');
  process.exit(2);
}
process.argv.splice(1, 1);
Module.runMain(path.resolve(script));
