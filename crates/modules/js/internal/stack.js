'use strict';
// Gives errors node's (V8's) stack text: "Name: message\n    at fn (file:1:2)".
// SpiderMonkey's own stack is "fn@file:1:2" lines without a header; we
// convert on access. Also provides Error.captureStackTrace and
// Error.stackTraceLimit, which many npm packages use.

function convertFrames(raw, skip) {
  const lines = raw.split('\n');
  const out = [];
  for (const line of lines) {
    if (line === '') continue;
    const at = line.lastIndexOf('@');
    if (at === -1) { out.push(`    at ${line}`); continue; }
    let name = line.slice(0, at);
    const location = line.slice(at + 1);
    if (location.startsWith('node:internal/bootstrap')) continue;
    name = name.replace(/^async\*/, 'async ').replace(/\/<$/, '').replace(/\*$/, '');
    const slash = name.lastIndexOf('/');
    if (slash !== -1) name = name.slice(slash + 1).replace(/<$/, '');
    out.push(name ? `    at ${name} (${location})` : `    at ${location}`);
  }
  const limit = typeof Error.stackTraceLimit === 'number' ? Error.stackTraceLimit : 10;
  return out.slice(skip, skip + Math.max(0, limit));
}

function header(error) {
  let name;
  let message;
  try {
    name = error.name;
    message = error.message;
  } catch {
    return 'Error';
  }
  name = name === undefined ? 'Error' : String(name);
  message = message === undefined ? '' : String(message);
  if (!name) return message;
  if (!message) return name;
  return `${name}: ${message}`;
}

function install() {
  const desc = Object.getOwnPropertyDescriptor(Error.prototype, 'stack');
  if (!desc || !desc.get) return;
  const originalGet = desc.get;
  const originalSet = desc.set;
  Error.stackTraceLimit = 10;
  Object.defineProperty(Error.prototype, 'stack', {
    configurable: true,
    enumerable: false,
    get() {
      const raw = originalGet.call(this);
      if (typeof raw !== 'string') return raw;
      const frames = convertFrames(raw, 0);
      return [header(this), ...frames].join('\n');
    },
    set(value) {
      if (originalSet) originalSet.call(this, value);
      else Object.defineProperty(this, 'stack', { value, writable: true, configurable: true });
    },
  });

  Error.captureStackTrace = function captureStackTrace(target, constructorOpt) {
    if (target === null || (typeof target !== 'object' && typeof target !== 'function')) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('object', 'Object', target);
    }
    const raw = originalGet.call(new Error());
    let frames = convertFrames(raw, 1);
    if (typeof constructorOpt === 'function' && constructorOpt.name) {
      const i = frames.findIndex((f) => f.startsWith(`    at ${constructorOpt.name} `) || f.includes(`.${constructorOpt.name} (`));
      if (i !== -1) frames = frames.slice(i + 1);
    }
    Object.defineProperty(target, 'stack', {
      value: [header(target), ...frames].join('\n'),
      writable: true,
      configurable: true,
      enumerable: false,
    });
  };
}

/** The first `file:line:col` of an error's stack, if any. */
function throwLocation(error) {
  let stack;
  try { stack = error && error.stack; } catch { return undefined; }
  if (typeof stack !== 'string') return undefined;
  for (let line of stack.split('\n')) {
    line = line.trim();
    if (!line.startsWith('at ')) continue;
    const paren = /\(([^()]*)\)$/.exec(line);
    const where = paren ? paren[1] : line.slice(3);
    const m = /^(.*):(\d+):(\d+)$/.exec(where);
    if (m) return { file: m[1], line: Number(m[2]), column: Number(m[3]) };
  }
  return undefined;
}

module.exports = { install, throwLocation, header };
