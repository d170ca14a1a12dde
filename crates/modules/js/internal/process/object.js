'use strict';
// The `process` object: an EventEmitter with node's properties, most of
// them computed lazily so an isolate starts fast.

const binding = require('internal/binding');
const EventEmitter = require('events');

const NODE_COMPAT_VERSION = 'v20.11.0';
const SPINDLE_VERSION = '0.1.0';

let current;

// An enumerable property made by `compute` on first read (a native
// accessor pair until then; a write first replaces it).
function lazy(target, name, compute) {
  binding.defineLazy(target, name, compute, true);
}

// The environment of this thread, as node keeps it apart from the
// `process.env` property (which a program may replace): the real one, or
// in a worker with an `env` of its own, that copy (made on first use).
let threadEnv = null;
let makeThreadEnv = makeRealEnv;

function makeEnv() {
  threadEnv ??= makeThreadEnv();
  return threadEnv;
}

/** True when this thread's environment is the real one. */
function envIsReal() {
  return makeThreadEnv === makeRealEnv;
}

/** Gives `process` an environment of its own, made by `make` when first read. */
function setOwnEnv(process, make) {
  threadEnv = null;
  makeThreadEnv = make;
  lazy(process, 'env', makeEnv);
}

// The process environment, shared by every thread that did not get its
// own copy (workers with `env` other than SHARE_ENV): reads go to the real
// environment each time, so a change made by another thread is seen.
function makeRealEnv() {
  const target = Object.create(null);
  const keys = () => Object.keys(binding.envSnapshot());
  const descriptor = (key) => {
    const value = typeof key === 'string' ? binding.getEnv(key) : undefined;
    return value === undefined ? undefined : { value, writable: true, enumerable: true, configurable: true };
  };
  return binding.hideProxy(new Proxy(target, {
    get(_, key) {
      return typeof key === 'string' ? binding.getEnv(key) : undefined;
    },
    has(_, key) {
      return typeof key === 'string' && binding.getEnv(key) !== undefined;
    },
    ownKeys() {
      // Proxy invariants: keys reported must be configurable on the target
      // or absent from it; the target stays empty.
      return keys();
    },
    getOwnPropertyDescriptor(_, key) {
      return descriptor(key);
    },
    set(_, key, value) {
      if (typeof key === 'symbol') return false;
      binding.setEnv(key, String(value));
      return true;
    },
    deleteProperty(_, key) {
      if (typeof key === 'string') binding.setEnv(key, undefined);
      return true;
    },
    defineProperty(_, key, desc) {
      if ('value' in desc && typeof key === 'string') binding.setEnv(key, String(desc.value));
      return true;
    },
  }));
}

function hrtime(previous) {
  const [sec, nsec] = binding.hrtime();
  if (previous === undefined) return [sec, nsec];
  const { validateArray } = require('internal/validators');
  validateArray(previous, 'time');
  if (previous.length !== 2) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_OUT_OF_RANGE('time', 2, previous.length);
  }
  let s = sec - previous[0];
  let ns = nsec - previous[1];
  if (ns < 0) { s -= 1; ns += 1e9; }
  return [s, ns];
}
hrtime.bigint = function bigint() {
  const [sec, nsec] = binding.hrtime();
  return BigInt(sec) * 1000000000n + BigInt(nsec);
};

function makeStream(fd) {
  const stream = new EventEmitter();
  stream.fd = fd;
  lazy(stream, 'isTTY', () => binding.isatty(fd));
  stream.writable = true;
  stream.write = function write(chunk, encoding, callback) {
    if (typeof encoding === 'function') { callback = encoding; encoding = undefined; }
    if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
    }
    require('internal/process/stdio').write(fd, chunk);
    if (typeof callback === 'function') require('internal/process/ticks').nextTick(callback);
    return true;
  };
  stream.end = function end(chunk, encoding, callback) {
    if (typeof chunk === 'function') { callback = chunk; chunk = undefined; }
    if (chunk !== undefined && chunk !== null) stream.write(chunk, encoding);
    if (typeof callback === 'function') require('internal/process/ticks').nextTick(callback);
    return stream;
  };
  stream.cork = stream.uncork = () => {};
  stream.setDefaultEncoding = () => stream;
  lazy(stream, 'columns', () => (binding.isatty(fd) ? 80 : undefined));
  stream.getColorDepth = () => 8;
  stream.hasColors = () => false;
  return stream;
}

function emitWarning(warning, type, code, ctor) {
  let options;
  if (typeof type === 'function') {
    ctor = type;
    type = undefined;
  } else if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  }
  if (type !== null && typeof type === 'object') {
    options = type;
    type = options.type;
    code = options.code;
  }
  if (typeof warning === 'string') {
    const w = new Error(warning);
    w.name = type || 'Warning';
    if (code !== undefined) w.code = code;
    if (options && options.detail !== undefined) w.detail = options.detail;
    warning = w;
  } else if (!(warning instanceof Error)) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  void ctor;
  const proc = current;
  if (warning.name === 'DeprecationWarning' && proc.noDeprecation) return;
  require('internal/process/ticks').nextTick(() => {
    proc.emit('warning', warning);
    if (proc.listenerCount('warning') <= 1 && !proc.__warningHandlerInstalled) {
      // fallthrough: default handler prints
    }
  });
}

function defaultWarningHandler(warning) {
  const code = warning.code ? `[${warning.code}] ` : '';
  const detail = warning.detail ? `\n${warning.detail}` : '';
  binding.writeFd(2, `(spindle:${binding.pid()}) ${code}${warning.name}: ${warning.message}${detail}\n`);
  if (!shownTraceHint) {
    shownTraceHint = true;
    binding.writeFd(2, '(Use `spindle --trace-warnings ...` to show where the warning was created)\n');
  }
}
let shownTraceHint = false;

function createProcess() {
  const process = new EventEmitter();
  current = process;
  Object.defineProperty(process, Symbol.toStringTag, { value: 'process', configurable: true });
  process.title = 'spindle';
  process.version = NODE_COMPAT_VERSION;
  process.versions = {
    node: NODE_COMPAT_VERSION.slice(1),
    spindle: SPINDLE_VERSION,
    spidermonkey: '153',
    modules: '115',
  };
  process.release = { name: 'node', lts: 'Iron', sourceUrl: '', headersUrl: '' };
  process.platform = 'linux';
  lazy(process, 'arch', () => {
    const machine = binding.uname()[4];
    return { x86_64: 'x64', aarch64: 'arm64', i686: 'ia32' }[machine] || machine;
  });
  lazy(process, 'argv', () => binding.argv());
  lazy(process, 'argv0', () => 'spindle');
  lazy(process, 'execPath', () => binding.execPath());
  process.execArgv = binding.execArgv();
  lazy(process, 'env', makeEnv);
  lazy(process, 'pid', () => binding.pid());
  lazy(process, 'ppid', () => binding.ppid());
  lazy(process, 'stdout', () => makeStream(1));
  lazy(process, 'stderr', () => makeStream(2));
  lazy(process, 'config', () => ({ variables: {} }));
  lazy(process, 'features', () => ({ inspector: false, ipv6: true, tls: false }));
  let exitCode;
  Object.defineProperty(process, 'exitCode', {
    enumerable: true,
    configurable: false,
    get: () => exitCode,
    set(value) {
      if (value !== undefined && value !== null) {
        let code = value;
        if (typeof value === 'string' && value !== '' && Number.isInteger(+value)) code = +value;
        require('internal/validators').validateInteger(code, 'code');
      }
      exitCode = value;
    },
  });
  process.noDeprecation = false;
  process.cwd = () => binding.cwd();
  process.chdir = (dir) => {
    require('internal/validators').validateString(dir, 'directory');
    binding.chdir(dir);
  };
  process.umask = () => binding.umask();
  process.hrtime = hrtime;
  process.uptime = () => binding.now() / 1000;
  process.memoryUsage = function memoryUsage() {
    const rss = binding.rss();
    return { rss, heapTotal: rss, heapUsed: rss, external: 0, arrayBuffers: 0 };
  };
  process.memoryUsage.rss = () => binding.rss();
  process.cpuUsage = function cpuUsage(previous) {
    const [user, system] = binding.cpuUsage();
    if (previous !== undefined) {
      const { validateObject, validateNumber } = require('internal/validators');
      validateObject(previous, 'prevValue');
      validateNumber(previous.user, 'prevValue.user');
      validateNumber(previous.system, 'prevValue.system');
    }
    if (previous) return { user: user - previous.user, system: system - previous.system };
    return { user, system };
  };
  process.resourceUsage = function resourceUsage() {
    const [userCPUTime, systemCPUTime] = binding.cpuUsage();
    return { userCPUTime, systemCPUTime, maxRSS: Math.round(binding.rss() / 1024) };
  };
  process.nextTick = require('internal/process/ticks').nextTick;
  process.emitWarning = emitWarning;
  process.exit = (code) => require('internal/process/fatal').exit(code);
  process.reallyExit = (code) => binding.reallyExit(code | 0);
  process.abort = () => binding.reallyExit(134);
  process.kill = (pid, signal) => require('internal/child_process/signals').killPid(pid, signal);
  process.binding = () => {
    const { codes } = require('internal/errors');
    throw new codes.ERR_METHOD_NOT_IMPLEMENTED('process.binding');
  };
  process.getuid = () => binding.userInfo()[0];
  process.getgid = () => binding.userInfo()[1];
  process.geteuid = process.getuid;
  process.getegid = process.getgid;
  process.on('warning', defaultWarningHandler);
  return process;
}

module.exports = {
  createProcess, current: () => current, envIsReal, threadEnv: makeEnv, setOwnEnv,
  NODE_COMPAT_VERSION, SPINDLE_VERSION,
};
