'use strict';
// node:url — the WHATWG `URL` and `URLSearchParams` (the runtime's own
// classes, re-exported from the globals), the file-URL helpers, and node's
// legacy API: url.parse() producing `Url` objects, url.format() and
// url.resolve(), with node's lenient parsing rules.

const { codes } = require('internal/errors');
const { validateObject, validateString } = require('internal/validators');
const querystring = require('querystring');
const path = require('path');
const { encodeStr, pct } = require('internal/percent-encode');

// --- character helpers ------------------------------------------------------

// The auth part of a formatted legacy URL keeps A-Z a-z 0-9 ! ' ( ) * - . _ ~ :
function isAuthChar(code) {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 58) || code === 33 || (code >= 39 && code <= 42) ||
    code === 45 || code === 46 || code === 95 || code === 126;
}

// --- WHATWG helpers ---------------------------------------------------------

// A value url.fileURLToPath() accepts as a URL (node's duck typing).
function isURLLike(self) {
  return Boolean(self?.href && self.protocol && self.auth === undefined && self.path === undefined);
}

// Whether `host` is accepted as a WHATWG hostname, and what it becomes:
// the hostname setter of a special URL is tried from two different hosts,
// and a setter that did nothing (failure) leaves them different.
function domainToASCII(domain) {
  if (arguments.length < 1) throw new codes.ERR_MISSING_ARGS('domain');
  domain = `${domain}`;
  if (domain === '') return '';
  const a = new URL('ws://a');
  const b = new URL('ws://b');
  a.hostname = domain;
  b.hostname = domain;
  return a.hostname === b.hostname ? a.hostname : '';
}

// IDNA for url.parse(). Unlike domainToASCII() it leaves ASCII labels alone
// (control characters included), never rewrites numeric hosts as IPv4
// (`0x7f.1` stays), and stops at a NUL as node's native code does. Labels
// that need IDNA go through the WHATWG host parser one at a time, with a
// non-numeric label appended so that no label is read as an address.
// Returns '' when a label is invalid.
function hostnameToASCII(hostname) {
  const nul = hostname.indexOf('\0');
  if (nul !== -1) hostname = hostname.slice(0, nul);
  const labels = hostname.split('.');
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (!/[^\x00-\x7f]/.test(label) && !label.startsWith('xn--')) continue;
    const ascii = domainToASCII(`${label}.a`);
    if (!ascii.endsWith('.a')) return '';
    labels[i] = ascii.slice(0, -2);
  }
  return labels.join('.');
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new codes.ERR_MISSING_ARGS('domain');
  return hostToUnicode(domainToASCII(domain));
}

// Decodes the `xn--` labels of an ASCII hostname; labels that are not valid
// punycode stay as they are.
function hostToUnicode(host) {
  if (!host.includes('xn--') && !host.includes('XN--')) return host;
  return host.split('.').map((label) => {
    if (label.slice(0, 4).toLowerCase() !== 'xn--') return label;
    const decoded = punycodeDecode(label.slice(4));
    return decoded === null ? label : decoded;
  }).join('.');
}

// RFC 3492 decoding; null for malformed input.
function punycodeDecode(input) {
  const base = 36;
  const tMin = 1;
  const tMax = 26;
  const skew = 38;
  const damp = 700;
  const adapt = (delta, numPoints, firstTime) => {
    delta = firstTime ? Math.floor(delta / damp) : delta >> 1;
    delta += Math.floor(delta / numPoints);
    let k = 0;
    while (delta > ((base - tMin) * tMax) >> 1) {
      delta = Math.floor(delta / (base - tMin));
      k += base;
    }
    return k + Math.floor(((base - tMin + 1) * delta) / (delta + skew));
  };
  const digit = (code) => {
    if (code >= 48 && code <= 57) return code - 22;
    if (code >= 65 && code <= 90) return code - 65;
    if (code >= 97 && code <= 122) return code - 97;
    return base;
  };
  const output = [];
  const basicEnd = input.lastIndexOf('-');
  for (let j = 0; j < Math.max(basicEnd, 0); j++) {
    if (input.charCodeAt(j) >= 0x80) return null;
    output.push(input.charCodeAt(j));
  }
  let n = 128;
  let bias = 72;
  let i = 0;
  for (let index = basicEnd > 0 ? basicEnd + 1 : 0; index < input.length;) {
    const oldi = i;
    for (let w = 1, k = base; ; k += base) {
      if (index >= input.length) return null;
      const d = digit(input.charCodeAt(index++));
      if (d >= base) return null;
      i += d * w;
      if (i > 0x7FFFFFFF) return null;
      const t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias);
      if (d < t) break;
      w *= base - t;
    }
    const length = output.length + 1;
    bias = adapt(i - oldi, length, oldi === 0);
    n += Math.floor(i / length);
    i %= length;
    if (n > 0x10FFFF) return null;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

// Characters pathToFileURL() escapes before handing the path to the URL
// parser (which encodes what is not ASCII): controls, space, " # % < > ? [ ]
// ^ ` { | } ~ DEL, and \ on posix.
function escapePathChar(code, windows) {
  return code <= 0x20 || code === 0x22 || code === 0x23 || code === 0x25 ||
    code === 0x3C || code === 0x3E || code === 0x3F || code === 0x5B ||
    code === 0x5D || code === 0x5E || code === 0x60 || (code >= 0x7B && code <= 0x7F) ||
    (code === 0x5C && !windows);
}

function encodePathChars(filepath, windows) {
  let out = '';
  let lastPos = 0;
  for (let i = 0; i < filepath.length; i++) {
    const code = filepath.charCodeAt(i);
    if (!escapePathChar(code, windows)) continue;
    out += filepath.slice(lastPos, i) + pct(code);
    lastPos = i + 1;
  }
  return lastPos === 0 ? filepath : out + filepath.slice(lastPos);
}

function isWindowsPlatform() {
  return process.platform === 'win32';
}

function pathToFileURL(filepath, options = undefined) {
  const windows = options?.windows ?? isWindowsPlatform();
  validateString(filepath, 'path');
  if (windows && filepath.startsWith('\\\\')) return uncPathToFileURL(filepath);
  let resolved = windows ? path.win32.resolve(filepath) : path.posix.resolve(filepath);
  // resolve() drops a trailing separator; keep the one the caller wrote.
  // (As in node the check is against this platform's separator, so a
  // Windows drive root gains a second slash: file:///c://.)
  const last = filepath.charCodeAt(filepath.length - 1);
  if ((last === 47 || (windows && last === 92)) && resolved[resolved.length - 1] !== path.sep) {
    resolved += '/';
  }
  if (windows) {
    resolved = resolved.replace(/\\/g, '/');
    if (resolved[0] !== '/') resolved = `/${resolved}`;
  }
  return new URL(`file://${encodePathChars(resolved, windows)}`);
}

// `\\server\share\path` (or `\\?\UNC\server\share\path`) becomes
// file://server/share/path.
function uncPathToFileURL(filepath) {
  const prefixLength = filepath.startsWith('\\\\?\\UNC\\') ? 8 : 2;
  const hostEnd = filepath.indexOf('\\', prefixLength);
  if (hostEnd === -1) {
    throw new codes.ERR_INVALID_ARG_VALUE('path', filepath, 'Missing UNC resource path');
  }
  if (hostEnd === 2) {
    throw new codes.ERR_INVALID_ARG_VALUE('path', filepath, 'Empty UNC servername');
  }
  const url = new URL('file://');
  url.hostname = domainToASCII(filepath.slice(prefixLength, hostEnd));
  url.pathname = encodePathChars(filepath.slice(hostEnd).replace(/\\/g, '/'), true);
  return url;
}

function fileURLToPath(input, options = undefined) {
  const windows = options?.windows ?? isWindowsPlatform();
  let url = input;
  if (typeof url === 'string') url = new URL(url);
  else if (!isURLLike(url)) throw new codes.ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], url);
  if (url.protocol !== 'file:') throw new codes.ERR_INVALID_URL_SCHEME('file');
  return windows ? windowsPathFromURL(url) : posixPathFromURL(url);
}

// Whether a pathname holds %2F (or, with `backslash`, %5C), case-insensitive.
function hasEncodedSeparator(pathname, backslash) {
  for (let i = pathname.indexOf('%'); i !== -1; i = pathname.indexOf('%', i + 1)) {
    const pair = pathname.slice(i + 1, i + 3).toLowerCase();
    if (pair === '2f' || (backslash && pair === '5c')) return true;
  }
  return false;
}

function posixPathFromURL(url) {
  if (url.hostname !== '') throw new codes.ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = url.pathname;
  if (hasEncodedSeparator(pathname, false)) {
    throw new codes.ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
  }
  return decodeURIComponent(pathname);
}

function windowsPathFromURL(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  if (hasEncodedSeparator(pathname, true)) {
    throw new codes.ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters');
  }
  pathname = decodeURIComponent(pathname.replace(/\//g, '\\'));
  // A host makes it a UNC path.
  if (hostname !== '') return `\\\\${domainToUnicode(hostname)}${pathname}`;
  const letter = pathname.codePointAt(1) | 0x20;
  if (letter < 97 || letter > 122 || pathname[2] !== ':') {
    throw new codes.ERR_INVALID_FILE_URL_PATH('must be absolute');
  }
  return pathname.slice(1);
}

// The options object http.request() takes, from a WHATWG URL.
function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) {
    options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  }
  return options;
}

// url.format(URL, options): the href without the parts turned off, and the
// hostname in Unicode when asked.
function formatWhatwg(url, options) {
  let fragment = true;
  let unicode = false;
  let search = true;
  let auth = true;
  if (options) {
    validateObject(options, 'options');
    if (options.fragment != null) fragment = Boolean(options.fragment);
    if (options.unicode != null) unicode = Boolean(options.unicode);
    if (options.search != null) search = Boolean(options.search);
    if (options.auth != null) auth = Boolean(options.auth);
  }
  const copy = new URL(url.href);
  if (!fragment) copy.hash = '';
  if (!search) copy.search = '';
  if (!auth) {
    copy.username = '';
    copy.password = '';
  }
  const href = copy.href;
  if (!unicode || copy.hostname === '') return href;
  // Swap the ASCII hostname in the serialization for its Unicode form.
  let start = copy.protocol.length + 2;
  if (copy.username || copy.password) {
    start += copy.username.length + (copy.password ? copy.password.length + 1 : 0) + 1;
  }
  const hostname = copy.hostname;
  if (href.slice(start, start + hostname.length) !== hostname) return href;
  return href.slice(0, start) + hostToUnicode(hostname) + href.slice(start + hostname.length);
}

// --- legacy parsing ---------------------------------------------------------

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

const protocolPattern = /^[a-z0-9.+-]+:/i;
const portPattern = /:[0-9]*$/;
// `//user@host` is a host even without a protocol.
const hostPattern = /^\/\/[^@/]+@[^@/]+/;
// A path with an optional query and nothing else.
const simplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const hostnameMaxLen = 255;
// Characters that may never appear in a hostname once parsed (after IDNA).
const forbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const forbiddenHostCharsIpv6 = /[\0\t\n\r #%/<>?@\\^|]/;

// Protocols that never have a host, and those that always do.
const hostlessProtocol = new Set(['javascript', 'javascript:']);
const slashedProtocol = new Set([
  'http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:',
  'file', 'file:', 'ws', 'ws:', 'wss', 'wss:',
]);
// Protocols whose rest is not auto-escaped.
const unsafeProtocol = new Set(['javascript', 'javascript:']);

// Characters escaped in the part after the host even though browsers might
// not: tab, LF, CR, space, " ' < > \ ^ ` { | }
const autoEscape = new Map([
  [9, '%09'], [10, '%0A'], [13, '%0D'], [32, '%20'], [34, '%22'], [39, '%27'],
  [60, '%3C'], [62, '%3E'], [92, '%5C'], [94, '%5E'], [96, '%60'], [123, '%7B'],
  [124, '%7C'], [125, '%7D'],
]);

function autoEscapeStr(rest) {
  let out = '';
  let lastPos = 0;
  for (let i = 0; i < rest.length; i++) {
    const escaped = autoEscape.get(rest.charCodeAt(i));
    if (escaped === undefined) continue;
    out += rest.slice(lastPos, i) + escaped;
    lastPos = i + 1;
  }
  return lastPos === 0 ? rest : out + rest.slice(lastPos);
}

function isIpv6Hostname(hostname) {
  return hostname.charCodeAt(0) === 91 /* [ */ &&
    hostname.charCodeAt(hostname.length - 1) === 93 /* ] */;
}

// Trimmed from both ends: controls, space, NBSP and BOM.
function isUrlWhitespace(code) {
  return code <= 32 || code === 0xA0 || code === 0xFEFF;
}

// Trims whitespace around the URL and turns the backslashes before the
// first '?' or '#' into slashes (as browsers do). Reports whether the URL has
// a '#' and whether an '@' comes before the first '?' or '#'.
function prepare(url) {
  let start = 0;
  let end = url.length;
  while (start < end && isUrlWhitespace(url.charCodeAt(start))) start++;
  while (end > start && isUrlWhitespace(url.charCodeAt(end - 1))) end--;
  let rest = '';
  let lastPos = start;
  let split = false;
  let hasHash = false;
  let hasAt = false;
  for (let i = start; i < end; i++) {
    const code = url.charCodeAt(i);
    if (split) {
      if (code === 35) hasHash = true;
      continue;
    }
    if (code === 64 /* @ */) {
      hasAt = true;
    } else if (code === 35 /* # */ || code === 63 /* ? */) {
      if (code === 35) hasHash = true;
      split = true;
    } else if (code === 92 /* \ */) {
      rest += `${url.slice(lastPos, i)}/`;
      lastPos = i + 1;
    }
  }
  rest += url.slice(lastPos, end);
  return { rest, hasHash, hasAt };
}

// One warning per process for `host:port` with a port that is not a number.
let warnInvalidPort = true;

// Cuts the hostname at the first '/', '\', '#', '?' or ':'; what follows
// moves to the front of the rest of the URL.
function trimHostname(self, rest, hostname, url) {
  for (let i = 0; i < hostname.length; i++) {
    const code = hostname.charCodeAt(i);
    if (code !== 47 && code !== 92 && code !== 35 && code !== 63 && code !== 58) continue;
    if (warnInvalidPort && code === 58) {
      process.emitWarning(`The URL ${url} is invalid. Future versions of Node.js will throw an error.`,
        'DeprecationWarning', 'DEP0170');
      warnInvalidPort = false;
    }
    self.hostname = hostname.slice(0, i);
    return `/${hostname.slice(i)}${rest}`;
  }
  return rest;
}

// Finds where the authority ends: at the first '#', '/' or '?', or at the
// first character never allowed in a host (unless an '@' follows it, which
// makes it part of the auth). The last '@' separates the auth.
function scanAuthority(rest) {
  let hostEnd = -1;
  let atSign = -1;
  let nonHost = -1;
  for (let i = 0; i < rest.length && hostEnd === -1; i++) {
    switch (rest.charCodeAt(i)) {
      case 9: case 10: case 13: case 32: case 34: case 37: case 39: case 59:
      case 60: case 62: case 92: case 94: case 96: case 123: case 124: case 125:
        if (nonHost === -1) nonHost = i;
        break;
      case 35: case 47: case 63:
        if (nonHost === -1) nonHost = i;
        hostEnd = i;
        break;
      case 64:
        atSign = i;
        nonHost = -1;
        break;
      default:
        break;
    }
  }
  return { atSign, nonHost };
}

function invalidUrl(url) {
  return new codes.ERR_INVALID_URL(url);
}

// Parses the authority at the start of `rest` into auth, host, port and
// hostname; returns what follows it.
function parseAuthority(self, rest, url) {
  const { atSign, nonHost } = scanAuthority(rest);
  let start = 0;
  if (atSign !== -1) {
    self.auth = decodeURIComponent(rest.slice(0, atSign));
    start = atSign + 1;
  }
  if (nonHost === -1) {
    self.host = rest.slice(start);
    rest = '';
  } else {
    self.host = rest.slice(start, nonHost);
    rest = rest.slice(nonHost);
  }
  self.parseHost();
  // There is a host, so the hostname is a string even when empty.
  if (typeof self.hostname !== 'string') self.hostname = '';
  const hostname = self.hostname;
  const ipv6 = isIpv6Hostname(hostname);
  if (!ipv6) rest = trimHostname(self, rest, hostname, url);

  if (self.hostname.length > hostnameMaxLen) self.hostname = '';
  else self.hostname = self.hostname.toLowerCase();

  if (self.hostname !== '') {
    if (ipv6) {
      if (forbiddenHostCharsIpv6.test(self.hostname)) throw invalidUrl(url);
    } else {
      // IDNA. A hostname that does not survive it, or gains forbidden
      // characters through it, could be spoofed: refuse the URL.
      self.hostname = hostnameToASCII(self.hostname);
      if (self.hostname === '' || forbiddenHostChars.test(self.hostname)) throw invalidUrl(url);
    }
  }
  self.host = (self.hostname || '') + (self.port ? `:${self.port}` : '');
  // The brackets stay in `host` only.
  if (ipv6) {
    self.hostname = self.hostname.slice(1, -1);
    if (rest[0] !== '/') rest = `/${rest}`;
  }
  return rest;
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  validateString(url, 'url');
  let { rest, hasHash, hasAt } = prepare(url);

  if (!slashesDenoteHost && !hasHash && !hasAt) {
    const simplePath = simplePathPattern.exec(rest);
    if (simplePath) {
      this.path = rest;
      this.href = rest;
      this.pathname = simplePath[1];
      if (simplePath[2]) {
        this.search = simplePath[2];
        this.query = parseQueryString ?
          querystring.parse(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  let proto = protocolPattern.exec(rest);
  let lowerProto;
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  // `user@server` is always a host, and //foo/bar has host foo (as URL
  // resolution treats it).
  let slashes;
  if (slashesDenoteHost || proto || hostPattern.test(rest)) {
    slashes = rest.charCodeAt(0) === 47 && rest.charCodeAt(1) === 47;
    if (slashes && !(proto && hostlessProtocol.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  // (node checks the protocol as written, not lowercased, here.)
  if (!hostlessProtocol.has(lowerProto) &&
      (slashes || (proto && !slashedProtocol.has(proto)))) {
    rest = parseAuthority(this, rest, url);
  }

  if (!unsafeProtocol.has(lowerProto)) rest = autoEscapeStr(rest);

  let questionIdx = -1;
  let hashIdx = -1;
  for (let i = 0; i < rest.length; i++) {
    const code = rest.charCodeAt(i);
    if (code === 35) {
      this.hash = rest.slice(i);
      hashIdx = i;
      break;
    }
    if (code === 63 && questionIdx === -1) questionIdx = i;
  }

  if (questionIdx !== -1) {
    const end = hashIdx === -1 ? rest.length : hashIdx;
    this.search = rest.slice(questionIdx, end);
    this.query = rest.slice(questionIdx + 1, end);
    if (parseQueryString) this.query = querystring.parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }

  const firstIdx = questionIdx !== -1 && (hashIdx === -1 || questionIdx < hashIdx) ?
    questionIdx : hashIdx;
  if (firstIdx === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (firstIdx > 0) {
    this.pathname = rest.slice(0, firstIdx);
  }
  if (slashedProtocol.has(lowerProto) && this.hostname && !this.pathname) {
    this.pathname = '/';
  }

  // `path` is what http.request() wants.
  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');

  this.href = this.format();
  return this;
};

// Splits a trailing `:port` off `host`.
Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const match = portPattern.exec(host);
  if (match) {
    const port = match[0];
    if (port !== ':') this.port = port.slice(1);
    host = host.slice(0, host.length - port.length);
  }
  if (host) this.hostname = host;
};

// '#' and '?' inside a pathname are escaped.
function escapePathname(pathname) {
  return pathname.replace(/[#?]/g, (c) => (c === '#' ? '%23' : '%3F'));
}

function startsWithFile(protocol) {
  return protocol.length >= 4 && protocol.slice(0, 4) === 'file';
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${encodeStr(auth, isAuthChar)}@`;

  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';

  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    // A bare IPv6 hostname gets its brackets back.
    host = auth + (this.hostname.includes(':') && !isIpv6Hostname(this.hostname) ?
      `[${this.hostname}]` : this.hostname);
    if (this.port) host += `:${this.port}`;
  }

  if (this.query !== null && typeof this.query === 'object') {
    query = querystring.stringify(this.query);
  }
  let search = this.search || (query && `?${query}`) || '';

  if (protocol && protocol.charCodeAt(protocol.length - 1) !== 58) protocol += ':';
  pathname = escapePathname(pathname);

  // Only the slashed protocols get `//` (unless the URL had it).
  if (this.slashes || slashedProtocol.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname.charCodeAt(0) !== 47) pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (startsWithFile(protocol)) {
      host = '//';
    }
  }

  search = search.replace(/#/g, '%23');
  if (hash && hash.charCodeAt(0) !== 35) hash = `#${hash}`;
  if (search && search.charCodeAt(0) !== 63) search = `?${search}`;
  return protocol + host + pathname + search + hash;
};

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

// `path` from pathname and search, when either is set.
function setPath(result) {
  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
  }
}

function finish(result) {
  result.href = result.format();
  return result;
}

// In non-slashed URLs (mailto:, news:) the first path part stands for the
// host, and an auth may be hiding in it.
function restoreHost(result, host) {
  result.hostname = result.host = host;
  const parts = result.host && result.host.indexOf('@') > 0 ? result.host.split('@') : null;
  if (parts) {
    result.auth = parts.shift();
    result.host = result.hostname = parts.shift();
  }
}

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    const rel = new Url();
    rel.parse(relative, false, true);
    relative = rel;
  }

  const result = new Url();
  for (const key of Object.keys(this)) result[key] = this[key];

  // The hash always comes from the relative URL, even when it has none.
  result.hash = relative.hash;
  if (relative.href === '') return finish(result);

  // `//host/path` keeps only the protocol.
  if (relative.slashes && !relative.protocol) {
    for (const key of Object.keys(relative)) {
      if (key !== 'protocol') result[key] = relative[key];
    }
    if (slashedProtocol.has(result.protocol) && result.hostname && !result.pathname) {
      result.path = result.pathname = '/';
    }
    return finish(result);
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    return resolveOtherProtocol(result, relative);
  }

  const isSourceAbs = result.pathname && result.pathname.charAt(0) === '/';
  const isRelAbs = relative.host || (relative.pathname && relative.pathname.charAt(0) === '/');
  let mustEndAbs = isRelAbs || isSourceAbs || (result.host && relative.pathname);
  const removeAllDots = mustEndAbs;
  let srcPath = (result.pathname && result.pathname.split('/')) || [];
  const relPath = (relative.pathname && relative.pathname.split('/')) || [];
  const noLeadingSlashes = result.protocol && !slashedProtocol.has(result.protocol);

  // Non-slashed URLs: the host becomes the first path part, so that `..`
  // can climb into it; it is put back below.
  if (noLeadingSlashes) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') srcPath[0] = result.host;
      else srcPath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else relPath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
  }

  if (isRelAbs) {
    // An absolute relative path (or a host) replaces the path.
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    // A relative path replaces the last part of the source path.
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a new query (`?x`).
    if (noLeadingSlashes) restoreHost(result, srcPath.shift());
    result.search = relative.search;
    result.query = relative.query;
    setPath(result);
    return finish(result);
  }

  if (!srcPath.length) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    return finish(result);
  }

  // A path ending in `.` or `..` (or an empty part) keeps a trailing slash.
  let last = srcPath.slice(-1)[0];
  const hasTrailingSlash = ((result.host || relative.host || srcPath.length > 1) &&
    (last === '.' || last === '..')) || last === '';

  // Drop `.` parts and resolve `..` against the part before; `up` counts the
  // `..` that climb above the start.
  let up = 0;
  for (let i = srcPath.length - 1; i >= 0; i--) {
    last = srcPath[i];
    if (last === '.') {
      srcPath.splice(i, 1);
    } else if (last === '..') {
      srcPath.splice(i, 1);
      up++;
    } else if (up) {
      srcPath.splice(i, 1);
      up--;
    }
  }
  if (!mustEndAbs && !removeAllDots) {
    while (up--) srcPath.unshift('..');
  }
  if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0].charAt(0) !== '/')) {
    srcPath.unshift('');
  }
  if (hasTrailingSlash && srcPath.join('/').slice(-1) !== '/') srcPath.push('');

  const isAbsolute = srcPath[0] === '' || (srcPath[0] && srcPath[0].charAt(0) === '/');

  if (noLeadingSlashes) {
    restoreHost(result, isAbsolute ? '' : (srcPath.length ? srcPath.shift() : ''));
  }

  mustEndAbs = mustEndAbs || (result.host && srcPath.length);
  if (mustEndAbs && !isAbsolute) srcPath.unshift('');

  if (srcPath.length > 0) {
    result.pathname = srcPath.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  setPath(result);
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  return finish(result);
};

// resolveObject() when the relative URL has a protocol of its own.
function resolveOtherProtocol(result, relative) {
  // Not a slashed protocol: the relative URL is taken whole.
  if (!slashedProtocol.has(relative.protocol)) {
    for (const key of Object.keys(relative)) result[key] = relative[key];
    return finish(result);
  }
  result.protocol = relative.protocol;
  if (!relative.host && !/^file:?$/.test(relative.protocol) &&
      !hostlessProtocol.has(relative.protocol)) {
    // `http:foo/bar`: the first path part is the host.
    const relPath = (relative.pathname || '').split('/');
    while (relPath.length && !(relative.host = relPath.shift()));
    if (!relative.host) relative.host = '';
    if (!relative.hostname) relative.hostname = '';
    if (relPath[0] !== '') relPath.unshift('');
    if (relPath.length < 2) relPath.unshift('');
    result.pathname = relPath.join('/');
  } else {
    result.pathname = relative.pathname;
  }
  result.search = relative.search;
  result.query = relative.query;
  result.host = relative.host || '';
  result.auth = relative.auth;
  result.hostname = relative.hostname || relative.host;
  result.port = relative.port;
  if (result.pathname || result.search) {
    result.path = (result.pathname || '') + (result.search || '');
  }
  result.slashes = result.slashes || relative.slashes;
  return finish(result);
}

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  const urlObject = new Url();
  urlObject.parse(url, parseQueryString, slashesDenoteHost);
  return urlObject;
}

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new codes.ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (urlObject instanceof URL) {
    return formatWhatwg(urlObject, options);
  }
  return Url.prototype.format.call(urlObject);
}

module.exports = {
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  URL: undefined,
  URLSearchParams: undefined,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};

// The WHATWG classes are the runtime's globals, read when used.
Object.defineProperties(module.exports, {
  URL: {
    get() {
      return globalThis.URL;
    },
    enumerable: true,
    configurable: true,
  },
  URLSearchParams: {
    get() {
      return globalThis.URLSearchParams;
    },
    enumerable: true,
    configurable: true,
  },
});
