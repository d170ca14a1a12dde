'use strict';
// Starts the main program: a script file (CommonJS or ES module, decided as
// node decides), or `-e`/`-p` code.

const binding = require('internal/binding');
const path = require('path');

function runFile(filename) {
  const { Module } = require('internal/modules/cjs');
  let resolved;
  try {
    resolved = Module._resolveFilename(filename, null, true);
  } catch (err) {
    if (err.code === 'MODULE_NOT_FOUND') {
      err.message = `Cannot find module '${filename}'`;
      err.requireStack = [];
    }
    throw err;
  }
  // The ES module loader is loaded only for an ES module.
  if (require('internal/modules/resolve').isEsmFile(resolved)) {
    const done = require('internal/modules/esm').runMainModule(resolved);
    done.then(undefined, (err) => require('internal/process/fatal').handleUncaught(err, 'uncaughtException'));
    return;
  }
  Module.runMain(resolved);
}

function runEval(code, print, name = '[eval]') {
  const { Module, makeRequire } = require('internal/modules/cjs');
  const filename = path.join(process.cwd(), name);
  const module = new Module(name);
  module.filename = filename;
  module.paths = Module._nodeModulePaths(process.cwd());
  const globals = { require: makeRequire(module), module, exports: module.exports, __filename: name, __dirname: '.' };
  for (const [k, v] of Object.entries(globals)) {
    Object.defineProperty(globalThis, k, { value: v, writable: true, configurable: true, enumerable: false });
  }
  const result = binding.evalScript(code, name);
  if (print) console.log(result);
}

function runMain(kind, value) {
  if (kind === 'file') runFile(value);
  else runEval(value, kind === 'print');
}

module.exports = { runMain, runEval };
