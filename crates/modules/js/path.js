'use strict';
// node:path — the posix flavour is the module itself (spindle runs on posix
// systems), `path.win32` is a complete Windows implementation so that code
// which builds Windows paths on any platform behaves as in node.

const { validateString, validateObject } = require('internal/validators');

const SLASH = 47; // '/'
const BACKSLASH = 92; // '\\'
const COLON = 58; // ':'
const DOT = 46; // '.'

function isPosixSep(code) {
  return code === SLASH;
}

function isWinSep(code) {
  return code === SLASH || code === BACKSLASH;
}

// A drive letter: A-Z or a-z.
function isDriveLetter(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function hasDrive(path) {
  return path.length >= 2 && isDriveLetter(path.charCodeAt(0)) &&
    path.charCodeAt(1) === COLON;
}

// Collapses `.` and `..` segments and repeated separators of a path that has
// no root. `..` that would climb above the start is kept only when
// `allowAboveRoot` (relative paths); for rooted paths it is dropped.
function collapseSegments(path, allowAboveRoot, isSep, sep) {
  const out = [];
  let start = 0;
  for (let i = 0; i <= path.length; i++) {
    if (i < path.length && !isSep(path.charCodeAt(i))) continue;
    const segment = path.slice(start, i);
    start = i + 1;
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (allowAboveRoot) out.push('..');
      continue;
    }
    out.push(segment);
  }
  return out.join(sep);
}

// Scans the last component of `path` (ignoring trailing separators), never
// looking below index `floor`. Returns where the component starts and ends
// and where its extension dot is, with node's rules for what counts as an
// extension: no dot, a leading dot (`.bashrc`) and `..` give none.
function scanLastComponent(path, floor, isSep, defaultStart = floor) {
  let startPart = defaultStart;
  let end = -1;
  let startDot = -1;
  // 0: nothing seen before the dot, 1: only dots seen, -1: other chars seen.
  let beforeDot = 0;
  for (let i = path.length - 1; i >= floor; i--) {
    const code = path.charCodeAt(i);
    if (isSep(code)) {
      if (end !== -1) {
        startPart = i + 1;
        break;
      }
      continue;
    }
    if (end === -1) end = i + 1;
    if (code === DOT) {
      if (startDot === -1) startDot = i;
      else if (beforeDot !== 1) beforeDot = 1;
    } else if (startDot !== -1) {
      beforeDot = -1;
    }
  }
  const noExt = startDot === -1 || end === -1 || beforeDot === 0 ||
    // The component is exactly `..`.
    (beforeDot === 1 && startDot === end - 1 && startDot === startPart + 1);
  return { startPart, end, startDot: noExt ? -1 : startDot };
}

// basename(path, suffix) as node computes it. The suffix is matched against
// the tail of the last component; when it is the whole component it is not
// removed. A suffix longer than the component that ends with the whole
// component yields the component with its trailing separators (node quirk).
function basenameFrom(path, floor, suffix, isSep) {
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
    if (suffix === path) return '';
    let start = floor;
    let end = -1;
    let componentEnd = -1;
    let suffixIdx = suffix.length - 1;
    for (let i = path.length - 1; i >= floor; i--) {
      const code = path.charCodeAt(i);
      if (isSep(code)) {
        if (componentEnd !== -1) {
          start = i + 1;
          break;
        }
        continue;
      }
      if (componentEnd === -1) componentEnd = i + 1;
      if (suffixIdx >= 0) {
        if (code === suffix.charCodeAt(suffixIdx)) {
          suffixIdx--;
          if (suffixIdx === -1) end = i;
        } else {
          suffixIdx = -1;
          end = componentEnd;
        }
      }
    }
    if (start === end) end = componentEnd;
    else if (end === -1) end = path.length;
    return path.slice(start, end);
  }
  const { startPart, end } = scanLastComponent(path, floor, isSep);
  if (end === -1) return '';
  return path.slice(startPart, end);
}

function extnameFrom(path, floor, isSep) {
  const { end, startDot } = scanLastComponent(path, floor, isSep);
  if (startDot === -1) return '';
  return path.slice(startDot, end);
}

function formatExt(ext) {
  if (!ext) return '';
  return ext[0] === '.' ? ext : `.${ext}`;
}

function _format(sep, pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  const base = pathObject.base ||
    `${pathObject.name || ''}${formatExt(pathObject.ext)}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

// ---------------------------------------------------------------------------
// win32

// Parses the root of a Windows path. `kind` is one of:
//   'unc'   \\server\share (device is `\\server\share`),
//   'drive' C: or C:\ (device `C:`),
//   'sep'   a single leading separator,
//   'none'.
// `uncRootOnly` is set when the path is nothing but `\\server\share`.
function winRoot(path) {
  const len = path.length;
  const root = { kind: 'none', device: '', rootEnd: 0, absolute: false, uncRootOnly: false };
  if (len === 0) return root;
  const code = path.charCodeAt(0);
  if (isWinSep(code)) {
    root.kind = 'sep';
    root.absolute = true;
    root.rootEnd = 1;
    if (len > 1 && isWinSep(path.charCodeAt(1))) matchUnc(path, root);
    return root;
  }
  if (hasDrive(path)) {
    root.kind = 'drive';
    root.device = path.slice(0, 2);
    root.rootEnd = 2;
    if (len > 2 && isWinSep(path.charCodeAt(2))) {
      root.absolute = true;
      root.rootEnd = 3;
    }
  }
  return root;
}

// `\\server\share`: two separators, a server name, separators, a share name.
// Without a share name the path is just rooted at a separator.
function matchUnc(path, root) {
  const len = path.length;
  let j = 2;
  while (j < len && !isWinSep(path.charCodeAt(j))) j++;
  if (j === len || j === 2) return;
  const server = path.slice(2, j);
  while (j < len && isWinSep(path.charCodeAt(j))) j++;
  if (j === len) return;
  const shareStart = j;
  while (j < len && !isWinSep(path.charCodeAt(j))) j++;
  root.kind = 'unc';
  root.server = server;
  root.share = path.slice(shareStart, j);
  root.device = `\\\\${server}\\${root.share}`;
  root.rootEnd = j;
  root.uncRootOnly = j === len;
}

// Windows reserved device names (case-insensitive), which node treats as a
// device root when they start a path and are followed by a colon (`con:`).
const WIN_RESERVED = new Set([
  'con', 'prn', 'aux', 'nul',
  'com1', 'com2', 'com3', 'com4', 'com5', 'com6', 'com7', 'com8', 'com9',
  'com\u00b9', 'com\u00b2', 'com\u00b3',
  'lpt1', 'lpt2', 'lpt3', 'lpt4', 'lpt5', 'lpt6', 'lpt7', 'lpt8', 'lpt9',
  'lpt\u00b9', 'lpt\u00b2', 'lpt\u00b3',
]);

// Length of a reserved device prefix (`con:`) at the start of `path`, or -1.
// node takes the name before the first colon; without a colon it takes all
// but the last character, so `auxx` and `NULL` count as reserved too.
function reservedDevicePrefix(path) {
  const colon = path.indexOf(':');
  const name = path.slice(0, colon).toLowerCase();
  return WIN_RESERVED.has(name) ? colon + 1 : -1;
}

function winCwd() {
  return process.cwd();
}

function isDeviceNamespace(root) {
  return root.kind === 'unc' && (root.server === '.' || root.server === '?');
}

// resolve() and normalize() treat `\\.\x` and `\\?\x` as rooted at the
// device namespace `\\.` / `\\?`.
function resolveRoot(path) {
  const root = winRoot(path);
  if (isDeviceNamespace(root)) {
    root.device = `\\\\${root.server}`;
    root.rootEnd = 4;
  }
  return root;
}

// The relative-path guard of win32.normalize: the result starts with a drive,
// or a colon of the original path ends it or a component.
function mayLookRooted(path, tail) {
  if (hasDrive(tail)) return true;
  for (let i = path.indexOf(':'); i !== -1; i = path.indexOf(':', i + 1)) {
    if (i === path.length - 1 || isWinSep(path.charCodeAt(i + 1))) return true;
  }
  return false;
}

// win32.relative() works on the resolved paths. When lowercasing changes
// their lengths (some non-ASCII letters) it compares `\`-separated parts;
// otherwise it compares the lowercased strings character by character after
// trimming leading (and, for UNC roots, trailing) backslashes, which gives
// node's particular answers for paths on different roots.
function relativeResolved(fromOrig, toOrig) {
  const from = fromOrig.toLowerCase();
  const to = toOrig.toLowerCase();
  if (from === to) return '';
  if (fromOrig.length !== from.length || toOrig.length !== to.length) {
    return relativeByParts(fromOrig, toOrig);
  }
  return relativeByChars(from, to, toOrig);
}

function relativeByParts(fromOrig, toOrig) {
  const fromParts = fromOrig.split('\\');
  const toParts = toOrig.split('\\');
  if (fromParts[fromParts.length - 1] === '') fromParts.pop();
  if (toParts[toParts.length - 1] === '') toParts.pop();
  const length = Math.min(fromParts.length, toParts.length);
  let common = 0;
  while (common < length &&
         fromParts[common].toLowerCase() === toParts[common].toLowerCase()) {
    common++;
  }
  if (common === 0) return toOrig;
  if (common === length) {
    if (toParts.length > length) return toParts.slice(common).join('\\');
    if (fromParts.length > length) return '..\\'.repeat(fromParts.length - 1 - common) + '..';
    return '';
  }
  return '..\\'.repeat(fromParts.length - common) + toParts.slice(common).join('\\');
}

// [start, end) of `s` without leading backslashes and without trailing ones
// (keeping at least one character after start).
function trimmedRange(s) {
  let start = 0;
  while (start < s.length && s.charCodeAt(start) === BACKSLASH) start++;
  let end = s.length;
  while (end - 1 > start && s.charCodeAt(end - 1) === BACKSLASH) end--;
  return { start, end, length: end - start };
}

function relativeByChars(from, to, toOrig) {
  const f = trimmedRange(from);
  const t = trimmedRange(to);
  const shorter = Math.min(f.length, t.length);
  // Offset (from the trimmed starts) of the last separator both share.
  let shared = -1;
  let i = 0;
  while (i < shorter) {
    const code = from.charCodeAt(f.start + i);
    if (code !== to.charCodeAt(t.start + i)) break;
    if (code === BACKSLASH) shared = i;
    i++;
  }
  if (i < shorter) {
    if (shared === -1) return toOrig;
  } else {
    if (t.length > shorter) {
      // `from` is an ancestor directory of `to`...
      if (to.charCodeAt(t.start + i) === BACKSLASH) return toOrig.slice(t.start + i + 1);
      // ...or the drive root `X:\`.
      if (i === 2) return toOrig.slice(t.start + i);
    }
    if (f.length > shorter) {
      // `to` is an ancestor directory of `from`, or the drive root.
      if (from.charCodeAt(f.start + i) === BACKSLASH) shared = i;
      else if (i === 2) shared = 3;
    }
    if (shared === -1) shared = 0;
  }
  // One `..` for each part of `from` after the shared separator.
  const ups = [];
  for (let j = f.start + shared + 1; j <= f.end; j++) {
    if (j === f.end || from.charCodeAt(j) === BACKSLASH) ups.push('..');
  }
  let rest = t.start + shared;
  if (ups.length > 0) return ups.join('\\') + toOrig.slice(rest, t.end);
  if (toOrig.charCodeAt(rest) === BACKSLASH) rest++;
  return toOrig.slice(rest, t.end);
}

// The root of dirname() and parse(): a UNC root with something after it
// includes the separator that follows it.
function winDirRoot(path) {
  const root = winRoot(path);
  if (root.kind === 'unc' && !root.uncRootOnly) root.rootEnd += 1;
  return root;
}

// ---------------------------------------------------------------------------

// The methods call each other through the objects (`win32.resolve`) so that
// their `name`s are node's.
const win32 = {
  resolve(...paths) {
    let device = '';
    let tail = '';
    let absolute = false;
    for (let i = paths.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = paths[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (device.length === 0) {
        path = winCwd();
        validateString(path, `paths[${i}]`);
      } else {
        // Windows keeps a current directory per drive in the environment
        // variable `=C:`; fall back to the drive root when it names another
        // drive.
        path = process.env[`=${device}`] || winCwd();
        validateString(path, `paths[${i}]`);
        if (path.slice(0, 2).toLowerCase() !== device.toLowerCase() &&
            path.charCodeAt(2) === BACKSLASH) {
          path = `${device}\\`;
        }
      }
      const root = resolveRoot(path);
      if (root.device.length > 0) {
        if (device.length > 0) {
          // A path on another device does not contribute.
          if (root.device.toLowerCase() !== device.toLowerCase()) continue;
        } else {
          device = root.device;
        }
      }
      if (absolute) {
        if (device.length > 0) break;
      } else {
        tail = `${path.slice(root.rootEnd)}\\${tail}`;
        absolute = root.absolute;
        if (absolute && device.length > 0) break;
      }
    }
    tail = collapseSegments(tail, !absolute, isWinSep, '\\');
    if (absolute) return `${device}\\${tail}`;
    return `${device}${tail}` || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return path === '/' ? '\\' : path;
    const root = resolveRoot(path);
    // A bare `\\server\share` gets its trailing separator.
    if (root.uncRootOnly && !isDeviceNamespace(root)) return `${root.device}\\`;
    let device = root.kind === 'unc' || root.kind === 'drive' ? root.device : undefined;
    let rootEnd = root.rootEnd;
    let reserved = false;
    if (root.kind === 'none') {
      const prefix = reservedDevicePrefix(path);
      if (prefix !== -1) {
        device = path.slice(0, prefix);
        rootEnd = prefix;
        reserved = true;
      }
    }
    let tail = rootEnd < len ? collapseSegments(path.slice(rootEnd), !root.absolute, isWinSep, '\\') : '';
    if (tail.length === 0 && !root.absolute) tail = '.';
    if (tail.length > 0 && isWinSep(path.charCodeAt(len - 1))) tail += '\\';
    // Reserved device names must not be read as a drive: prefix with `.\`.
    if (reserved) return `.\\${device}${tail}`;
    if (!root.absolute && device === undefined && path.includes(':') &&
        mayLookRooted(path, tail)) {
      // A relative path must not normalize into something Windows reads as a
      // drive (`a\..\C:x`) or a stream name (`x:`): keep it relative.
      return `.\\${tail}`;
    }
    if (device === undefined) return root.absolute ? `\\${tail}` : tail;
    return root.absolute ? `${device}\\${tail}` : `${device}${tail}`;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return false;
    if (isWinSep(path.charCodeAt(0))) return true;
    return len > 2 && hasDrive(path) && isWinSep(path.charCodeAt(2));
  },

  join(...paths) {
    if (paths.length === 0) return '.';
    let joined;
    let first;
    for (const part of paths) {
      validateString(part, 'path');
      if (part.length > 0) {
        if (joined === undefined) joined = first = part;
        else joined += `\\${part}`;
      }
    }
    if (joined === undefined) return '.';
    // Leading separators would make normalize() read a UNC path; keep them
    // only when the first part clearly is one (exactly two separators then a
    // non-separator), so that join('//server', 'share') builds a UNC root.
    const firstIsUnc = first.length > 2 && isWinSep(first.charCodeAt(0)) &&
      isWinSep(first.charCodeAt(1)) && !isWinSep(first.charCodeAt(2));
    if (!firstIsUnc) {
      let slashes = 0;
      while (slashes < joined.length && isWinSep(joined.charCodeAt(slashes))) slashes++;
      if (slashes >= 2) joined = `\\${joined.slice(slashes)}`;
    }
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return '';
    return relativeResolved(fromOrig, toOrig);
  },

  toNamespacedPath(path) {
    // Only strings that are not empty are converted.
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    if (resolved.charCodeAt(0) === BACKSLASH) {
      if (resolved.charCodeAt(1) === BACKSLASH) {
        const code = resolved.charCodeAt(2);
        // `\\?\` and `\\.\` are already namespaced.
        if (code !== 63 && code !== DOT) return `\\\\?\\UNC\\${resolved.slice(2)}`;
      }
    } else if (hasDrive(resolved) && resolved.charCodeAt(2) === BACKSLASH) {
      return `\\\\?\\${resolved}`;
    }
    return resolved;
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return isWinSep(path.charCodeAt(0)) ? path : '.';
    const root = winDirRoot(path);
    if (root.uncRootOnly) return path;
    const rootEnd = root.kind === 'none' ? -1 : root.rootEnd;
    const offset = root.kind === 'none' ? 0 : root.rootEnd;
    let end = -1;
    let inComponent = false;
    for (let i = len - 1; i >= offset; i--) {
      if (isWinSep(path.charCodeAt(i))) {
        if (inComponent) {
          end = i;
          break;
        }
      } else {
        inComponent = true;
      }
    }
    if (end === -1) {
      if (rootEnd === -1) return '.';
      end = rootEnd;
    }
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    // A drive prefix is never part of the base name.
    const floor = hasDrive(path) ? 2 : 0;
    return basenameFrom(path, floor, suffix, isWinSep);
  },

  extname(path) {
    validateString(path, 'path');
    const floor = hasDrive(path) ? 2 : 0;
    return extnameFrom(path, floor, isWinSep);
  },

  format: _format.bind(null, '\\'),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    const len = path.length;
    if (len === 0) return ret;
    if (len === 1) {
      if (isWinSep(path.charCodeAt(0))) ret.root = ret.dir = path;
      else ret.base = ret.name = path;
      return ret;
    }
    const root = winDirRoot(path);
    // A bare drive (`C:` or `C:\`) is all root.
    if (root.kind === 'drive' && len === root.rootEnd) {
      ret.root = ret.dir = path;
      return ret;
    }
    const rootEnd = root.rootEnd;
    if (rootEnd > 0) ret.root = path.slice(0, rootEnd);
    const scan = scanLastComponent(path, rootEnd, isWinSep);
    if (scan.end !== -1) {
      ret.base = path.slice(scan.startPart, scan.end);
      if (scan.startDot === -1) {
        ret.name = ret.base;
      } else {
        ret.name = path.slice(scan.startPart, scan.startDot);
        ret.ext = path.slice(scan.startDot, scan.end);
      }
    }
    // A directory that is the root keeps the root's trailing separator.
    if (scan.startPart > 0 && scan.startPart !== rootEnd) ret.dir = path.slice(0, scan.startPart - 1);
    else ret.dir = ret.root;
    return ret;
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
  _makeLong: null,
};

const posix = {
  resolve(...paths) {
    let resolved = '';
    let absolute = false;
    for (let i = paths.length - 1; i >= -1 && !absolute; i--) {
      const path = i >= 0 ? paths[i] : process.cwd();
      validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
      resolved = `${path}/${resolved}`;
      absolute = path.charCodeAt(0) === SLASH;
    }
    resolved = collapseSegments(resolved, !absolute, isPosixSep, '/');
    if (absolute) return `/${resolved}`;
    return resolved.length > 0 ? resolved : '.';
  },

  normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const absolute = path.charCodeAt(0) === SLASH;
    const trailing = path.charCodeAt(path.length - 1) === SLASH;
    let out = collapseSegments(path, !absolute, isPosixSep, '/');
    if (out.length === 0) {
      if (absolute) return '/';
      return trailing ? './' : '.';
    }
    if (trailing) out += '/';
    return absolute ? `/${out}` : out;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === SLASH;
  },

  join(...paths) {
    let joined;
    for (const part of paths) {
      validateString(part, 'path');
      if (part.length > 0) joined = joined === undefined ? part : `${joined}/${part}`;
    }
    if (joined === undefined) return '.';
    return posix.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    const fromParts = from.split('/').filter(Boolean);
    const toParts = to.split('/').filter(Boolean);
    let common = 0;
    while (common < fromParts.length && common < toParts.length &&
           fromParts[common] === toParts[common]) {
      common++;
    }
    const up = new Array(fromParts.length - common).fill('..');
    return up.concat(toParts.slice(common)).join('/');
  },

  toNamespacedPath(path) {
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const hasRoot = path.charCodeAt(0) === SLASH;
    // Find the separator before the last component, skipping trailing ones.
    let end = -1;
    let inComponent = false;
    for (let i = path.length - 1; i >= 1; i--) {
      if (path.charCodeAt(i) === SLASH) {
        if (inComponent) {
          end = i;
          break;
        }
      } else {
        inComponent = true;
      }
    }
    if (end === -1) return hasRoot ? '/' : '.';
    // `//x` keeps both slashes (node quirk: POSIX allows `//` as a root).
    if (hasRoot && end === 1) return '//';
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    return basenameFrom(path, 0, suffix, isPosixSep);
  },

  extname(path) {
    validateString(path, 'path');
    return extnameFrom(path, 0, isPosixSep);
  },

  format: _format.bind(null, '/'),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const absolute = path.charCodeAt(0) === SLASH;
    if (absolute) ret.root = '/';
    // The scan stops above the root slash but a component right after it is
    // seen as starting at 0, which is why node reports `/..` as name `.`.
    const scan = scanLastComponent(path, absolute ? 1 : 0, isPosixSep, 0);
    if (scan.end !== -1) {
      const start = scan.startPart === 0 && absolute ? 1 : scan.startPart;
      ret.base = path.slice(start, scan.end);
      if (scan.startDot === -1) {
        ret.name = ret.base;
      } else {
        ret.name = path.slice(start, scan.startDot);
        ret.ext = path.slice(scan.startDot, scan.end);
      }
    }
    if (scan.startPart > 0) ret.dir = path.slice(0, scan.startPart - 1);
    else if (absolute) ret.dir = '/';
    return ret;
  },

  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
  _makeLong: null,
};

win32._makeLong = win32.toNamespacedPath;
posix._makeLong = posix.toNamespacedPath;
posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;

module.exports = posix;
