'use strict';
// ES modules: resolution for `import`, the module map, and modules that
// stand in for CommonJS files and built-ins (default export =
// module.exports, plus the named exports found in the source, as node does).

const binding = require('internal/binding');
const path = require('path');
const resolver = require('internal/modules/resolve');

const CONDITIONS = ['import', 'node', 'module-sync'];
const EXTENSIONS = ['.js', '.json', '.cjs', '.node'];
const records = new Map();
const BRIDGE = Symbol.for('spindle.esm.bridge');

function urlToPath(url) {
  return decodeURIComponent(new URL(url).pathname);
}

function pathToUrl(p) {
  const escaped = p.replace(/%/g, '%25').replace(/\\/g, '%5C').replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/\t/g, '%09');
  return new URL(`file://${escaped}`).href;
}

function notFound(specifier, referrer) {
  const err = new Error(`Cannot find module '${specifier}' imported from ${referrer || process.cwd()}`);
  err.code = 'ERR_MODULE_NOT_FOUND';
  return err;
}

/** Resolves an import specifier to a file path or `node:<id>`. */
/**
 * The source of a `data:` URL module (text/javascript, or application/json
 * as a default export), percent-encoded or base64; node's errors otherwise.
 */
function dataUrlSource(url) {
  const match = /^data:([^,;]*)((?:;[^,;]*)*?)(;base64)?,(.*)$/s.exec(url);
  if (match === null) {
    const err = new Error(`Invalid URL`);
    err.code = 'ERR_INVALID_URL';
    throw err;
  }
  const [, mime, , base64, body] = match;
  const text = base64 ? Buffer.from(body, 'base64').toString('utf8') : decodeURIComponent(body);
  if (mime === 'text/javascript') return text;
  if (mime === 'application/json') return `export default ${JSON.stringify(JSON.parse(text))};`;
  const err = new TypeError(`Unknown module format: ${mime} for URL ${url}`);
  err.code = 'ERR_UNKNOWN_MODULE_FORMAT';
  throw err;
}

function resolve(specifier, referrer) {
  if (specifier.startsWith('data:')) return specifier;
  if (specifier.startsWith('node:') || specifier.startsWith('spindle:') || resolver.isBuiltin(specifier)) {
    if (!resolver.isBuiltin(specifier)) {
      const err = new Error(`No such built-in module: ${specifier}`);
      err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
      throw err;
    }
    return specifier.startsWith('spindle:') ? specifier : `node:${specifier.replace(/^node:/, '')}`;
  }
  const fromDir = referrer ? path.dirname(referrer) : process.cwd();
  let file;
  if (specifier.startsWith('file:')) {
    file = urlToPath(specifier);
  } else if (specifier.startsWith('./') || specifier.startsWith('../') || specifier.startsWith('/')) {
    file = path.resolve(fromDir, decodeURIComponent(specifier));
  } else if (specifier.startsWith('#')) {
    file = resolver.resolveImports(specifier, fromDir, CONDITIONS);
  } else {
    file = resolver.resolvePackage(specifier, resolver.nodeModulesPaths(fromDir), CONDITIONS, EXTENSIONS);
  }
  if (!file) throw notFound(specifier, referrer);
  const k = resolver.kind(file);
  if (k === resolver.DIR) {
    const err = new Error(`Directory import '${file}' is not supported resolving ES modules imported from ${referrer}`);
    err.code = 'ERR_UNSUPPORTED_DIR_IMPORT';
    throw err;
  }
  if (k !== resolver.FILE) throw notFound(specifier, referrer);
  return binding.fsCall('realpath', file);
}

const { isEsmFile } = resolver;

const IDENT = /^[A-Za-z_$][\w$]*$/;
const RESERVED = new Set(['default', 'await', 'yield', 'let', 'static', 'enum', 'implements', 'package', 'protected',
  'interface', 'private', 'public', 'null', 'true', 'false', 'this', 'super', 'class', 'function', 'var', 'const',
  'if', 'else', 'for', 'while', 'do', 'return', 'new', 'delete', 'typeof', 'void', 'in', 'of', 'instanceof',
  'switch', 'case', 'break', 'continue', 'throw', 'try', 'catch', 'finally', 'with', 'debugger', 'export', 'import', 'extends']);

/** Names a CommonJS source assigns to its exports (a small lexer's worth). */
function detectCjsExports(source) {
  const names = new Set();
  const patterns = [
    /(?:^|[^.\w$])(?:module\.)?exports\.([A-Za-z_$][\w$]*)\s*=[^=]/g,
    /(?:^|[^.\w$])(?:module\.)?exports\[\s*['"]([A-Za-z_$][\w$]*)['"]\s*\]\s*=[^=]/g,
    /Object\.defineProperty\(\s*(?:module\.)?exports\s*,\s*['"]([A-Za-z_$][\w$]*)['"]/g,
  ];
  for (const re of patterns) for (const m of source.matchAll(re)) names.add(m[1]);
  const literal = /module\.exports\s*=\s*\{([^}]*)\}/g;
  for (const m of source.matchAll(literal)) {
    for (const part of m[1].split(',')) {
      const key = part.trim().split(/\s*:\s*|\s*\(/)[0].replace(/^['"]|['"]$/g, '');
      if (IDENT.test(key) && !part.trim().startsWith('...')) names.add(key);
    }
  }
  return [...names].filter((n) => IDENT.test(n) && !RESERVED.has(n));
}

function bridgeSource(kind, id, names) {
  const lines = [`const m = globalThis[Symbol.for('spindle.esm.bridge')](${JSON.stringify(kind)}, ${JSON.stringify(id)});`,
    'export default m;'];
  const usable = names.filter((n) => IDENT.test(n) && !RESERVED.has(n));
  if (usable.length) lines.push(`export const { ${usable.join(', ')} } = m;`);
  return lines.join('\n');
}

function installBridge() {
  if (globalThis[BRIDGE]) return;
  Object.defineProperty(globalThis, BRIDGE, {
    value(kind, id) {
      if (kind === 'builtin') return require(id);
      return require('internal/modules/cjs').Module._load(id, null, false);
    },
    enumerable: false,
  });
}

function compileRecord(key, source, filename) {
  const record = binding.compileModule(source, filename);
  records.set(key, record);
  return record;
}

/** The module record for `specifier` imported from `referrer` (a path). */
/** A JSON module needs `with { type: 'json' }`, and only JSON may have it. */
function checkJsonAttribute(key, asJson) {
  const isJson = key.endsWith('.json') ||
    (key.startsWith('data:') && /^data:application\/json[;,]/.test(key));
  if (isJson === Boolean(asJson)) return;
  const { makeNodeError } = require('internal/errors');
  const url = key.startsWith('data:') || key.startsWith('node:') || key.startsWith('spindle:') ? key : pathToUrl(key);
  if (isJson) {
    throw new (makeNodeError('ERR_IMPORT_ASSERTION_TYPE_MISSING', TypeError,
      `Module "${url}" needs an import attribute of type "json"`))();
  }
  throw new (makeNodeError('ERR_IMPORT_ASSERTION_TYPE_FAILED', TypeError,
    `Module "${url}" is not of type "json"`))();
}

function loadModule(specifier, referrer, isDynamic, asJson) {
  void isDynamic;
  if (referrer && referrer.startsWith('file:')) referrer = urlToPath(referrer);
  if (referrer && !path.isAbsolute(referrer)) referrer = '';
  const key = resolve(specifier, referrer);
  checkJsonAttribute(key, asJson);
  const existing = records.get(key);
  if (existing) return existing;
  installBridge();
  if (key.startsWith('data:')) return compileRecord(key, dataUrlSource(key), key);
  if (key.startsWith('node:') || key.startsWith('spindle:')) {
    const id = resolver.builtinId(key);
    const names = Object.keys(require(id)).filter((n) => n !== 'default');
    return compileRecord(key, bridgeSource('builtin', id, names), key);
  }
  if (isEsmFile(key)) {
    return compileRecord(key, binding.fsCall('readFile', key, true), pathToUrl(key));
  }
  if (key.endsWith('.json')) {
    return compileRecord(key, bridgeSource('cjs', key, []), pathToUrl(key));
  }
  const source = binding.fsCall('readFile', key, true);
  return compileRecord(key, bridgeSource('cjs', key, detectCjsExports(source)), pathToUrl(key));
}

function initImportMeta(meta, url) {
  meta.url = url;
  if (typeof url === 'string' && url.startsWith('file:')) {
    const filename = urlToPath(url);
    meta.filename = filename;
    meta.dirname = path.dirname(filename);
  }
  meta.resolve = (specifier) => {
    const target = resolve(specifier, meta.filename);
    return target.startsWith('node:') ? target : pathToUrl(target);
  };
}

/** Runs a `data:` URL module as the main entry (a worker's). */
function runDataModule(url) {
  const record = loadModule(url, '', false);
  binding.linkModule(record);
  return binding.evaluateModule(record);
}

/** Runs an ES module file as the main entry; returns its evaluation promise. */
function runMainModule(filename) {
  const record = compileRecord(filename, binding.fsCall('readFile', filename, true), pathToUrl(filename));
  binding.linkModule(record);
  return binding.evaluateModule(record);
}

module.exports = { loadModule, initImportMeta, runMainModule, runDataModule, isEsmFile, detectCjsExports };
