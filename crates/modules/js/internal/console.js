'use strict';
// The global console: node's methods and formatting (util.format/inspect).

const binding = require('internal/binding');

/**
 * util.format's result when it is plain: only strings, the first without
 * a `%` directive, are joined by spaces as they are (null otherwise). Most
 * logging is this, and needs no inspector loaded.
 */
function plainText(args) {
  for (let i = 0; i < args.length; i++) if (typeof args[i] !== 'string') return null;
  if (args.length > 1 && args[0].includes('%')) return null;
  return args.join(' ');
}

function createConsole() {
  const formatWithOptions = (...args) => require('internal/inspect').formatWithOptions(...args);
  const inspect = (...args) => require('internal/inspect').inspect(...args);
  const counts = new Map();
  const timers = new Map();
  let indent = '';

  function write(fd, args) {
    let text = plainText(args) ?? formatWithOptions({ colors: false }, ...args);
    if (indent) text = indent + text.replace(/\n/g, `\n${indent}`);
    require('internal/process/stdio').write(fd, `${text}\n`);
  }

  const console = {
    log: (...args) => write(1, args),
    info: (...args) => write(1, args),
    debug: (...args) => write(1, args),
    warn: (...args) => write(2, args),
    error: (...args) => write(2, args),
    dir(object, options) {
      write(1, [inspect(object, { customInspect: false, ...options })]);
    },
    dirxml: (...args) => write(1, args),
    trace(...args) {
      const err = { name: 'Trace', message: formatWithOptions({}, ...args) };
      Error.captureStackTrace(err, console.trace);
      write(2, [err.stack]);
    },
    assert(value, ...args) {
      if (value) return;
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      write(2, args);
    },
    count(label = 'default') {
      label = `${label}`;
      const n = (counts.get(label) || 0) + 1;
      counts.set(label, n);
      write(1, [`${label}: ${n}`]);
    },
    countReset(label = 'default') {
      label = `${label}`;
      if (!counts.has(label)) {
        process.emitWarning(`Count for '${label}' does not exist`);
        return;
      }
      counts.delete(label);
    },
    time(label = 'default') {
      label = `${label}`;
      if (timers.has(label)) {
        process.emitWarning(`Label '${label}' already exists for console.time()`);
        return;
      }
      timers.set(label, binding.now());
    },
    timeEnd(label = 'default') {
      label = `${label}`;
      if (printTime(label, [])) timers.delete(label);
    },
    timeLog(label = 'default', ...data) {
      printTime(`${label}`, data);
    },
    group(...labels) {
      if (labels.length) write(1, labels);
      indent += '  ';
    },
    groupEnd() {
      indent = indent.slice(0, -2);
    },
    table(data, properties) {
      if (data === null || typeof data !== 'object') return write(1, [data]);
      write(1, [require('internal/console-table').renderTable(data, properties, inspect)]);
    },
  };
  console.groupCollapsed = console.group;

  function printTime(label, data) {
    const start = timers.get(label);
    if (start === undefined) {
      process.emitWarning(`No such label '${label}' for console.time${data ? 'Log' : 'End'}()`);
      return false;
    }
    write(1, [`${label}: ${formatDuration(binding.now() - start)}`, ...data]);
    return true;
  }
  return console;
}

function formatDuration(ms) {
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) return `${(ms / 3600000).toFixed(3)}h`;
      return `${(ms / 60000).toFixed(3)}min`;
    }
    return `${(ms / 1000).toFixed(3)}s`;
  }
  return `${Number(ms.toFixed(3))}ms`;
}

module.exports = { createConsole };
