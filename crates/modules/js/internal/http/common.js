'use strict';
// What the http modules share: the status and method tables, header name
// and value checks, folding received header lines into `headers`, the
// cached Date header, and the tables that route events from the network
// thread (see crates/modules/src/http/mod.rs) to their objects.

const { codes } = require('internal/errors');

const STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information',
  204: 'No Content', 205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status',
  208: 'Already Reported', 226: 'IM Used',
  300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other',
  304: 'Not Modified', 305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden',
  404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable',
  407: 'Proxy Authentication Required', 408: 'Request Timeout', 409: 'Conflict', 410: 'Gone',
  411: 'Length Required', 412: 'Precondition Failed', 413: 'Payload Too Large',
  414: 'URI Too Long', 415: 'Unsupported Media Type', 416: 'Range Not Satisfiable',
  417: 'Expectation Failed', 418: "I'm a Teapot", 421: 'Misdirected Request',
  422: 'Unprocessable Entity', 423: 'Locked', 424: 'Failed Dependency', 425: 'Too Early',
  426: 'Upgrade Required', 428: 'Precondition Required', 429: 'Too Many Requests',
  431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway',
  503: 'Service Unavailable', 504: 'Gateway Timeout', 505: 'HTTP Version Not Supported',
  506: 'Variant Also Negotiates', 507: 'Insufficient Storage', 508: 'Loop Detected',
  509: 'Bandwidth Limit Exceeded', 510: 'Not Extended', 511: 'Network Authentication Required',
};

// The methods the parser knows, sorted (node's list).
const METHODS = ('ACL BIND CHECKOUT CONNECT COPY DELETE GET HEAD LINK LOCK M-SEARCH MERGE ' +
  'MKACTIVITY MKCALENDAR MKCOL MOVE NOTIFY OPTIONS PATCH POST PROPFIND PROPPATCH PURGE PUT ' +
  'QUERY REBIND REPORT SEARCH SOURCE SUBSCRIBE TRACE UNBIND UNLINK UNLOCK UNSUBSCRIBE').split(' ');

const kMaxHeaderSize = 16384;

// RFC 9110 token characters.
const tokenPattern = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
function checkIsHttpToken(value) {
  return tokenPattern.test(value);
}

// Anything but tab, printable ASCII and latin-1 is refused in values.
const invalidCharPattern = /[^\t\x20-\x7e\x80-\xff]/;
function checkInvalidHeaderChar(value) {
  return invalidCharPattern.test(value);
}

function validateHeaderName(name, label = 'Header name') {
  if (typeof name !== 'string' || !name || !checkIsHttpToken(name)) {
    throw new codes.ERR_INVALID_HTTP_TOKEN(label, name);
  }
}

function validateHeaderValue(name, value) {
  if (value === undefined) throw new codes.ERR_HTTP_INVALID_HEADER_VALUE(value, name);
  if (checkInvalidHeaderChar(value)) throw new codes.ERR_INVALID_CHAR('header content', name);
}

// Repeats of these fields are dropped (the first one counts); `set-cookie`
// collects an array; `cookie` joins with '; '; any other joins with ', '.
const kFirstWins = new Set([
  'age', 'authorization', 'content-length', 'content-type', 'etag', 'expires', 'from', 'host',
  'if-modified-since', 'if-unmodified-since', 'last-modified', 'location', 'max-forwards',
  'proxy-authorization', 'referer', 'retry-after', 'server', 'user-agent',
]);

function addHeaderLine(dest, name, value) {
  const current = dest[name];
  if (current === undefined) {
    dest[name] = name === 'set-cookie' ? [value] : value;
  } else if (name === 'set-cookie') {
    current.push(value);
  } else if (name === 'cookie') {
    dest[name] = `${current}; ${value}`;
  } else if (!kFirstWins.has(name)) {
    dest[name] = `${current}, ${value}`;
  }
}

function headersFromRaw(raw) {
  const headers = {};
  for (let i = 0; i < raw.length; i += 2) addHeaderLine(headers, raw[i].toLowerCase(), raw[i + 1]);
  return headers;
}

function distinctFromRaw(raw) {
  const headers = {};
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i].toLowerCase();
    if (headers[name] === undefined) headers[name] = [raw[i + 1]];
    else headers[name].push(raw[i + 1]);
  }
  return headers;
}

// The Date header, computed at most once a second.
let dateText = '';
let dateExpires = 0;
function utcDate() {
  const now = Date.now();
  if (now >= dateExpires) {
    dateText = new Date(now).toUTCString();
    dateExpires = now - (now % 1000) + 1000;
  }
  return dateText;
}

// Event kinds (the first argument of the `onHttp` hook).
const kinds = {
  CONN_OPEN: 1, CONN_CLOSE: 2, REQUEST: 3, BODY: 4, BODY_END: 5, BODY_ERROR: 6, DRAIN: 7,
  RESPONSE: 8, CLIENT_ERROR: 9,
};

// Live objects by id: incoming messages whose body is still arriving,
// outgoing messages with a streamed body, server connections, servers and
// client requests.
const tables = {
  incoming: new Map(),
  outgoing: new Map(),
  conns: new Map(),
  servers: new Map(),
  clients: new Map(),
};

module.exports = {
  STATUS_CODES,
  METHODS,
  kMaxHeaderSize,
  checkIsHttpToken,
  checkInvalidHeaderChar,
  validateHeaderName,
  validateHeaderValue,
  addHeaderLine,
  headersFromRaw,
  distinctFromRaw,
  utcDate,
  kinds,
  tables,
};
