'use strict';
// Signal names and numbers of this system (from the Rust side, in node's
// order), and node's rules for turning a user's signal into a number.

const binding = require('internal/binding');

let byName = null;
let byNumber = null;

function load() {
  if (byName !== null) return;
  byName = Object.create(null);
  byNumber = Object.create(null);
  for (const [name, number] of binding.cpSignals()) {
    byName[name] = number;
    if (byNumber[number] === undefined) byNumber[number] = name;
  }
}

/** The signals as `os.constants.signals` lists them. */
function signals() {
  load();
  return byName;
}

/** `SIGTERM` for 15; undefined for numbers that are no signal. */
function signalName(number) {
  load();
  return byNumber[number];
}

/** node's convertToValidSignal: a known name (any case) or number. */
function toSignalNumber(signal) {
  load();
  if (typeof signal === 'number' && byNumber[signal] !== undefined) return signal;
  if (typeof signal === 'string') {
    const number = byName[signal.toUpperCase()];
    if (number !== undefined) return number;
  }
  const { codes } = require('internal/child_process/errors');
  throw new codes.ERR_UNKNOWN_SIGNAL(signal);
}

/** A `killSignal` option: undefined stays undefined. */
function sanitizeKillSignal(killSignal) {
  if (typeof killSignal === 'string' || typeof killSignal === 'number') {
    return toSignalNumber(killSignal);
  }
  if (killSignal != null) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('options.killSignal', ['string', 'number'], killSignal);
  }
  return undefined;
}

/** node's process.kill(pid[, signal]). */
function killPid(pid, sig) {
  const { codes } = require('internal/child_process/errors');
  // eslint-disable-next-line eqeqeq
  if (pid != (pid | 0)) throw new codes.ERR_INVALID_ARG_TYPE('pid', 'number', pid);
  let number;
  if (sig === (sig | 0)) {
    number = sig;
  } else {
    sig = sig || 'SIGTERM';
    load();
    number = byName[sig];
    if (number === undefined) throw new codes.ERR_UNKNOWN_SIGNAL(sig);
  }
  const err = binding.cpKillPid(pid, number);
  if (err !== 0) throw require('internal/errors').errnoException(err, 'kill');
  return true;
}

module.exports = { signals, signalName, toSignalNumber, sanitizeKillSignal, killPid };
