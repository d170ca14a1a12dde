// Issue 7's pool row: faults injected into 10% of the tasks (a throw,
// process.exit, an uncaught error outside the handler, out of memory, a
// busy loop past its timeout). Every promise settles exactly once, every
// good task has its right result, and the counts add up exactly.
// POOL_STRESS_N sets the number of tasks (the suite runs 3,000).
'use strict';
const path = require('path');
const Pool = require('spindle:pool');

const N = Number(process.env.POOL_STRESS_N || 3000);
const FAULTS = ['throw', 'exit', 'crash', 'oom', 'timeout'];

(async () => {
  const started = Date.now();
  const pool = new Pool({
    filename: path.join(__dirname, 'fixtures', 'faulty.js'),
    minThreads: 2, maxThreads: 4,
    resourceLimits: { maxOldGenerationSizeMb: 16 },
  });
  const settled = new Array(N).fill(0);
  const runs = [];
  for (let i = 0; i < N; i++) {
    const fault = i % 10 === 0 ? FAULTS[(i / 10) % FAULTS.length] : null;
    // Only the busy loop has a time limit: the others must end their own way.
    const options = fault === 'timeout' ? { timeout: 100 } : {};
    runs.push(pool.run([i, fault], options).then(
      (v) => { settled[i]++; return { i, fault, ok: v === i * 2 }; },
      (e) => { settled[i]++; return { i, fault, error: e }; }));
  }
  const outcomes = await Promise.all(runs);
  const counts = {};
  const bump = (k) => { counts[k] = (counts[k] || 0) + 1; };
  for (const o of outcomes) {
    if (o.fault === null) bump(o.ok ? 'good ok' : `good wrong: ${o.error && o.error.message}`);
    else if (o.error) bump(`${o.fault} -> ${o.error.name}${o.error.code ? ` ${o.error.code}` : ''}`);
    else bump(`${o.fault} -> resolved?!`);
  }
  const expectedFaults = Math.ceil(N / 10);
  console.log('tasks', N, 'faults injected', expectedFaults);
  for (const key of Object.keys(counts).sort()) {
    // Collateral failures are not expected: one task per worker at a time.
    console.log(' ', key, key.startsWith('good') ? counts[key] : counts[key] === Math.ceil(expectedFaults / 5) || counts[key] === Math.floor(expectedFaults / 5));
  }
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log('settled exactly once each', settled.every((n) => n === 1), 'total', total === N);
  console.log('good tasks', counts['good ok'] === N - expectedFaults);
  console.log('pool still serves', await pool.run([1, null]));
  await pool.destroy();
  if (process.env.POOL_STRESS_N) console.error(`${N} tasks in ${Date.now() - started} ms, completed ${pool.completed}`);
})();
