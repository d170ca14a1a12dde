'use strict';
// Uncaught exceptions, unhandled rejections, and the way out of an
// isolate: `process.exit`, and the natural end of the event loop.

const binding = require('internal/binding');
const { current } = require('internal/process/object');

let exiting = false;

function emitExitOnce(code) {
  const process = current();
  if (exiting) return;
  exiting = true;
  process._exiting = true;
  try {
    process.emit('exit', code);
  } catch (err) {
    printError(err);
    return 7;
  }
  return undefined;
}

function exitCodeOf(process) {
  const code = process.exitCode;
  return code === undefined || code === null ? 0 : Number(code) | 0;
}

function exit(code) {
  const process = current();
  if (code !== undefined) process.exitCode = code;
  const failed = emitExitOnce(exitCodeOf(process));
  binding.reallyExit(failed || exitCodeOf(process));
}

function exitNaturally() {
  const process = current();
  // With no 'exit' listener and no Atomics.waitAsync pending (another
  // thread could settle it), nothing can run after the loop's last
  // callback: the second argument tells the runtime the isolate is clean.
  // (The runtime itself checks for WebAssembly, whose compiles also
  // finish on other threads.)
  const clean = process.listenerCount('exit') === 0 &&
    !require('internal/bootstrap/globals').offThreadPending();
  const failed = emitExitOnce(exitCodeOf(process));
  binding.reallyExit(failed || exitCodeOf(process), clean && !failed);
}

/** Prints an uncaught error as node does: source line, caret, inspect. */
function printError(err) {
  let text = '';
  try {
    text = describeLocation(err);
    // An error-like object that is not a native error (a worker's error as
    // rebuilt in the parent) prints its stack, as node does.
    const native = require('internal/types').isNativeError(err);
    if (!native && err instanceof Error && typeof err.stack === 'string') text += err.stack;
    else if (typeof err === 'symbol') text += '';
    else if (err === null || (typeof err !== 'object' && typeof err !== 'function')) text += String(err);
    else text += require('internal/inspect').inspect(err, { colors: false });
  } catch {
    try { text += String(err); } catch { text += '<unprintable error>'; }
  }
  binding.writeFd(2, `${text}\n`);
}

// Where the last thrown primitive was thrown (primitives carry no stack).
let primitiveLocation = null;

/** Records where a primitive about to be reported as uncaught was thrown. */
function noteThrowLocation(value, location) {
  primitiveLocation = { value, location };
}

function describeLocation(err) {
  let location;
  // node sets the location of a thrown non-Error apart with a blank line
  // before it, and none between the caret and the value.
  let before = '';
  let after = '\n';
  if (primitiveLocation !== null && Object.is(primitiveLocation.value, err) && !(err instanceof Error)) {
    location = primitiveLocation.location;
    primitiveLocation = null;
    before = '\n';
    after = '';
  } else if (err instanceof SyntaxError && typeof err.fileName === 'string' && err.lineNumber) {
    location = { file: err.fileName, line: err.lineNumber, column: err.columnNumber || 1 };
  } else {
    location = require('internal/stack').throwLocation(err);
  }
  if (!location || location.file.startsWith('node:')) return '';
  let sourceLine = '';
  try {
    const path = location.file.startsWith('file://') ? decodeURIComponent(location.file.slice(7)) : location.file;
    sourceLine = binding.fsCall('readFile', path, true).split('\n')[location.line - 1] || '';
  } catch {
    return `${before}${location.file}:${location.line}\n${after}`;
  }
  // The engine places a throw at the value's expression (`new Error(…)`,
  // `Symbol(…)`); node's caret is at the `throw` keyword just before it.
  let column = location.column;
  const thrown = /\bthrow\s*$/.exec(sourceLine.slice(0, Math.max(0, column - 1)));
  if (thrown) column = thrown.index + 1;
  const caret = ' '.repeat(Math.max(0, column - 1)) + '^';
  return `${before}${location.file}:${location.line}\n${sourceLine}\n${caret}\n${after}`;
}

function fatal(err) {
  const process = current();
  if (!require('internal/worker/state').current().isMainThread) {
    // In a worker the error goes to the parent's Worker as an 'error' event.
    try {
      binding.workerSetError(require('internal/worker/worker').serializeError(err));
      if (require('internal/worker/state').current().errorsAsText) {
        binding.workerSetErrorText(err instanceof Error ? String(err.stack) : String(err));
      }
    } catch {
      printError(err);
    }
    process.exitCode = 1;
    const failed = emitExitOnce(1);
    binding.reallyExit(failed || 1);
    return;
  }
  printError(err);
  const primitive = err === null || (typeof err !== 'object' && typeof err !== 'function');
  if (primitive || (err instanceof Error && err.name === undefined)) {
    binding.writeFd(2, '(Use `spindle --trace-uncaught ...` to show where the exception was thrown)\n');
  }
  binding.writeFd(2, `\nspindle v${process.versions.spindle}\n`);
  process.exitCode = 1;
  const failed = emitExitOnce(1);
  binding.reallyExit(failed || 1);
}

/** Called by the event loop (and ticks) with an exception nobody caught. */
function handleUncaught(err, origin) {
  const process = current();
  if (!exiting && process.listenerCount('uncaughtException') > 0) {
    process.emit('uncaughtException', err, origin);
    // Go on with the ticks left behind; each one that throws is handled
    // the same way, in order.
    for (;;) {
      try {
        require('internal/process/ticks').runTicks();
        return;
      } catch (next) {
        if (exiting || process.listenerCount('uncaughtException') === 0) return fatal(next);
        process.emit('uncaughtException', next, 'uncaughtException');
      }
    }
  }
  fatal(err);
}

function raiseUnhandledRejection(reason, promise) {
  void promise;
  let err = reason;
  if (!(reason instanceof Error)) {
    const inspect = require('internal/inspect').inspect;
    err = new Error(
      'This error originated either by throwing inside of an async function without a catch block, ' +
      'or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason ' +
      `"${inspect(reason)}".`);
    err.code = 'ERR_UNHANDLED_REJECTION';
    err.name = 'Error';
    Object.defineProperty(err, 'stack', { value: `[UnhandledPromiseRejection: ${err.message}]`, configurable: true, writable: true });
  }
  handleUncaught(err, 'unhandledRejection');
}

module.exports = { exit, exitNaturally, handleUncaught, raiseUnhandledRejection, printError, noteThrowLocation };
