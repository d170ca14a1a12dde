// spindle:pool called with wrong types and out-of-range values: every
// option, every run option, close options. Each gives piscina's error
// (class and message), synchronously for the constructor and as a
// rejection for run/close — never a crash or a hang.
'use strict';
const path = require('path');
const Pool = require('spindle:pool');

const tasks = path.join(__dirname, 'fixtures', 'tasks.js');
const bad = [Symbol('s'), () => 1, -1, 1.5e309, 'x', {}, [], true];

(async () => {
  const options = ['filename', 'name', 'minThreads', 'maxThreads', 'idleTimeout', 'maxQueue',
    'concurrentTasksPerWorker', 'atomics', 'resourceLimits', 'niceIncrement', 'trackUnmanagedFds',
    'closeTimeout', 'recordTiming', 'timeout', 'maxTasksPerWorker'];
  let accepted = 0;
  for (const key of options) {
    const seen = new Set();
    for (const value of bad) {
      let outcome;
      try {
        const given = { filename: tasks };
        if (key === 'minThreads') given.maxThreads = 64;
        given[key] = value;
        const pool = new Pool(given);
        accepted++;
        await pool.destroy();
        outcome = `accepts ${typeof value === 'symbol' ? 'a symbol' : typeof value === 'function' ? 'a function' : typeof value === 'number' ? String(value) : JSON.stringify(value)}`;
      } catch (e) {
        outcome = `${e.name}: ${e.message}`;
      }
      seen.add(outcome);
    }
    console.log(key.padEnd(25), [...seen].join(' | '));
  }
  console.log('pools accepted (all destroyed cleanly):', accepted > 0);

  const pool = new Pool({ filename: tasks, maxThreads: 1 });
  const runs = [
    [1, 'x'], [1, null], [1, 5], [1, { transferList: {} }], [1, { transferList: 'a' }], [1, { filename: 5 }],
    [1, { name: {} }], [1, { signal: 7 }], [1, { timeout: -1 }], [1, { timeout: 'soon' }],
    [1, { filename: path.join(__dirname, 'fixtures', 'missing.js') }],
    [Symbol('not cloneable'), {}], [{ f() {} }, {}], [1, { transferList: [new ArrayBuffer(1), 5] }],
  ];
  for (const [task, opts] of runs) {
    const e = await pool.run(task, opts).catch((x) => x);
    const text = e instanceof Error ? `${e.name}${e.code ? ` [${e.code}]` : ''}: ${e.message.split('\n')[0].replace(__dirname, '<dir>')}` : `resolved ${e}`;
    console.log('run', JSON.stringify(opts === null ? null : typeof opts === 'object' ? Object.keys(opts) : opts), '->', text);
  }
  for (const opts of [null, 'x', { force: 'yes' }]) {
    const e = await Promise.resolve().then(() => pool.close(opts)).catch((x) => x);
    console.log('close', JSON.stringify(opts), '->', e.name, e.message);
  }
  console.log('still serves', await pool.run(1));
  await pool.destroy();
  await pool.destroy();
  console.log('destroy twice: fine');
})();
