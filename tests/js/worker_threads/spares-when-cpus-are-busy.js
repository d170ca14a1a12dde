// spindle-only: counts spindle's own worker threads in /proc/self/task
'use strict';
// A program that starts one worker per CPU (a pool) is about to use every
// CPU: the warm spares it took are not replaced behind its back (each would
// take CPU from the workers' first tasks), so while the workers run, every
// worker thread runs one of them. Once they have ended, a new worker still
// starts (from a renewed isolate) and answers.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const { Worker } = require('worker_threads');

const workerThreads = () =>
  fs.readdirSync('/proc/self/task')
    .map((task) => fs.readFileSync(`/proc/self/task/${task}/comm`, 'utf8'))
    .filter((name) => name.startsWith('spindle-worker')).length;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function start() {
  const worker = new Worker(
    `const { parentPort } = require('worker_threads');
     parentPort.on('message', (m) => { if (m === 'stop') parentPort.close(); else parentPort.postMessage(m * 2); });`,
    { eval: true });
  const answer = (n) => new Promise((resolve) => { worker.once('message', resolve); worker.postMessage(n); });
  const exited = new Promise((resolve) => worker.once('exit', resolve));
  return { worker, answer, exited };
}

(async () => {
  const cpus = os.availableParallelism();
  const pool = Array.from({ length: cpus }, start);
  const answers = await Promise.all(pool.map((w, i) => w.answer(i + 1)));
  assert.deepStrictEqual(answers, pool.map((_, i) => (i + 1) * 2));
  // Time for any replacement spare to have started.
  await sleep(100);
  const running = workerThreads();
  assert.strictEqual(running, cpus, `${running} worker threads for ${cpus} workers`);

  for (const w of pool) w.worker.postMessage('stop');
  const codes = await Promise.all(pool.map((w) => w.exited));
  assert.deepStrictEqual(codes, pool.map(() => 0));

  const later = start();
  assert.strictEqual(await later.answer(21), 42);
  later.worker.postMessage('stop');
  assert.strictEqual(await later.exited, 0);
  console.log('ok');
})().catch((err) => {
  console.log('failed:', err.message);
  process.exit(1); // the pool's workers would keep the process alive
});
