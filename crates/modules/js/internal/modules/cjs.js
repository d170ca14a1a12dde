'use strict';
// CommonJS: node's Module, require(), require.resolve, require.cache,
// the .js/.cjs/.json loaders, and cycles (a module being loaded is
// visible with its partial exports).

const binding = require('internal/binding');
const path = require('path');
const resolver = require('internal/modules/resolve');

const EXTENSIONS = ['.js', '.json', '.cjs', '.node'];
const CONDITIONS = ['require', 'node', 'module-sync'];

const cache = Object.create(null);
const wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n})'];

class Module {
  constructor(id = '', parent) {
    this.id = id;
    this.path = path.dirname(id);
    this.exports = {};
    this.filename = null;
    this.loaded = false;
    this.children = [];
    this.paths = [];
    Object.defineProperty(this, 'parent', { value: parent, writable: true, enumerable: false, configurable: true });
    if (parent && parent.children) parent.children.push(this);
  }

  require(id) {
    const { validateString } = require('internal/validators');
    validateString(id, 'id');
    if (id === '') {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
    }
    return Module._load(id, this, false);
  }

  load(filename) {
    this.filename = filename;
    this.paths = resolver.nodeModulesPaths(path.dirname(filename));
    let ext = path.extname(filename);
    if (!Object.prototype.hasOwnProperty.call(Module._extensions, ext)) ext = '.js';
    Module._extensions[ext](this, filename);
    this.loaded = true;
  }

  _compile(content, filename) {
    if (content.startsWith('#!')) content = `//${content.slice(2)}`;
    // The header goes on a line of its own numbered 0, so that positions in
    // the module (line 1 columns included) are the file's own.
    const fn = binding.evalScript(`${wrapper[0]}\n${content}${wrapper[1]}`, filename, 0);
    const require = makeRequire(this);
    return fn.call(this.exports, this.exports, require, this, filename, path.dirname(filename));
  }
}

function requireStack(parent) {
  const stack = [];
  for (let m = parent; m && m.filename; m = m.parent) stack.push(m.filename);
  return stack;
}

function notFound(request, parent) {
  const stack = requireStack(parent);
  let message = `Cannot find module '${request}'`;
  if (stack.length) message += `\nRequire stack:\n- ${stack.join('\n- ')}`;
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = stack;
  return err;
}

Module._cache = cache;
Module._extensions = Object.create(null);
Module._pathCache = Object.create(null);
Module.wrapper = wrapper;
Module.wrap = (script) => wrapper[0] + script + wrapper[1];
Module.builtinModules = binding.publicBuiltinIds();
Module.isBuiltin = (id) => resolver.isBuiltin(id);
Module._nodeModulePaths = resolver.nodeModulesPaths;
Module.Module = Module;

Module._resolveFilename = function resolveFilename(request, parent, isMain, options) {
  if (request.startsWith('node:') || request.startsWith('spindle:') || resolver.isBuiltin(request)) {
    if (resolver.isBuiltin(request)) return request;
    const err = new Error(`No such built-in module: ${request}`);
    err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
    throw err;
  }
  // An absolute path to a file (a worker's or the main script, mostly):
  // resolved by the runtime in one call.
  if (request.charCodeAt(0) === 47 && !(options && options.paths)) {
    const file = binding.fsCall('absoluteFile', request);
    if (file !== undefined) return file;
  }
  const fromDir = parent && parent.filename ? path.dirname(parent.filename) : process.cwd();
  let found;
  if (request.startsWith('./') || request.startsWith('../') || request === '.' || request === '..' || path.isAbsolute(request)) {
    const bases = options && options.paths ? options.paths : [fromDir];
    for (const base of bases) {
      found = resolver.resolveAsPath(path.resolve(base, request) + (request.endsWith('/') ? '/' : ''), EXTENSIONS);
      if (found) break;
    }
  } else if (request.startsWith('#')) {
    found = resolver.resolveImports(request, fromDir, CONDITIONS);
  } else {
    const paths = options && options.paths
      ? options.paths.flatMap((p) => resolver.nodeModulesPaths(p))
      : (parent && parent.paths && parent.paths.length ? parent.paths : resolver.nodeModulesPaths(fromDir));
    found = resolver.resolvePackage(request, paths, CONDITIONS, EXTENSIONS);
  }
  if (!found) throw notFound(request, parent);
  try {
    return binding.fsCall('realpath', found);
  } catch {
    return found;
  }
};

Module._load = function load(request, parent, isMain) {
  const filename = Module._resolveFilename(request, parent, isMain);
  if (resolver.isBuiltin(filename) && !path.isAbsolute(filename)) {
    return requireBuiltinPublic(filename);
  }
  const cached = cache[filename];
  if (cached !== undefined) return cached.exports;
  const module = new Module(filename, parent);
  if (isMain) {
    module.id = '.';
    mainModule.current = module;
  }
  cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) delete cache[filename];
  }
  return module.exports;
};

function requireBuiltinPublic(id) {
  return require(resolver.builtinId(id));
}

Module._extensions['.js'] = function loadJs(module, filename) {
  if (filename.endsWith('.js') && resolver.packageType(filename) === 'module') {
    throw requireEsm(filename);
  }
  module._compile(binding.fsCall('readFile', filename, true), filename);
};
Module._extensions['.cjs'] = Module._extensions['.js'];
Module._extensions['.json'] = function loadJson(module, filename) {
  const content = binding.fsCall('readFile', filename, true);
  try {
    module.exports = JSON.parse(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content);
  } catch (err) {
    err.message = `${filename}: ${err.message}`;
    throw err;
  }
};
Module._extensions['.node'] = function loadNative(module, filename) {
  const err = new Error(`Cannot load native addon ${filename}: spindle does not support Node-API addons`);
  err.code = 'ERR_DLOPEN_FAILED';
  throw err;
};
Module._extensions['.mjs'] = function loadMjs(module, filename) {
  throw requireEsm(filename);
};

function requireEsm(filename) {
  const err = new Error(`require() of ES Module ${filename} not supported.\nInstead change the require of ${filename} to a dynamic import() which is available in all CommonJS modules.`);
  err.code = 'ERR_REQUIRE_ESM';
  return err;
}

const mainModule = { current: undefined };

function makeRequire(module) {
  const req = function require(id) {
    return module.require(id);
  };
  req.resolve = function resolve(request, options) {
    const { validateString } = require('internal/validators');
    validateString(request, 'request');
    return Module._resolveFilename(request, module, false, options);
  };
  req.resolve.paths = (request) => {
    if (resolver.isBuiltin(request)) return null;
    if (request.startsWith('./') || request.startsWith('../') || request === '.' || request === '..') return [module.path];
    return resolver.nodeModulesPaths(module.path);
  };
  req.cache = cache;
  req.extensions = Module._extensions;
  Object.defineProperty(req, 'main', { get: () => mainModule.current, enumerable: true });
  return req;
}

Module.createRequire = function createRequire(filename) {
  if (filename instanceof URL || (typeof filename === 'string' && filename.startsWith('file:'))) {
    filename = require('url').fileURLToPath(filename);
  }
  const m = new Module(filename);
  m.filename = filename;
  m.paths = resolver.nodeModulesPaths(path.dirname(filename));
  return makeRequire(m);
};

Module.runMain = function runMain(filename) {
  return Module._load(filename, null, true);
};

module.exports = { Module, makeRequire, mainModule };
