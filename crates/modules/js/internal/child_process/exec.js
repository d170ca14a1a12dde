'use strict';
// execFile and exec: run a program, collect its output (up to maxBuffer),
// and call back with (error, stdout, stderr) once it closes. The error of
// a failed run is node's "Command failed: …" with code, killed, signal
// and cmd.

const { codes, genericNodeError } = require('internal/child_process/errors');
const { getSystemErrorName } = require('internal/errors');
const {
  normalizeExecFileArgs, validateTimeout, validateMaxBuffer,
} = require('internal/child_process/normalize');
const { sanitizeKillSignal } = require('internal/child_process/signals');

const MAX_BUFFER = 1024 * 1024;

/** Collects one output stream of the child, enforcing maxBuffer. */
function collect(stream, encoding, maxBuffer, name, onOverflow) {
  const chunks = [];
  let length = 0;
  if (!stream) return chunks;
  if (encoding) stream.setEncoding(encoding);
  const { Buffer } = require('buffer');
  stream.on('data', (chunk) => {
    if (maxBuffer === Infinity) {
      chunks.push(chunk);
      return;
    }
    const enc = stream.readableEncoding;
    const size = enc ? Buffer.byteLength(chunk, enc) : chunk.length;
    length += size;
    if (length > maxBuffer) {
      const keep = maxBuffer - (length - size);
      chunks.push(chunk.slice(0, keep));
      onOverflow(new codes.ERR_CHILD_PROCESS_STDIO_MAXBUFFER(name));
    } else {
      chunks.push(chunk);
    }
  });
  return chunks;
}

function execFile(file, args, options, callback) {
  ({ file, args, options, callback } = normalizeExecFileArgs(file, args, options, callback));
  options = {
    encoding: 'utf8',
    timeout: 0,
    maxBuffer: MAX_BUFFER,
    killSignal: 'SIGTERM',
    cwd: null,
    env: null,
    shell: false,
    ...options,
  };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);

  const { Buffer } = require('buffer');
  const { spawn } = require('child_process');
  const child = spawn(file, args, {
    cwd: options.cwd,
    env: options.env,
    gid: options.gid,
    shell: options.shell,
    signal: options.signal,
    uid: options.uid,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments,
  });

  const encoding = options.encoding !== 'buffer' && Buffer.isEncoding(options.encoding) ?
    options.encoding : null;
  let killed = false;
  let exited = false;
  let timeoutId = null;
  let ex = null;
  let cmd = file;

  function join(stream, chunks) {
    if (encoding || (stream && stream.readableEncoding)) return chunks.join('');
    return Buffer.concat(chunks);
  }

  function exithandler(code, signal) {
    if (exited) return;
    exited = true;
    if (timeoutId) {
      clearTimeout(timeoutId);
      timeoutId = null;
    }
    if (!callback) return;
    const stdout = join(child.stdout, stdoutChunks);
    const stderr = join(child.stderr, stderrChunks);
    if (!ex && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    if (args && args.length) cmd += ` ${args.join(' ')}`;
    if (!ex) {
      ex = genericNodeError(`Command failed: ${cmd}\n${stderr}`, {
        code: code < 0 ? getSystemErrorName(code) : code,
        killed: child.killed || killed,
        signal,
      });
    }
    ex.cmd = cmd;
    callback(ex, stdout, stderr);
  }

  function errorhandler(e) {
    ex = e;
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    exithandler();
  }

  function kill() {
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    killed = true;
    try {
      child.kill(options.killSignal);
    } catch (e) {
      ex = e;
      exithandler();
    }
  }

  if (options.timeout > 0) {
    timeoutId = setTimeout(() => {
      kill();
      timeoutId = null;
    }, options.timeout);
  }

  const overflow = (error) => {
    ex = error;
    kill();
  };
  const stdoutChunks = collect(child.stdout, encoding, options.maxBuffer, 'stdout', overflow);
  const stderrChunks = collect(child.stderr, encoding, options.maxBuffer, 'stderr', overflow);

  child.addListener('close', exithandler);
  child.addListener('error', errorhandler);
  return child;
}

function exec(command, options, callback) {
  const { normalizeExecArgs } = require('internal/child_process/normalize');
  const opts = normalizeExecArgs(command, options, callback);
  return require('child_process').execFile(opts.file, opts.options, opts.callback);
}

// util.promisify(exec) / util.promisify(execFile): a promise of
// { stdout, stderr } with the child as `promise.child`; a failure rejects
// with the error, its stdout and stderr attached.
function customPromisified(original) {
  return (...args) => {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    promise.child = original(...args, (err, stdout, stderr) => {
      if (err !== null) {
        err.stdout = stdout;
        err.stderr = stderr;
        reject(err);
      } else {
        resolve({ stdout, stderr });
      }
    });
    return promise;
  };
}

const kCustomPromisified = Symbol.for('nodejs.util.promisify.custom');
Object.defineProperty(exec, kCustomPromisified, {
  enumerable: false,
  value: customPromisified(exec),
});
Object.defineProperty(execFile, kCustomPromisified, {
  enumerable: false,
  value: customPromisified(execFile),
});

module.exports = { exec, execFile };
