'use strict';
// spawnSync, execFileSync and execSync: the whole run happens in Rust
// (cpSpawnSync) on this thread; here are node's options, result object and
// errors around it.

const binding = require('internal/binding');
const { errnoException } = require('internal/errors');
const { codes, genericNodeError } = require('internal/child_process/errors');
const {
  normalizeSpawnArguments, normalizeExecArgs, normalizeExecFileArgs, validateTimeout, validateMaxBuffer,
} = require('internal/child_process/normalize');
const { sanitizeKillSignal, signalName } = require('internal/child_process/signals');
const { getValidStdio } = require('internal/child_process/process');

const MAX_BUFFER = 1024 * 1024;

function spawnSync(file, args, options) {
  const { Buffer } = require('buffer');
  options = { maxBuffer: MAX_BUFFER, ...normalizeSpawnArguments(file, args, options) };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);
  const stdio = getValidStdio(options.stdio || 'pipe', true).stdio;

  let input = options.input;
  if (input == null && options.stdio !== undefined && Array.isArray(options.stdio)) {
    const first = options.stdio[0];
    if (ArrayBuffer.isView(first) || typeof first === 'string') input = first;
  }
  if (input != null && input !== '') {
    if (ArrayBuffer.isView(input)) {
      input = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    } else if (typeof input === 'string') {
      input = Buffer.from(input, options.encoding);
    } else {
      throw new codes.ERR_INVALID_ARG_TYPE('options.stdio[0]', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
    }
  } else {
    input = undefined;
  }

  const env = options.envPairs === undefined ? undefined : options.envPairs.join('\0');
  const raw = binding.cpSpawnSync(
    options.file, options.args.join('\0'), env, '', options.cwd == null ? undefined : options.cwd,
    stdio.map((s) => s.slot).join(','), !!options.detached,
    options.uid == null ? undefined : options.uid, options.gid == null ? undefined : options.gid,
    input, options.timeout || 0, options.killSignal === undefined ? 15 : options.killSignal,
    options.maxBuffer == null ? Infinity : options.maxBuffer);

  const result = {};
  if (raw.error < 0) {
    const error = errnoException(raw.error, `spawnSync ${options.file}`);
    error.path = options.file;
    error.spawnargs = options.args.slice(1);
    result.error = error;
  }
  result.status = raw.status;
  result.signal = raw.signal === 0 ? null : (signalName(raw.signal) || null);
  let output = raw.output;
  if (output !== null) {
    const encoding = options.encoding && options.encoding !== 'buffer' ? options.encoding : null;
    output = output.map((bytes) => {
      if (bytes === null) return null;
      const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
      return encoding ? buf.toString(encoding) : buf;
    });
  }
  result.output = output;
  result.pid = raw.pid;
  result.stdout = output && output[1];
  result.stderr = output && output[2];
  return result;
}

function checkExecSyncError(ret, args, cmd) {
  let err;
  if (ret.error) {
    err = ret.error;
    Object.assign(err, ret);
  } else if (ret.status !== 0) {
    let message = `Command failed: ${cmd || args.join(' ')}`;
    if (ret.stderr && ret.stderr.length > 0) message += `\n${ret.stderr.toString()}`;
    err = genericNodeError(message, ret);
  }
  return err;
}

function execFileSync(file, args, options) {
  ({ file, args, options } = normalizeExecFileArgs(file, args, options));
  const inheritStderr = !options.stdio;
  const ret = spawnSync(file, args, options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, [options.argv0 || file, ...args]);
  if (err) throw err;
  return ret.stdout;
}

function execSync(command, options) {
  const opts = normalizeExecArgs(command, options, null);
  const inheritStderr = !opts.options.stdio;
  const ret = spawnSync(opts.file, opts.options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, undefined, command);
  if (err) throw err;
  return ret.stdout;
}

module.exports = { spawnSync, execFileSync, execSync };
