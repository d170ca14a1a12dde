'use strict';
// Node-style errors: `new codes.ERR_X(...args)` builds an instance of the
// built-in class node uses for that code (TypeError, RangeError or Error)
// with node's exact message, an enumerable own `code`, and a `toString()`
// that gives `TypeError [ERR_X]: message` as node's errors do.
//
// Each code is one row of a table: base class and message. A message is
// either a template whose `%s` are filled from the arguments (with
// util.format rules) or a function of the arguments; a function is called
// with the error as `this` so it can attach extra properties (e.g. `input`).

// The classes are made on first use: a start-up would otherwise spend
// most of this module's cost making ~110 classes it never throws. `codes`
// inherits from a proxy that makes the asked-for class and stores it on
// `codes` itself, so each is made once and is then a plain property.
const codes = Object.create(new Proxy(Object.create(null), {
  get(target, key, receiver) {
    const row = typeof key === 'string' ? lookup(key) : undefined;
    if (row === undefined) return Reflect.get(Object.prototype, key, receiver);
    const NodeError = makeNodeError(key, row[0], row[1]);
    Object.defineProperty(codes, key, { value: NodeError, writable: true, enumerable: true, configurable: true });
    return NodeError;
  },
  has(target, key) {
    return (typeof key === 'string' && lookup(key) !== undefined) || key in Object.prototype;
  },
}));

// The message formatters need util.inspect / util.format; both are loaded on
// first use so this module stays free of load-order cycles.
function inspect(value, options) {
  return require('internal/inspect').inspect(value, options);
}

function formatTemplate(template, args) {
  return require('internal/inspect').format(template, ...args);
}

// --- helpers shared by several messages -----------------------------------

// `a, b, or c` / `a or b` / `a`, as node writes lists in messages.
function orList(items) {
  if (items.length > 2) {
    return `${items.slice(0, -1).join(', ')}, or ${items[items.length - 1]}`;
  }
  return items.join(' or ');
}

// 1099511627776 -> 1_099_511_627_776 (node's rendering of large numbers).
function addNumericalSeparator(text) {
  const start = text[0] === '-' ? 1 : 0;
  let end = text.length;
  let grouped = '';
  for (; end >= start + 4; end -= 3) grouped = `_${text.slice(end - 3, end)}${grouped}`;
  return text.slice(0, end) + grouped;
}

// How node describes "what it got instead" in argument errors.
function describeReceived(value) {
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'function') return `function ${value.name}`;
  if (typeof value === 'object') {
    const ctor = value.constructor;
    if (ctor && (typeof ctor === 'object' || typeof ctor === 'function') && 'name' in ctor) {
      return `an instance of ${ctor.name}`;
    }
    return inspect(value, { depth: -1 });
  }
  if (typeof value === 'string') {
    // Long strings are cut before quoting; node quotes with '' unless the
    // text holds a ' (then JSON quoting), and escapes nothing else.
    const text = value.length > 28 ? `${value.slice(0, 25)}...` : value;
    return `type string (${text.includes("'") ? JSON.stringify(text) : `'${text}'`})`;
  }
  return `type ${typeof value} (${inspect(value, { colors: false })})`;
}

// `"name" argument` or, for dotted names, `"a.b" property`; names already
// ending in " argument" are used as they are.
function describeName(name) {
  if (name.endsWith(' argument')) return name;
  return `"${name}" ${name.includes('.') ? 'property' : 'argument'}`;
}

// Lower-case primitive type names; a few capitalised spellings mean the
// same thing ('Function' is "of type function").
const kTypes = new Set(['string', 'function', 'number', 'object', 'boolean', 'bigint', 'symbol']);
const kTypeAliases = { Function: 'function', Object: 'object' };
const kClassName = /^([A-Z][a-z0-9]*)+$/;

function invalidArgTypeMessage(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  const types = [];
  const instances = [];
  const other = [];
  for (const entry of expected) {
    const type = kTypeAliases[entry] || entry;
    if (kTypes.has(type)) types.push(type);
    else if (kClassName.test(entry)) instances.push(entry);
    else other.push(entry);
  }
  // When instances are listed too, a plain "object" reads better as the
  // class "Object" at the end of the instance list.
  if (instances.length > 0 && types.includes('object')) {
    types.splice(types.indexOf('object'), 1);
    instances.push('Object');
  }
  const parts = [];
  if (types.length > 0) {
    parts.push(`${types.length > 1 ? 'one of type' : 'of type'} ${orList(types)}`);
  }
  if (instances.length > 0) parts.push(`an instance of ${orList(instances)}`);
  if (other.length > 1) parts.push(`one of ${orList(other)}`);
  else if (other.length === 1) {
    parts.push(other[0].toLowerCase() !== other[0] ? `an ${other[0]}` : other[0]);
  }
  return `The ${describeName(name)} must be ${parts.join(' or ')}. ` +
    `Received ${describeReceived(actual)}`;
}

function invalidArgValueMessage(name, value, reason = 'is invalid') {
  let shown = inspect(value);
  if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
  const kind = name.includes('.') ? 'property' : 'argument';
  return `The ${kind} '${name}' ${reason}. Received ${shown}`;
}

function outOfRangeMessage(name, range, input, replaceDefaultMessage = false) {
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = inspect(input);
  }
  const head = replaceDefaultMessage ? name : `The value of "${name}" is out of range.`;
  return `${head} It must be ${range}. Received ${received}`;
}

function missingArgsMessage(...names) {
  // An array entry means "one of these": ["a", "b"] -> "a" or "b".
  const quoted = names.map((n) => (Array.isArray(n) ? n.map((a) => `"${a}"`).join(' or ') : `"${n}"`));
  let list;
  if (quoted.length === 1) list = `${quoted[0]} argument`;
  else if (quoted.length === 2) list = `${quoted[0]} and ${quoted[1]} arguments`;
  else list = `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]} arguments`;
  return `The ${list} must be specified`;
}

function invalidReturnValueMessage(input, name, value) {
  return `Expected ${input} to be returned from the "${name}" function but got ${describeReceived(value)}.`;
}

function requireEsmMessage(filename, hasEsmSyntax, parentPath = null, packageJsonPath = null) {
  let msg = `require() of ES Module ${filename}${parentPath ? ` from ${parentPath}` : ''} not supported.`;
  const dynamicImport = 'dynamic import() which is available in all CommonJS modules';
  if (!packageJsonPath) {
    if (filename.endsWith('.mjs')) msg += `\nInstead change the require of ${filename} to a ${dynamicImport}.`;
    return msg;
  }
  const base = (p) => p.slice(p.lastIndexOf('/') + 1);
  // The bare file name is ambiguous when the parent has the same name.
  const shown = parentPath && base(filename) === base(parentPath) ? filename : base(filename);
  if (hasEsmSyntax) {
    return `${msg}\nInstead change the require of ${shown} in ${parentPath} to a ${dynamicImport}.`;
  }
  return `${msg}\n${shown} is treated as an ES module file as it is a .js file whose nearest ` +
    'parent package.json contains "type": "module" which declares all .js files in that ' +
    `package scope as ES modules.\nInstead either rename ${shown} to end in .cjs, change the ` +
    `requiring code to use ${dynamicImport}, or change "type": "module" to "type": "commonjs" ` +
    `in ${packageJsonPath} to treat all .js files as CommonJS (using .mjs for all ES modules instead).\n`;
}

function workerPathMessage(filename) {
  let msg = 'The worker script or module filename must be an absolute path or a relative ' +
    "path starting with './' or '../'.";
  if (filename.startsWith('file://')) msg += ' Wrap file:// URLs with `new URL`.';
  if (filename.startsWith('data:text/javascript')) msg += ' Wrap data: URLs with `new URL`.';
  return `${msg} Received "${filename}"`;
}

// --- the table --------------------------------------------------------------

const T = TypeError;
const R = RangeError;
// A code's row: [base class, message], or undefined for an unknown code.
// A switch, so that only the asked-for row is ever made.
function lookup(code) {
  switch (code) {
    case 'ERR_AMBIGUOUS_ARGUMENT': return [T, 'The "%s" argument is ambiguous. %s'];
    case 'ERR_ASSERTION': return [Error, '%s'];
    case 'ERR_BUFFER_OUT_OF_BOUNDS': return [R, (name = undefined) => (name ?
      `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds')];
    case 'ERR_CRYPTO_HASH_FINALIZED': return [Error, 'Digest already called'];
    case 'ERR_CRYPTO_HASH_UPDATE_FAILED': return [Error, 'Hash update failed'];
    case 'ERR_CRYPTO_INVALID_DIGEST': return [T, 'Invalid digest: %s'];
    case 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS': return [R, (detail = undefined) =>
      (detail === undefined ? 'Invalid scrypt params' : `Invalid scrypt params: ${detail}`)];
    case 'ERR_CRYPTO_SCRYPT_INVALID_PARAMETER': return [Error, 'Invalid scrypt parameter'];
    case 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH': return [R, 'Input buffers must have the same byte length'];
    case 'ERR_ENCODING_INVALID_ENCODED_DATA': return [T, function (encoding, errno) {
      this.errno = errno;
      return `The encoded data was not valid for encoding ${encoding}`;
    }];
    case 'ERR_ENCODING_NOT_SUPPORTED': return [R, 'The "%s" encoding is not supported'];
    case 'ERR_EVENT_RECURSION': return [Error, 'The event "%s" is already being dispatched'];
    case 'ERR_FALSY_VALUE_REJECTION': return [Error, function (reason) {
      this.reason = reason;
      return 'Promise was rejected with falsy value';
    }];
    case 'ERR_HTTP_HEADERS_SENT': return [Error, 'Cannot %s headers after they are sent to the client'];
    case 'ERR_HTTP_INVALID_HEADER_VALUE': return [T, 'Invalid value "%s" for header "%s"'];
    case 'ERR_HTTP_INVALID_STATUS_CODE': return [R, 'Invalid status code: %s'];
    case 'ERR_ILLEGAL_CONSTRUCTOR': return [T, 'Illegal constructor'];
    case 'ERR_INVALID_ARG_TYPE': return [T, invalidArgTypeMessage];
    case 'ERR_INVALID_ARG_VALUE': return [T, invalidArgValueMessage];
    case 'ERR_INVALID_CHAR': return [T, (name, field = undefined) =>
      `Invalid character in ${name}${field !== undefined ? ` ["${field}"]` : ''}`];
    case 'ERR_INVALID_FILE_URL_HOST': return [T, 'File URL host must be "localhost" or empty on %s'];
    case 'ERR_INVALID_FILE_URL_PATH': return [T, 'File URL path %s'];
    case 'ERR_INVALID_HANDLE_TYPE': return [T, 'This handle type cannot be sent'];
    case 'ERR_INVALID_HTTP_TOKEN': return [T, '%s must be a valid HTTP token ["%s"]'];
    case 'ERR_INVALID_IP_ADDRESS': return [T, 'Invalid IP address: %s'];
    case 'ERR_INVALID_PACKAGE_CONFIG': return [Error, (path, base, message) =>
      `Invalid package config ${path}${base ? ` while importing ${base}` : ''}${message ? `. ${message}` : ''}`];
    case 'ERR_INVALID_PROTOCOL': return [T, 'Protocol "%s" not supported. Expected "%s"'];
    case 'ERR_INVALID_RETURN_VALUE': return [T, invalidReturnValueMessage];
    case 'ERR_INVALID_STATE': return [Error, 'Invalid state: %s'];
    case 'ERR_INVALID_THIS': return [T, 'Value of "this" must be of type %s'];
    // Not a code in node 20 (which throws a DataCloneError DOMException);
    // kept for spindle's own transfer-list checks.
    case 'ERR_INVALID_TRANSFER_OBJECT': return [T, 'Found invalid object in transferList'];
    case 'ERR_INVALID_URL': return [T, function (input, base = null) {
      this.input = input;
      if (base != null) this.base = base;
      return 'Invalid URL';
    }];
    case 'ERR_INVALID_URL_SCHEME': return [T, (expected) => {
      const list = typeof expected === 'string' ? [expected] : expected;
      return `The URL must be ${list.length === 2 ? `one of scheme ${list[0]} or ${list[1]}` : `of scheme ${list[0]}`}`;
    }];
    case 'ERR_METHOD_NOT_IMPLEMENTED': return [Error, 'The %s method is not implemented'];
    case 'ERR_MISSING_ARGS': return [T, missingArgsMessage];
    case 'ERR_MISSING_OPTION': return [T, '%s is required'];
    case 'ERR_MODULE_NOT_FOUND': return [Error, function (path, base, exactUrl) {
      if (exactUrl) this.url = `${exactUrl}`;
      return `Cannot find ${exactUrl ? 'module' : 'package'} '${path}' imported from ${base}`;
    }];
    case 'ERR_MULTIPLE_CALLBACK': return [Error, 'Callback called multiple times'];
    case 'ERR_OUT_OF_RANGE': return [R, outOfRangeMessage];
    case 'ERR_PACKAGE_PATH_NOT_EXPORTED': return [Error, (pkgPath, subpath, base = undefined) => {
      const from = base ? ` imported from ${base}` : '';
      if (subpath === '.') return `No "exports" main defined in ${pkgPath}package.json${from}`;
      return `Package subpath '${subpath}' is not defined by "exports" in ${pkgPath}package.json${from}`;
    }];
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': return [T, '%s'];
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL': return [T,
      "Unexpected argument '%s'. This command does not take positional arguments"];
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': return [T, (option, allowPositionals) => {
      // Note node's message leaves the final quote unbalanced.
      const hint = allowPositionals ? ". To specify a positional argument starting with a '-', " +
        `place it at the end of the command after '--', as in '-- ${JSON.stringify(option)}` : '';
      return `Unknown option '${option}'${hint}`;
    }];
    case 'ERR_PERFORMANCE_INVALID_TIMESTAMP': return [T, '%d is not a valid timestamp'];
    case 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS': return [T, '%s'];
    case 'ERR_REQUIRE_ESM': return [Error, requireEsmMessage];
    case 'ERR_SERVER_ALREADY_LISTEN': return [Error, 'Listen method has been called more than once without closing.'];
    case 'ERR_SERVER_NOT_RUNNING': return [Error, 'Server is not running.'];
    case 'ERR_SOCKET_BAD_PORT': return [R, (name, port, allowZero = true) =>
      `${name} should be ${allowZero ? '>=' : '>'} 0 and < 65536. Received ${describeReceived(port)}.`];
    case 'ERR_SOCKET_CLOSED': return [Error, 'Socket is closed'];
    case 'ERR_SOCKET_CLOSED_BEFORE_CONNECTION': return [Error, 'Socket closed before the connection was established'];
    case 'ERR_STREAM_ALREADY_FINISHED': return [Error, 'Cannot call %s after a stream was finished'];
    case 'ERR_STREAM_CANNOT_PIPE': return [Error, 'Cannot pipe, not readable'];
    case 'ERR_STREAM_DESTROYED': return [Error, 'Cannot call %s after a stream was destroyed'];
    case 'ERR_STREAM_NULL_VALUES': return [T, 'May not write null values to stream'];
    case 'ERR_STREAM_PREMATURE_CLOSE': return [Error, 'Premature close'];
    case 'ERR_STREAM_PUSH_AFTER_EOF': return [Error, 'stream.push() after EOF'];
    case 'ERR_STREAM_UNSHIFT_AFTER_END_EVENT': return [Error, 'stream.unshift() after end event'];
    case 'ERR_STREAM_WRITE_AFTER_END': return [Error, 'write after end'];
    case 'ERR_UNESCAPED_CHARACTERS': return [T, '%s contains unescaped characters'];
    case 'ERR_UNHANDLED_ERROR': return [Error, (err = undefined) =>
      (err === undefined ? 'Unhandled error.' : `Unhandled error. (${err})`)];
    case 'ERR_UNKNOWN_BUILTIN_MODULE': return [Error, 'No such built-in module: %s'];
    case 'ERR_UNKNOWN_ENCODING': return [T, 'Unknown encoding: %s'];
    case 'ERR_UNKNOWN_FILE_EXTENSION': return [T, (ext, path, suggestion) =>
      `Unknown file extension "${ext}" for ${path}${suggestion ? `. ${suggestion}` : ''}`];
    case 'ERR_UNSUPPORTED_DIR_IMPORT': return [Error, function (path, base, exactUrl) {
      this.url = exactUrl;
      return `Directory import '${path}' is not supported resolving ES modules imported from ${base}`;
    }];
    case 'ERR_USE_AFTER_CLOSE': return [Error, '%s was closed'];
    case 'ERR_WORKER_INIT_FAILED': return [Error, 'Worker initialization failure: %s'];
    case 'ERR_WORKER_INVALID_EXEC_ARGV': return [Error, (errors, msg = 'invalid execArgv flags') =>
      `Initiated Worker with ${msg}: ${errors.join(', ')}`];
    case 'ERR_WORKER_OUT_OF_MEMORY': return [Error, 'Worker terminated due to reaching memory limit: %s'];
    case 'ERR_WORKER_PATH': return [T, workerPathMessage];
    case 'ERR_WORKER_UNSERIALIZABLE_ERROR': return [Error, 'Serializing an uncaught exception failed'];
    default: return undefined;
  }
}

// --- the error classes -------------------------------------------------------

// Drop the constructor frames from the stack where the engine can (V8 and
// newer SpiderMonkey have Error.captureStackTrace). The own `name` set around
// the capture makes a stack header (V8 writes one) read `TypeError [ERR_X]: ...`
// like node's.
function captureStack(error, code, ctor) {
  if (typeof Error.captureStackTrace !== 'function') return;
  Object.defineProperty(error, 'name', { value: `${error.name} [${code}]`, configurable: true });
  Error.captureStackTrace(error, ctor);
  void error.stack; // V8 formats the header lazily: force it while `name` is set.
  delete error.name;
}

function makeNodeError(code, Base, message) {
  class NodeError extends Base {
    constructor(...args) {
      super();
      this.code = code;
      const text = typeof message === 'function' ?
        Reflect.apply(message, this, args) : formatTemplate(message, args);
      Object.defineProperty(this, 'message', {
        value: text, enumerable: false, writable: true, configurable: true,
      });
      captureStack(this, code, new.target);
    }

    toString() {
      return `${this.name} [${code}]: ${this.message}`;
    }
  }
  // Instances report the plain built-in class (`err.constructor === TypeError`),
  // as node's do, so inspection shows `TypeError [ERR_X]`.
  Object.defineProperty(NodeError.prototype, 'constructor', {
    get() { return Base; }, enumerable: false, configurable: true,
  });
  return NodeError;
}


class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}
// node has no codes.ABORT_ERR; spindle's modules may use either spelling.
codes.ABORT_ERR = AbortError;

// node uses this to trim its own frames from stacks; nothing to do here.
function hideStackFrames(fn) {
  return fn;
}

// --- system errors (errno) ---------------------------------------------------

// libuv's error names and messages on Linux, keyed by (negative) errno.
const kErrnoTable = `
7 E2BIG argument list too long|13 EACCES permission denied|98 EADDRINUSE address already in use
99 EADDRNOTAVAIL address not available|97 EAFNOSUPPORT address family not supported
11 EAGAIN resource temporarily unavailable|3000 EAI_ADDRFAMILY address family not supported
3001 EAI_AGAIN temporary failure|3002 EAI_BADFLAGS bad ai_flags value
3013 EAI_BADHINTS invalid value for hints|3003 EAI_CANCELED request canceled
3004 EAI_FAIL permanent failure|3005 EAI_FAMILY ai_family not supported|3006 EAI_MEMORY out of memory
3007 EAI_NODATA no address|3008 EAI_NONAME unknown node or service
3009 EAI_OVERFLOW argument buffer overflow|3014 EAI_PROTOCOL resolved protocol is unknown
3010 EAI_SERVICE service not available for socket type|3011 EAI_SOCKTYPE socket type not supported
114 EALREADY connection already in progress|9 EBADF bad file descriptor|16 EBUSY resource busy or locked
125 ECANCELED operation canceled|4080 ECHARSET invalid Unicode character
103 ECONNABORTED software caused connection abort|111 ECONNREFUSED connection refused
104 ECONNRESET connection reset by peer|89 EDESTADDRREQ destination address required
17 EEXIST file already exists|14 EFAULT bad address in system call argument|27 EFBIG file too large
113 EHOSTUNREACH host is unreachable|4 EINTR interrupted system call|22 EINVAL invalid argument
5 EIO i/o error|106 EISCONN socket is already connected|21 EISDIR illegal operation on a directory
40 ELOOP too many symbolic links encountered|24 EMFILE too many open files|90 EMSGSIZE message too long
36 ENAMETOOLONG name too long|100 ENETDOWN network is down|101 ENETUNREACH network is unreachable
23 ENFILE file table overflow|105 ENOBUFS no buffer space available|19 ENODEV no such device
2 ENOENT no such file or directory|12 ENOMEM not enough memory|64 ENONET machine is not on the network
92 ENOPROTOOPT protocol not available|28 ENOSPC no space left on device|38 ENOSYS function not implemented
107 ENOTCONN socket is not connected|20 ENOTDIR not a directory|39 ENOTEMPTY directory not empty
88 ENOTSOCK socket operation on non-socket|95 ENOTSUP operation not supported on socket
75 EOVERFLOW value too large for defined data type|1 EPERM operation not permitted|32 EPIPE broken pipe
71 EPROTO protocol error|93 EPROTONOSUPPORT protocol not supported|91 EPROTOTYPE protocol wrong type for socket
34 ERANGE result too large|30 EROFS read-only file system
108 ESHUTDOWN cannot send after transport endpoint shutdown|29 ESPIPE invalid seek|3 ESRCH no such process
110 ETIMEDOUT connection timed out|26 ETXTBSY text file is busy|18 EXDEV cross-device link not permitted
4094 UNKNOWN unknown error|4095 EOF end of file|6 ENXIO no such device or address|31 EMLINK too many links
112 EHOSTDOWN host is down|121 EREMOTEIO remote I/O error|25 ENOTTY inappropriate ioctl for device
4028 EFTYPE inappropriate file type or format|84 EILSEQ illegal byte sequence
94 ESOCKTNOSUPPORT socket type not supported|61 ENODATA no data available|49 EUNATCH protocol driver not attached`;

let errnoMap = null;
// Map of errno -> [name, message], built on first use.
function getErrnoMap() {
  if (errnoMap === null) {
    errnoMap = new Map();
    for (const row of kErrnoTable.trim().split(/[|\n]/)) {
      const [, errno, name, text] = /^(\d+) (\S+) (.*)$/.exec(row);
      errnoMap.set(-Number(errno), [name, text]);
    }
  }
  return errnoMap;
}

function errnoName(errno) {
  const entry = getErrnoMap().get(errno);
  return entry ? entry[0] : `Unknown system error ${errno}`;
}

// util.getSystemErrorName / getSystemErrorMap.
function getSystemErrorName(err) {
  if (typeof err !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('err', 'number', err);
  if (err >= 0 || !Number.isSafeInteger(err)) {
    throw new codes.ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  }
  return errnoName(err);
}

function getSystemErrorMap() {
  return new Map(getErrnoMap());
}

// `syscall CODE[ original]` errors, as util._errnoException makes them.
function errnoException(errno, syscall, original) {
  const code = errnoName(errno);
  const error = new Error(original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`);
  error.errno = errno;
  error.code = code;
  error.syscall = syscall;
  return error;
}

// `syscall CODE address:port` errors for sockets (util._exceptionWithHostPort).
function exceptionWithHostPort(errno, syscall, address, port, additional) {
  const code = errnoName(errno);
  let details = port > 0 ? `${address}:${port}` : address;
  if (additional) details += ` - Local (${additional})`;
  const error = new Error(`${syscall} ${code}${details ? ` ${details}` : ''}`);
  error.errno = errno;
  error.code = code;
  error.syscall = syscall;
  error.address = address;
  if (port) error.port = port;
  return error;
}

// `syscall CODE: message address:port` errors for sockets, as libuv
// failures are reported by listen (util's uvExceptionWithHostPort).
function uvExceptionWithHostPort(errno, syscall, address, port) {
  const [code, text] = getErrnoMap().get(errno) || ['UNKNOWN', 'unknown error'];
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  const error = new Error(`${syscall} ${code}: ${text}${details}`);
  error.code = code;
  error.errno = errno;
  error.syscall = syscall;
  error.address = address;
  if (port) error.port = port;
  return error;
}

// The errors fs and friends throw: `ENOENT: no such file or directory,
// open '/x'`, with errno, code, syscall, path and dest properties.
function uvException(ctx) {
  const [code, text] = getErrnoMap().get(ctx.errno) || ['UNKNOWN', 'unknown error'];
  let message = `${code}: ${ctx.message || text}, ${ctx.syscall}`;
  if (ctx.path !== undefined) message += ` '${ctx.path}'`;
  if (ctx.dest !== undefined) message += ` -> '${ctx.dest}'`;
  const error = new Error(message);
  error.errno = ctx.errno;
  error.code = code;
  error.syscall = ctx.syscall;
  if (ctx.path !== undefined) error.path = ctx.path;
  if (ctx.dest !== undefined) error.dest = ctx.dest;
  return error;
}

module.exports = {
  codes,
  makeNodeError,
  AbortError,
  hideStackFrames,
  getSystemErrorName,
  getSystemErrorMap,
  errnoException,
  exceptionWithHostPort,
  uvException,
  uvExceptionWithHostPort,
  // Exposed for modules that build messages of their own.
  addNumericalSeparator,
  describeReceived,
};
