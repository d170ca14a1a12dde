'use strict';
// 2,000 short workers (50,000 with STRESS_FULL=1; 100 under node, whose
// workers cost ~20 ms each), four at a time, each
// started for one task from the same file, as a worker-per-request server
// does: every answer is right and every worker exits with 0. Most of them
// run in renewed isolates, and all share the compiled file and built-ins
// (whose sources the engine compresses on helper threads: two runtimes
// queueing the same source once crashed the process about once in 50,000
// workers).
const assert = require('assert');
const crypto = require('crypto');
const path = require('path');
const { Worker } = require('worker_threads');
const { size } = require('./fixtures/scale');

const TASKS = process.versions.spindle ? size(2000, 50000) : 100;
const CONCURRENT = 4;
const file = path.join(__dirname, 'fixtures', 'hash-task.js');

function expected(text) {
  return crypto.createHash('sha256').update(text.repeat(500)).digest('hex');
}

function task(i) {
  const text = `task ${i % 7}`;
  return new Promise((resolve, reject) => {
    let answer;
    const w = new Worker(file, { workerData: { text } });
    w.on('message', (m) => { answer = m; });
    w.on('error', reject);
    w.on('exit', (code) => {
      if (code !== 0) reject(new Error(`worker ${i} exited with ${code}`));
      else if (answer !== expected(text)) reject(new Error(`worker ${i} answered ${answer}`));
      else resolve();
    });
  });
}

(async () => {
  let next = 0;
  let done = 0;
  await Promise.all(Array.from({ length: CONCURRENT }, async () => {
    while (next < TASKS) {
      await task(next++);
      done++;
    }
  }));
  assert.strictEqual(done, TASKS);
  console.log('every worker answered and exited with 0');
})();
