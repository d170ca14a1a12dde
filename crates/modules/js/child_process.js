'use strict';
// node:child_process — spawn, exec, execFile, fork and their synchronous
// forms. The parts live in internal/child_process/: process.js (the
// ChildProcess object), stdio.js (its pipes), channel.js (fork's IPC
// channel), exec.js, sync.js; the processes themselves are started and
// watched in Rust (crates/modules/src/child_process/).

const { validateAbortSignal, validateArray, validateObject } = require('internal/validators');
const { AbortError } = require('internal/errors');
const { codes } = require('internal/child_process/errors');
const { ChildProcess, stdioStringToArray } = require('internal/child_process/process');
const {
  normalizeSpawnArguments, validateTimeout, validateArgumentNullCheck, validateArgumentsNullCheck,
  getValidatedPath,
} = require('internal/child_process/normalize');
const { sanitizeKillSignal } = require('internal/child_process/signals');
const { exec, execFile } = require('internal/child_process/exec');
const { spawnSync, execFileSync, execSync } = require('internal/child_process/sync');

function abortChildProcess(child, killSignal, reason) {
  if (!child) return;
  try {
    if (child.kill(killSignal)) child.emit('error', new AbortError(undefined, { cause: reason }));
  } catch (err) {
    child.emit('error', err);
  }
}

function spawn(file, args, options) {
  options = normalizeSpawnArguments(file, args, options);
  validateTimeout(options.timeout);
  validateAbortSignal(options.signal, 'options.signal');
  const killSignal = sanitizeKillSignal(options.killSignal);
  const child = new ChildProcess();
  child.spawn(options);

  if (options.timeout > 0) {
    let timeoutId = setTimeout(() => {
      if (timeoutId) {
        try {
          child.kill(killSignal);
        } catch (err) {
          child.emit('error', err);
        }
        timeoutId = null;
      }
    }, options.timeout);
    child.once('exit', () => {
      if (timeoutId) {
        clearTimeout(timeoutId);
        timeoutId = null;
      }
    });
  }

  if (options.signal) {
    const signal = options.signal;
    const onAbort = () => abortChildProcess(child, killSignal, signal.reason);
    if (signal.aborted) {
      process.nextTick(onAbort);
    } else {
      signal.addEventListener('abort', onAbort, { once: true });
      child.once('exit', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return child;
}

function fork(modulePath, args = [], options) {
  modulePath = getValidatedPath(modulePath, 'modulePath');
  if (args == null) {
    args = [];
  } else if (typeof args === 'object' && !Array.isArray(args)) {
    options = args;
    args = [];
  } else {
    validateArray(args, 'args');
  }
  if (options != null) validateObject(options, 'options');
  options = { ...options, shell: false };
  options.execPath = options.execPath || process.execPath;
  validateArgumentNullCheck(options.execPath, 'options.execPath');
  const execArgv = options.execArgv || process.execArgv;
  validateArgumentsNullCheck(execArgv, 'options.execArgv');
  args = [...execArgv, modulePath, ...args];
  if (typeof options.stdio === 'string') {
    options.stdio = stdioStringToArray(options.stdio, 'ipc');
  } else if (!Array.isArray(options.stdio)) {
    // The channel goes at descriptor 3; the rest is inherited unless silent.
    options.stdio = stdioStringToArray(options.silent ? 'pipe' : 'inherit', 'ipc');
  } else if (!options.stdio.includes('ipc')) {
    throw new codes.ERR_CHILD_PROCESS_IPC_REQUIRED('options.stdio');
  }
  return spawn(options.execPath, args, options);
}

/** Opens the IPC channel of a forked child (the bootstrap does it). */
function _forkChild(fd, serializationMode) {
  require('internal/child_process/channel').forkChild(fd, serializationMode);
}

module.exports = {
  _forkChild,
  ChildProcess,
  exec,
  execFile,
  execFileSync,
  execSync,
  fork,
  spawn,
  spawnSync,
};
