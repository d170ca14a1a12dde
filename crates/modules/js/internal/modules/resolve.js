'use strict';
// Node's module resolution, shared by require() and import:
// relative/absolute paths with extension and index probing, node_modules
// lookup walking up the tree, package.json "main" and "exports" (with
// conditions and "*" subpath patterns), and built-in names.

const binding = require('internal/binding');
const path = require('path');

const FILE = 1;
const DIR = 2;

function kind(p) {
  return binding.fsCall('kind', p);
}

const packageCache = new Map();

/** The parsed package.json in `dir`, or null. */
function readPackage(dir) {
  const file = path.join(dir, 'package.json');
  if (packageCache.has(file)) return packageCache.get(file);
  let result = null;
  if (kind(file) === FILE) {
    try {
      result = JSON.parse(binding.fsCall('readFile', file, true));
    } catch (err) {
      const e = new Error(`Invalid package config ${file}.`);
      e.code = 'ERR_INVALID_PACKAGE_CONFIG';
      e.cause = err;
      throw e;
    }
  }
  packageCache.set(file, result);
  return result;
}

/** The nearest package.json above `file`: { dir, pkg } or null. */
function packageScope(file) {
  let dir = path.dirname(file);
  for (;;) {
    if (path.basename(dir) === 'node_modules') return null;
    const pkg = readPackage(dir);
    if (pkg) return { dir, pkg };
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * The id of the built-in module a specifier names, or null: node's
 * (`fs`, `node:fs`) and spindle's own (`spindle:pool` → `spindle/pool`,
 * reachable only with the `spindle:` scheme).
 */
function builtinId(specifier) {
  let id = specifier;
  if (id.startsWith('spindle:')) {
    id = `spindle/${id.slice(8)}`;
  } else {
    if (id.startsWith('node:')) id = id.slice(5);
    if (id.startsWith('spindle/')) return null;
  }
  if (id.startsWith('internal/') || id === 'internal') return null;
  return binding.builtinSource(id) !== undefined ? id : null;
}

function isBuiltin(id) {
  return builtinId(id) !== null;
}

function tryFile(p) {
  return kind(p) === FILE ? p : undefined;
}

function tryExtensions(p, extensions) {
  for (const ext of extensions) {
    const hit = tryFile(p + ext);
    if (hit) return hit;
  }
  return undefined;
}

function tryDirectory(dir, extensions) {
  const pkg = readPackage(dir);
  if (pkg && typeof pkg.main === 'string' && pkg.main) {
    const main = path.resolve(dir, pkg.main);
    const hit = tryFile(main) || tryExtensions(main, extensions) || tryExtensions(path.join(main, 'index'), extensions);
    if (hit) return hit;
  }
  return tryExtensions(path.join(dir, 'index'), extensions);
}

/** A path as a file, with extensions, or as a directory. */
function resolveAsPath(p, extensions) {
  const k = kind(p);
  if (k === FILE) return p;
  const withExt = tryExtensions(p, extensions);
  if (withExt) return withExt;
  if (k === DIR || p.endsWith('/')) return tryDirectory(p, extensions);
  return undefined;
}

function exportsNotFound(subpath, pkgDir) {
  const err = new Error(subpath === '.'
    ? `No "exports" main defined in ${path.join(pkgDir, 'package.json')}`
    : `Package subpath '${subpath}' is not defined by "exports" in ${path.join(pkgDir, 'package.json')}`);
  err.code = 'ERR_PACKAGE_PATH_NOT_EXPORTED';
  return err;
}

/** Resolves a target of "exports" against conditions. */
function resolveTarget(target, conditions, patternMatch) {
  if (typeof target === 'string') {
    return patternMatch === undefined ? target : target.replace(/\*/g, patternMatch);
  }
  if (Array.isArray(target)) {
    for (const t of target) {
      const r = resolveTarget(t, conditions, patternMatch);
      if (r !== undefined && r !== null) return r;
    }
    return undefined;
  }
  if (target && typeof target === 'object') {
    for (const key of Object.keys(target)) {
      if (key === 'default' || conditions.includes(key)) {
        const r = resolveTarget(target[key], conditions, patternMatch);
        if (r !== undefined) return r;
      }
    }
    return undefined;
  }
  return null;
}

function resolveExports(pkgDir, exportsField, subpath, conditions, isImports = false) {
  let map = exportsField;
  const isSugar = !isImports && (typeof map === 'string' || Array.isArray(map) ||
    (map && typeof map === 'object' && !Object.keys(map).some((k) => k.startsWith('.'))));
  if (isSugar) map = { '.': map };
  let target;
  if (Object.prototype.hasOwnProperty.call(map, subpath) && !subpath.includes('*')) {
    target = resolveTarget(map[subpath], conditions, undefined);
  } else {
    let best = null;
    for (const key of Object.keys(map)) {
      const star = key.indexOf('*');
      if (star === -1) continue;
      const prefix = key.slice(0, star);
      const suffix = key.slice(star + 1);
      if (subpath.startsWith(prefix) && subpath.length >= key.length - 1 && subpath.endsWith(suffix)) {
        if (!best || prefix.length > best.prefix.length) {
          best = { key, prefix, match: subpath.slice(prefix.length, subpath.length - suffix.length) };
        }
      }
    }
    if (best) target = resolveTarget(map[best.key], conditions, best.match);
  }
  if (typeof target !== 'string') throw exportsNotFound(subpath, pkgDir);
  return path.resolve(pkgDir, target);
}

function nodeModulesPaths(from) {
  from = path.resolve(from);
  const paths = [];
  let dir = from;
  for (;;) {
    if (path.basename(dir) !== 'node_modules') paths.push(path.join(dir, 'node_modules'));
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return paths;
}

function splitPackageName(request) {
  const parts = request.split('/');
  const nameLength = request.startsWith('@') ? 2 : 1;
  const name = parts.slice(0, nameLength).join('/');
  const rest = parts.slice(nameLength).join('/');
  return { name, subpath: rest ? `./${rest}` : '.' };
}

/** Resolves a bare package request from the directories in `paths`. */
function resolvePackage(request, paths, conditions, extensions) {
  const { name, subpath } = splitPackageName(request);
  for (const base of paths) {
    const pkgDir = path.join(base, name);
    if (kind(pkgDir) !== DIR) continue;
    const pkg = readPackage(pkgDir);
    if (pkg && pkg.exports !== undefined && pkg.exports !== null) {
      const file = resolveExports(pkgDir, pkg.exports, subpath, conditions);
      if (kind(file) === FILE) return file;
      return undefined;
    }
    const hit = resolveAsPath(path.join(base, request), extensions);
    if (hit) return hit;
  }
  return undefined;
}

/** Resolves "#name" imports through the package's "imports" field. */
function resolveImports(request, fromDir, conditions) {
  const scope = packageScope(path.join(fromDir, 'x'));
  if (!scope || !scope.pkg.imports) return undefined;
  return resolveExports(scope.dir, scope.pkg.imports, request, conditions, true);
}

const typeByDir = new Map();

/**
 * The "type" of the package whose scope holds `file` (`''` when it has
 * none or there is no package). Found by the runtime in one call: the walk
 * up the tree in JavaScript cost every worker ~0.1 ms, run cold in its new
 * realm. A manifest the runtime cannot read is looked up again here, which
 * throws node's error for it.
 */
function packageType(file) {
  const dir = path.dirname(file);
  let type = typeByDir.get(dir);
  if (type === undefined) {
    type = binding.fsCall('packageType', dir);
    if (type === null) {
      const scope = packageScope(file);
      type = scope && typeof scope.pkg.type === 'string' ? scope.pkg.type : '';
    }
    typeByDir.set(dir, type);
  }
  return type;
}

/** True when `file` is an ES module by node's rules (extension, package type). */
function isEsmFile(file) {
  if (file.endsWith('.mjs')) return true;
  if (file.endsWith('.cjs') || file.endsWith('.json')) return false;
  return packageType(file) === 'module';
}

module.exports = {
  isEsmFile, packageType,
  isBuiltin, builtinId, resolveAsPath, resolvePackage, resolveImports, nodeModulesPaths, packageScope, readPackage, kind, FILE, DIR,
};
