'use strict';
// node's `util` module. inspect/format live in internal/inspect, the
// type checks in internal/types, deep equality in internal/deep-equal.
//
// Not provided (yet): MIMEType/MIMEParams, parseEnv,
// transferableAbortSignal/transferableAbortController.

const inspectModule = require('internal/inspect');
const types = require('internal/types');
const { isDeepStrictEqual } = require('internal/deep-equal');
const { parseArgs } = require('internal/util/parse-args');
const { kCustomPromisifyArgs } = require('internal/util/symbols');
const errors = require('internal/errors');
// Loading 'timers' gives setTimeout/setImmediate their util.promisify.custom
// hooks (the timers/promises versions) before any promisify call.
require('timers');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateObject,
  validateOneOf,
  validateString,
  kValidateObjectAllowObjects,
} = require('internal/validators');

const {
  ERR_FALSY_VALUE_REJECTION,
  ERR_INVALID_ARG_TYPE,
} = errors.codes;

const { inspect, format, formatWithOptions, stripVTControlCharacters } = inspectModule;

// --- promisify / callbackify ------------------------------------------------------

const kCustomPromisified = Symbol.for('nodejs.util.promisify.custom');

// Copies own properties (name, length, custom ones) from `from` onto `to`.
function copyOwnProperties(to, from, adjust) {
  const descriptors = Object.getOwnPropertyDescriptors(from);
  if (adjust) adjust(descriptors);
  return Object.defineProperties(to, descriptors);
}

function promisify(original) {
  validateFunction(original, 'original');
  // A function can say how it wants to be promisified.
  if (original[kCustomPromisified]) {
    const custom = original[kCustomPromisified];
    validateFunction(custom, 'util.promisify.custom');
    return Object.defineProperty(custom, kCustomPromisified, {
      value: custom, enumerable: false, writable: false, configurable: true,
    });
  }
  const argumentNames = original[kCustomPromisifyArgs];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const named = {};
          for (let i = 0; i < argumentNames.length; i++) named[argumentNames[i]] = values[i];
          return resolve(named);
        }
        return resolve(values[0]);
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisified, {
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  return copyOwnProperties(fn, original);
}
promisify.custom = kCustomPromisified;

function callbackify(original) {
  validateFunction(original, 'original');
  // The promise is not returned: the callback's own errors must not turn
  // into rejections. Callbacks run on the next tick, as node's do.
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (value) => process.nextTick(cb, null, value),
      (reason) => {
        // A falsy rejection would read as success in a callback: wrap it.
        if (!reason) reason = new ERR_FALSY_VALUE_REJECTION(reason);
        process.nextTick(cb, reason);
      });
  }
  return copyOwnProperties(callbackified, original, (descriptors) => {
    if (typeof descriptors.length.value === 'number') descriptors.length.value++;
    if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  });
}

// --- deprecate / inherits / _extend ----------------------------------------------

const codesWarned = new Set();

// Wraps `fn` to emit a DeprecationWarning on its first call (once per code).
// process.noDeprecation is read at each call: while it is set, calls do not
// count as the first one.
function deprecate(fn, msg, code) {
  if (code !== undefined) validateString(code, 'code');
  let warned = false;
  function deprecated(...args) {
    if (!warned && !process.noDeprecation) {
      warned = true;
      if (code === undefined) {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      } else if (!codesWarned.has(code)) {
        codesWarned.add(code);
        process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  // Keep static members reachable and `new deprecated() instanceof fn`.
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  // node copies from the last key to the first.
  for (let i = keys.length - 1; i >= 0; i--) target[keys[i]] = source[keys[i]];
  return target;
}

// --- debuglog ---------------------------------------------------------------------

let debugEnabledTest = null;

// NODE_DEBUG is a comma-separated list of sections, `*` a wildcard, case-insensitive.
function isDebugEnabled(section) {
  if (debugEnabledTest === null) {
    const env = process.env.NODE_DEBUG;
    if (env) {
      const pattern = env.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*').replace(/,/g, '$|^');
      const regExp = new RegExp(`^${pattern}$`, 'i');
      debugEnabledTest = (name) => regExp.test(name);
    } else {
      debugEnabledTest = () => false;
    }
  }
  return debugEnabledTest(section);
}

const debugImpls = new Map();

function makeDebugImpl(section) {
  if (!isDebugEnabled(section)) return () => {};
  if (section === 'HTTP' || section === 'HTTP2') {
    process.emitWarning(`Setting the NODE_DEBUG environment variable to '${section.toLowerCase()}' ` +
      'can expose sensitive data (such as passwords, tokens and authentication headers) in the resulting log.');
  }
  const pid = process.pid;
  return function debug(...args) {
    const colors = shouldColorize(process.stderr);
    const msg = formatWithOptions({ colors }, ...args);
    process.stderr.write(format('%s %s: %s\n', section, inspect(pid, { colors }), msg));
  };
}

// Returns a logger that writes `SECTION pid: message` to stderr when
// NODE_DEBUG names the section, and does nothing otherwise. The environment
// is only read on first use; `cb` receives the real logger then.
function debuglog(set, cb) {
  let impl = null;
  const section = () => `${set}`.toUpperCase();
  const getImpl = () => {
    if (impl === null) {
      const name = section();
      if (!debugImpls.has(name)) debugImpls.set(name, makeDebugImpl(name));
      impl = debugImpls.get(name);
      if (typeof cb === 'function') cb(impl);
    }
    return impl;
  };
  const logger = (...args) => getImpl()(...args);
  Object.defineProperty(logger, 'enabled', {
    get() { return isDebugEnabled(section()); },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

// --- colours ------------------------------------------------------------------------

// Whether text written to `stream` should carry ANSI colours: FORCE_COLOR
// decides when set ('', 1, true, 2, 3 mean yes), else the stream must be a TTY.
function shouldColorize(stream) {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return ['', '1', 'true', '2', '3'].includes(force);
  return Boolean(stream?.isTTY) &&
    (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true);
}

function isStreamLike(obj) {
  if (obj === null || typeof obj !== 'object') return false;
  const has = (name) => typeof obj[name] === 'function';
  return Boolean(obj._readableState || obj._writableState) ||
    (has('on') && (has('write') || has('pipe'))) || // node streams
    (has('getReader') && has('pipeThrough') && has('cancel')) || // ReadableStream
    (has('getWriter') && has('abort')); // WritableStream
}

function styleCode(code) {
  return `\u001b[${code}m`;
}

// styleText(format, text[, { validateStream, stream }]). A single format is
// dropped when `stream` (stdout by default) should not be coloured; an array
// of formats is always applied (node 20 behaves this way).
function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  let skipColor = false;
  if (validateStream) {
    if (!isStreamLike(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    skipColor = !shouldColorize(stream);
  }
  const colors = inspect.colors;
  const codesFor = (key) => {
    const pair = colors[key];
    if (pair == null) validateOneOf(key, 'format', Object.keys(colors));
    return pair;
  };
  if (Array.isArray(format)) {
    let left = '';
    let right = '';
    for (const key of format) {
      const [open, close] = codesFor(key);
      left += styleCode(open);
      right = styleCode(close) + right;
    }
    return `${left}${text}${right}`;
  }
  const [open, close] = codesFor(format);
  return skipColor ? text : `${styleCode(open)}${text}${styleCode(close)}`;
}

// --- small helpers ------------------------------------------------------------------

// Lone surrogates become U+FFFD.
function toUSVString(input) {
  const str = `${input}`;
  if (typeof str.toWellFormed === 'function') return str.toWellFormed();
  return str.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

// Resolves once `signal` aborts; `resource` is the object the caller's
// operation belongs to (node stops waiting when it is collected; spindle
// keeps waiting).
async function aborted(signal, resource) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateObject(resource, 'resource', kValidateObjectAllowObjects);
  if (signal.aborted) return;
  // Resolves with the abort event, as node's does.
  return new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
}

const kMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// `26 Feb 16:19:34 - message` on stdout.
function log(...args) {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  console.log('%s - %s', `${d.getDate()} ${kMonths[d.getMonth()]} ${time}`, format(...args));
}

function isError(value) {
  return Object.prototype.toString.call(value) === '[object Error]' || value instanceof Error;
}

// --- exports ---------------------------------------------------------------------------

module.exports = {
  _errnoException: errors.errnoException,
  _exceptionWithHostPort: errors.exceptionWithHostPort,
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap: errors.getSystemErrorMap,
  getSystemErrorName: errors.getSystemErrorName,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean: (arg) => typeof arg === 'boolean',
  isBuffer: (arg) => require('buffer').Buffer.isBuffer(arg),
  isDeepStrictEqual,
  isNull: (arg) => arg === null,
  isNullOrUndefined: (arg) => arg === null || arg === undefined,
  isNumber: (arg) => typeof arg === 'number',
  isString: (arg) => typeof arg === 'string',
  isSymbol: (arg) => typeof arg === 'symbol',
  isUndefined: (arg) => arg === undefined,
  isRegExp: types.isRegExp,
  isObject: (arg) => arg !== null && typeof arg === 'object',
  isDate: types.isDate,
  isError,
  isFunction: (arg) => typeof arg === 'function',
  isPrimitive: (arg) => arg === null || (typeof arg !== 'object' && typeof arg !== 'function'),
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  aborted,
  types,
  parseArgs,
  get TextDecoder() { return globalThis.TextDecoder; },
  get TextEncoder() { return globalThis.TextEncoder; },
};
