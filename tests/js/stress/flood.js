'use strict';
// A worker floods its parent with messages, as fast as it can, until the
// parent tells it to stop through shared memory — and the parent only does
// that from a timer. So the test ends only if the parent's timers still
// fire while messages keep pouring in (before the fix, the poll phase drained
// a constantly refilled inbox and never ended). Then every message must
// have arrived exactly once and in order.
const assert = require('assert');
const { Worker } = require('worker_threads');

const stop = new Int32Array(new SharedArrayBuffer(4));
const w = new Worker(`
  const { parentPort, workerData } = require('worker_threads');
  const stop = new Int32Array(workerData);
  let sent = 0;
  while (Atomics.load(stop, 0) === 0) {
    for (let i = 0; i < 100; i++) parentPort.postMessage(sent++);
  }
  parentPort.postMessage({ sent });
`, { eval: true, workerData: stop.buffer });

let received = 0;
let inOrder = true;
let timerFired = false;
w.on('message', (m) => {
  if (typeof m === 'number') {
    if (m !== received) inOrder = false;
    if (received === 0) {
      setTimeout(() => {
        timerFired = true;
        Atomics.store(stop, 0, 1);
      }, 300);
    }
    received++;
    return;
  }
  console.log('flood stopped by a timer', timerFired);
  console.log('received all', received === m.sent, 'in order', inOrder);
  if (process.env.STRESS_REPORT) console.error(`messages ${m.sent}, rss ${process.memoryUsage().rss >> 20} MiB`);
  assert.strictEqual(received, m.sent);
  assert(inOrder);
});
w.on('error', (err) => { console.log('worker error', err.message); process.exitCode = 1; });
