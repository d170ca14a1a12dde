'use strict';
// node's `assert` module.
//
// Differences from node:
// - Messages are never coloured (node colours diffs when stderr is a TTY).
// - `assert(value)` without a message reads the caller's source to show the
//   failing expression, as node does; when the source cannot be found it
//   falls back to node's own fallback text (`false == true`).
// - assert.CallTracker is not provided.

const { inspect } = require('internal/inspect');
const types = require('internal/types');
const { isDeepEqual, isDeepStrictEqual } = require('internal/deep-equal');
const {
  ERR_AMBIGUOUS_ARGUMENT,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_INVALID_RETURN_VALUE,
  ERR_MISSING_ARGS,
} = require('internal/errors').codes;
const { validateFunction, validateObject } = require('internal/validators');

// --- AssertionError --------------------------------------------------------------

const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Short single-line values are shown as `a !== b` instead of a diff.
const kMaxShortLength = 12;
// Diffs stop after about this many printed lines.
const kMaxDiffLines = 50;

function inspectValue(value) {
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

const isObject = (value) => typeof value === 'object' && value !== null;

// A stack-less look-alike of an error, so that diffs do not show stacks.
function copyError(source) {
  const copy = Object.assign({ __proto__: Object.getPrototypeOf(source) }, source);
  Object.defineProperty(copy, 'message', { value: source.message });
  return copy;
}

// Keeps the first 46 of more than 50 lines, then `...`.
function limitLines(lines) {
  if (lines.length > kMaxDiffLines) {
    lines.length = 46;
    lines.push('...');
  }
  return lines;
}

// Drops the lines both sides end with; returns the text to show after the
// diff: the last three of them, and the first one with `...` before those
// when there were five or more.
function takeCommonEnd(actualLines, expectedLines) {
  let end = '';
  let first = '';
  let count = 0;
  while (actualLines.length > 0 && expectedLines.length > 0 &&
         actualLines[actualLines.length - 1] === expectedLines[expectedLines.length - 1]) {
    const line = actualLines.pop();
    expectedLines.pop();
    if (count++ < 3) end = `\n  ${line}${end}`;
    else first = line;
  }
  return { end, first, count };
}

// The `+ actual - expected` diff used by strictEqual and deepStrictEqual.
// `header` replaces the operator text when the caller gave a message.
function createErrDiff(actual, expected, operator, header) {
  const actualInspected = inspectValue(actual);
  const actualLines = actualInspected.split('\n');
  const expectedLines = inspectValue(expected).split('\n');
  if (operator === 'strictEqual' &&
      ((isObject(actual) && isObject(expected)) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  header ||= kReadableOperator[operator];

  // Single lines: short ones as `a !== b`, longer ones get a `^` under
  // the first differing character (past the third).
  let indicator = '';
  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    const [a] = actualLines;
    const [b] = expectedLines;
    const inputLength = a.length + b.length;
    if (inputLength <= kMaxShortLength) {
      if (!isObject(actual) && !isObject(expected) && (actual !== 0 || expected !== 0)) {
        return `${header}\n\n${a} !== ${b}\n`;
      }
    } else if (operator !== 'strictEqualObject') {
      const maxLength = process.stderr?.isTTY ? process.stderr.columns : 80;
      if (inputLength < maxLength) {
        let i = 0;
        while (a[i] === b[i]) i++;
        if (i > 2) indicator = `\n  ${' '.repeat(i)}^`;
      }
    }
  }

  const common = takeCommonEnd(actualLines, expectedLines);
  const maxLines = Math.max(actualLines.length, expectedLines.length);
  if (maxLines === 0) {
    // Same text on both sides: the values only differ in identity.
    const lines = limitLines(actualInspected.split('\n'));
    return `${kReadableOperator.notIdentical}\n\n${lines.join('\n')}\n`;
  }
  let skipped = common.count >= 5;
  let end = skipped ? `\n...${common.end}` : common.end;
  if (common.first !== '') end = `\n  ${common.first}${end}`;

  let res = '';
  let other = ''; // pending `-` lines, shown after a run of `+` lines
  let printedLines = 0;
  let identical = 0;

  // Before a change, show up to three of the identical lines leading to it
  // (the first two of a run are printed as they come), `...` for more.
  const flushIdentical = (lines, i) => {
    if (identical > 2) {
      if (identical > 3) {
        if (identical > 4) {
          if (identical === 5) {
            res += `\n  ${lines[i - 3]}`;
            printedLines++;
          } else {
            res += '\n...';
            skipped = true;
          }
        }
        res += `\n  ${lines[i - 2]}`;
        printedLines++;
      }
      res += `\n  ${lines[i - 1]}`;
      printedLines++;
    }
    identical = 0;
  };

  const actualIsLonger = actualLines.length >= maxLines;
  const longer = actualIsLonger ? actualLines : expectedLines;
  const shorterLength = actualIsLonger ? expectedLines.length : actualLines.length;
  for (let i = 0; i < maxLines; i++) {
    if (i >= shorterLength) {
      // Only the longer side has lines left.
      flushIdentical(longer, i);
      if (actualIsLonger) res += `\n+ ${longer[i]}`;
      else other += `\n- ${longer[i]}`;
      printedLines++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      // Lines that only differ by a trailing comma count as identical.
      let diverging = actualLine !== expectedLine &&
        (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
      if (diverging && expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) {
        diverging = false;
        actualLine += ',';
      }
      if (diverging) {
        flushIdentical(actualLines, i);
        res += `\n+ ${actualLine}`;
        other += `\n- ${expectedLine}`;
        printedLines += 2;
      } else {
        res += other;
        other = '';
        identical++;
        if (identical <= 2) {
          res += `\n  ${actualLine}`;
          printedLines++;
        }
      }
    }
    if (printedLines > kMaxDiffLines && i < maxLines - 2) {
      return `${header}\n+ actual - expected ... Lines skipped\n${res}\n...${other}\n...`;
    }
  }
  return `${header}\n+ actual - expected${skipped ? ' ... Lines skipped' : ''}\n${res}${other}${end}${indicator}`;
}

// Messages of the "not" operators: show the one value they share.
function notEqualMessage(actual, operator) {
  let base = kReadableOperator[operator];
  if (operator === 'notStrictEqual' && (isObject(actual) || typeof actual === 'function')) {
    base = kReadableOperator.notStrictEqualObject;
  }
  const lines = limitLines(inspectValue(actual).split('\n'));
  if (lines.length === 1) return `${base}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  return `${base}\n\n${lines.join('\n')}\n`;
}

const truncate = (text, max) => (text.length > max ? `${text.slice(0, max - 3)}...` : text);

// Messages of the loose operators and of custom operators (`1 > 2`).
function looseMessage(actual, expected, operator) {
  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const readable = kReadableOperator[operator];
  if (operator === 'notDeepEqual' && res === other) {
    return truncate(`${readable}\n\n${res}`, 1024);
  }
  res = truncate(res, 512);
  other = truncate(other, 512);
  if (operator === 'deepEqual') {
    return `${readable}\n\n${res}\n\nshould loosely deep-equal\n\n${other}`;
  }
  const unequal = kReadableOperator[`${operator}Unequal`];
  if (unequal) return `${unequal}\n\n${res}\n\nshould not loosely deep-equal\n\n${other}`;
  return `${res} ${operator} ${other}`;
}

function buildMessage(actual, expected, operator, message) {
  if (actual instanceof Error && expected instanceof Error &&
      'stack' in actual && 'stack' in expected) {
    actual = copyError(actual);
    expected = copyError(expected);
  }
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
    // A caller's message replaces the header but the diff is still shown.
    return createErrDiff(actual, expected, operator, message == null ? undefined : `${message}`);
  }
  if (message != null) return `${message}`;
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    return notEqualMessage(actual, operator);
  }
  return looseMessage(actual, expected, operator);
}

// Long strings are cut when an AssertionError itself is inspected.
function addEllipsis(text) {
  const lines = text.split('\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${lines.join('\n')}\n...`;
  }
  // node keeps the text *after* the first 512 characters here.
  if (text.length > 512) return `${text.slice(512)}...`;
  return text;
}

class AssertionError extends Error {
  constructor(options) {
    validateObject(options, 'options');
    const { message, operator, stackStartFn, actual, expected } = options;
    super(buildMessage(actual, expected, operator, message));
    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', {
      value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    this.actual = actual;
    this.expected = expected;
    this.operator = operator;
    if (typeof Error.captureStackTrace === 'function') {
      Error.captureStackTrace(this, stackStartFn || new.target);
      void this.stack; // V8 writes the header now, while `name` has the code
    }
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [Symbol.for('nodejs.util.inspect.custom')](recurseTimes, ctx) {
    const { actual, expected } = this;
    if (typeof actual === 'string') this.actual = addEllipsis(actual);
    if (typeof expected === 'string') this.expected = addEllipsis(expected);
    // actual/expected are shown shallowly: the message already has them.
    const result = inspect(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = actual;
    this.expected = expected;
    return result;
  }
}

function innerFail(details) {
  if (details.message instanceof Error) throw details.message;
  throw new AssertionError(details);
}

// --- assert(value) and the failing expression -----------------------------------

// `file`, `line` and `column` (1-based) of each stack frame, for V8
// (`at f (file:1:2)`) and SpiderMonkey (`f@file:1:2`) stack formats.
function stackFrames(stack) {
  const frames = [];
  for (const text of `${stack}`.split('\n')) {
    const match = /([^\s(@]+):(\d+):(\d+)\)?\s*$/.exec(text);
    if (match) frames.push({ file: match[1], line: Number(match[2]), column: Number(match[3]) });
  }
  return frames;
}

// Index just past the bracket that closes the one at `open`, skipping
// strings, template literals, comments and regular expression literals.
function findClosingParen(src, open) {
  let depth = 0;
  let prev = ''; // last significant character, to tell regexps from division
  for (let i = open; i < src.length; i++) {
    const ch = src[i];
    if (ch === '/' && src[i + 1] === '/') {
      i = src.indexOf('\n', i);
      if (i === -1) return -1;
      continue;
    }
    if (ch === '/' && src[i + 1] === '*') {
      i = src.indexOf('*/', i + 2) + 1;
      if (i === 0) return -1;
      continue;
    }
    if (ch === '"' || ch === "'" || ch === '`' || (ch === '/' && /^$|[(,=:[!&|?{};+\-*%<>~^]/.test(prev))) {
      i = skipQuoted(src, i);
      if (i === -1) return -1;
      prev = ch;
      continue;
    }
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') {
      depth--;
      if (depth === 0) return i + 1;
    }
    if (!/\s/.test(ch)) prev = ch;
  }
  return -1;
}

// Index of the character closing the string, template or regexp at `start`.
function skipQuoted(src, start) {
  const quote = src[start];
  let inClass = false;
  for (let i = start + 1; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') {
      i++;
    } else if (quote === '`' && ch === '$' && src[i + 1] === '{') {
      i = findClosingParen(src, i + 1) - 1;
      if (i < 0) return -1;
    } else if (quote === '/' && (ch === '[' || ch === ']')) {
      inClass = ch === '[';
    } else if (ch === quote && !inClass) {
      return i;
    } else if (ch === '\n' && quote !== '`') {
      return -1;
    }
  }
  return -1;
}

// The source text of the call at `line`/`column`, such as `assert.ok(x)`.
// Later lines lose up to `column` characters of indentation, as in node.
function callSourceAt(src, line, column) {
  const lines = src.split('\n');
  if (line < 1 || line > lines.length) return undefined;
  let pos = column - 1;
  for (let i = 0; i < line - 1; i++) pos += lines[i].length + 1;
  // The reported position may be anywhere in `assert.ok`; widen it to the
  // whole callee, then find the argument list after it.
  const isNameChar = (ch) => /[\w$.]/.test(ch);
  // Tolerate a column counted from 0 instead of 1.
  if (!isNameChar(src[pos]) && src[pos] !== '(' && isNameChar(src[pos + 1])) pos++;
  let start = pos;
  while (start > 0 && isNameChar(src[start - 1])) start--;
  let nameEnd = pos;
  while (nameEnd < src.length && isNameChar(src[nameEnd])) nameEnd++;
  const nameStart = Math.max(src.lastIndexOf('.', nameEnd - 1) + 1, start);
  let open = nameEnd;
  while (open < src.length && /\s/.test(src[open])) open++;
  if (src[open] !== '(' || start === nameEnd) return undefined;
  const end = findClosingParen(src, open);
  if (end === -1) return undefined;
  const indent = nameStart - src.lastIndexOf('\n', nameStart - 1) - 1;
  const [first, ...rest] = src.slice(start, end).split('\n');
  let code = first;
  for (const next of rest) {
    let cut = 0;
    while (cut < indent && (next[cut] === ' ' || next[cut] === '\t')) cut++;
    code += `\n  ${next.slice(cut)}`;
  }
  return code;
}

// node's message for a falsy `assert(value)` without a message, or
// undefined when the caller's source cannot be read.
function falsyExpressionMessage() {
  try {
    const frames = stackFrames(new Error().stack);
    const own = frames[0]?.file;
    const caller = frames.find((frame) => frame.file !== own);
    if (!caller) return undefined;
    const file = caller.file.startsWith('file://') ? decodeURIComponent(caller.file.slice(7)) : caller.file;
    const src = require('fs').readFileSync(file, 'utf8');
    const code = callSourceAt(src.replace(/\r\n/g, '\n'), caller.line, caller.column);
    if (code === undefined) return undefined;
    // Control characters in the source are shown escaped.
    const escaped = code.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g,
      (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return `The expression evaluated to a falsy value:\n\n  ${escaped}\n`;
  } catch {
    return undefined;
  }
}

function innerOk(fn, argLen, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argLen === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    message = falsyExpressionMessage();
  } else if (message instanceof Error) {
    throw message;
  }
  const err = new AssertionError({ actual: value, expected: true, message, operator: '==', stackStartFn: fn });
  err.generatedMessage = generatedMessage;
  throw err;
}

function ok(...args) {
  innerOk(ok, args.length, ...args);
}

const assert = ok;
module.exports = assert;

// --- comparisons ---------------------------------------------------------------------

function fail(actual, expected, message, operator, stackStartFn) {
  const argsLen = arguments.length;
  let internalMessage = false;
  if (actual == null && argsLen <= 1) {
    internalMessage = true;
    message = 'Failed';
  } else if (argsLen === 1) {
    message = actual;
    actual = undefined;
  } else {
    warnFailDeprecated();
    if (argsLen === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const err = new AssertionError({
    actual,
    expected,
    operator: operator === undefined ? 'fail' : operator,
    stackStartFn: stackStartFn || fail,
    message,
  });
  if (internalMessage) err.generatedMessage = true;
  throw err;
}

let failWarned = false;
function warnFailDeprecated() {
  if (failWarned) return;
  failWarned = true;
  process.emitWarning('assert.fail() with more than one argument is deprecated. ' +
    'Please use assert.strictEqual() instead or only pass a message.', 'DeprecationWarning', 'DEP0094');
}

function requireTwo(argsLen) {
  if (argsLen < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
}

const bothNaN = (a, b) => Number.isNaN(a) && Number.isNaN(b);

function equal(actual, expected, message) {
  requireTwo(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual != expected && !bothNaN(actual, expected)) {
    innerFail({ actual, expected, message, operator: '==', stackStartFn: equal });
  }
}

function notEqual(actual, expected, message) {
  requireTwo(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual == expected || bothNaN(actual, expected)) {
    innerFail({ actual, expected, message, operator: '!=', stackStartFn: notEqual });
  }
}

function deepEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (!isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
  }
}

function notDeepEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
  }
}

function deepStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (!isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual });
  }
}

function notDeepStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual });
  }
}

function strictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (!Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
  }
}

function notStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual });
  }
}

// --- throws / rejects -------------------------------------------------------------

const NO_EXCEPTION = {};

// Placeholder objects holding only the compared keys, for a readable diff
// of a validation object against the thrown error.
class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (!(key in obj)) continue;
      // A RegExp that matched is shown as the text it matched.
      if (actual !== undefined && typeof actual[key] === 'string' &&
          types.isRegExp(obj[key]) && obj[key].test(actual[key])) {
        this[key] = actual[key];
      } else {
        this[key] = obj[key];
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (key in actual && isDeepStrictEqual(actual[key], expected[key])) return;
  if (!message) {
    const err = new AssertionError({
      actual: new Comparison(actual, keys),
      expected: new Comparison(expected, keys, actual),
      operator: 'deepStrictEqual',
      stackStartFn: fn,
    });
    err.actual = actual;
    err.expected = expected;
    err.operator = fn.name;
    throw err;
  }
  innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
}

const isError = (value) => types.isNativeError(value) || value instanceof Error;

// Checks a thrown value against throws()'s `expected`: a RegExp matched
// against String(actual), an Error class, a validation function returning
// true, or a validation object whose keys must deep-equal (RegExps match).
function checkExpectedException(actual, expected, message, fn) {
  let generated = false;
  if (typeof expected !== 'function') {
    if (types.isRegExp(expected)) {
      const str = String(actual);
      if (expected.test(str)) return;
      if (!message) {
        generated = true;
        message = `The input did not match the regular expression ${inspect(expected)}. ` +
          `Input:\n\n${inspect(str)}\n`;
      }
    } else if (!isObject(actual)) {
      const err = new AssertionError({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn });
      err.operator = fn.name;
      throw err;
    } else {
      const keys = Object.keys(expected);
      if (expected instanceof Error) keys.push('name', 'message');
      else if (keys.length === 0) throw new ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
      for (const key of keys) {
        if (typeof actual[key] === 'string' && types.isRegExp(expected[key]) && expected[key].test(actual[key])) {
          continue;
        }
        compareExceptionKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Error.isPrototypeOf(expected)) {
    if (!message) {
      generated = true;
      message = `The error is expected to be an instance of "${expected.name}". Received `;
      if (isError(actual)) {
        const name = actual.constructor?.name || actual.name;
        message += expected.name === name ?
          'an error with identical name but a different prototype.' : `"${name}"`;
        if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
  } else {
    const result = Reflect.apply(expected, {}, [actual]);
    if (result === true) return;
    if (!message) {
      generated = true;
      const name = expected.name ? `"${expected.name}" ` : '';
      message = `The ${name}validation function is expected to return "true". Received ${inspect(result)}`;
      if (isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
    }
  }
  const err = new AssertionError({ actual, expected, message, operator: fn.name, stackStartFn: fn });
  err.generatedMessage = generated;
  throw err;
}

function getActual(fn) {
  validateFunction(fn, 'fn');
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function isPromiseLike(obj) {
  return types.isPromise(obj) ||
    (isObject(obj) && typeof obj.then === 'function' && typeof obj.catch === 'function');
}

async function waitForActual(promiseFn) {
  let promise;
  if (typeof promiseFn === 'function') {
    promise = promiseFn();
    if (!isPromiseLike(promise)) {
      throw new ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', promise);
    }
  } else if (isPromiseLike(promiseFn)) {
    promise = promiseFn;
  } else {
    throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await promise;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

const kErrorKinds = ['Object', 'Error', 'Function', 'RegExp'];

// `rest` is [error, message]; a string `error` is the message.
function expectsError(fn, actual, rest) {
  let [error, message] = rest;
  if (typeof error === 'string') {
    if (rest.length === 2) throw new ERR_INVALID_ARG_TYPE('error', kErrorKinds, error);
    if (isObject(actual)) {
      if (actual.message === error) {
        throw new ERR_AMBIGUOUS_ARGUMENT('error/message',
          `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw new ERR_AMBIGUOUS_ARGUMENT('error/message', `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('error', kErrorKinds, error);
  }

  if (actual === NO_EXCEPTION) {
    let details = error?.name ? ` (${error.name})` : '';
    details += message ? `: ${message}` : '.';
    const kind = fn === assert.rejects ? 'rejection' : 'exception';
    innerFail({ actual: undefined, expected: error, operator: fn.name, message: `Missing expected ${kind}${details}`, stackStartFn: fn });
  }
  if (error) checkExpectedException(actual, error, message, fn);
}

function matchesError(actual, expected) {
  if (typeof expected !== 'function') {
    if (types.isRegExp(expected)) return expected.test(String(actual));
    throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Error.isPrototypeOf(expected)) return false;
  return Reflect.apply(expected, {}, [actual]) === true;
}

function expectsNoError(fn, actual, rest) {
  if (actual === NO_EXCEPTION) return;
  let [error, message] = rest;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || matchesError(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const kind = fn === assert.doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual,
      expected: error,
      operator: fn.name,
      message: `Got unwanted ${kind}${details}\nActual message: "${actual?.message}"`,
      stackStartFn: fn,
    });
  }
  throw actual;
}

function throws(fn, ...rest) {
  expectsError(throws, getActual(fn), rest);
}

async function rejects(promiseFn, ...rest) {
  expectsError(rejects, await waitForActual(promiseFn), rest);
}

function doesNotThrow(fn, ...rest) {
  expectsNoError(doesNotThrow, getActual(fn), rest);
}

async function doesNotReject(fn, ...rest) {
  expectsNoError(doesNotReject, await waitForActual(fn), rest);
}

function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (isObject(err) && typeof err.message === 'string') {
    message += err.message.length === 0 && err.constructor ? err.constructor.name : err.message;
  } else {
    message += inspect(err);
  }
  throw new AssertionError({ actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError });
}

function internalMatch(string, regexp, message, fn) {
  if (!types.isRegExp(regexp)) throw new ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  const wantMatch = fn === match;
  if (typeof string === 'string' && regexp.test(string) === wantMatch) return;
  if (message instanceof Error) throw message;
  const generatedMessage = !message;
  if (!message) {
    message = typeof string !== 'string' ?
      `The "string" argument must be of type string. Received type ${typeof string} (${inspect(string)})` :
      `${wantMatch ? 'The input did not match the regular expression' :
        'The input was expected to not match the regular expression'} ` +
        `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`;
  }
  const err = new AssertionError({ actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn });
  err.generatedMessage = generatedMessage;
  throw err;
}

function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
}

function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
}

Object.assign(assert, {
  fail,
  AssertionError,
  ok,
  equal,
  notEqual,
  deepEqual,
  notDeepEqual,
  deepStrictEqual,
  notDeepStrictEqual,
  strictEqual,
  notStrictEqual,
  throws,
  rejects,
  doesNotThrow,
  doesNotReject,
  ifError,
  match,
  doesNotMatch,
});

// assert.strict: the same API with the strict comparisons under the loose names.
function strict(...args) {
  innerOk(strict, args.length, ...args);
}

assert.strict = Object.assign(strict, assert, {
  equal: strictEqual,
  deepEqual: deepStrictEqual,
  notEqual: notStrictEqual,
  notDeepEqual: notDeepStrictEqual,
});
assert.strict.strict = assert.strict;
