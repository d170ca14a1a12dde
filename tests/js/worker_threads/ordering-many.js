'use strict';
// 4 workers each sending 5,000 numbered messages at once: every message
// arrives, and each worker's messages arrive in the order sent (how the
// four streams interleave is up to the scheduler and is not printed).
const assert = require('assert');
const { Worker } = require('worker_threads');

const WORKERS = 4;
const EACH = 5000;
const next = new Array(WORKERS).fill(0);
const outOfOrder = new Array(WORKERS).fill(0);
const exits = [];

for (let id = 0; id < WORKERS; id++) {
  const w = new Worker(`
    const { parentPort, workerData: id } = require('worker_threads');
    for (let i = 0; i < ${EACH}; i++) parentPort.postMessage([id, i]);
  `, { eval: true, workerData: id });
  w.on('message', ([from, seq]) => {
    assert.strictEqual(from, id);
    if (seq !== next[from]) outOfOrder[from]++;
    next[from]++;
  });
  w.on('exit', (code) => {
    exits.push(code);
    // Every message a worker sent comes before its 'exit'.
    assert.strictEqual(next[id], EACH, `worker ${id} exit before all its messages`);
    if (exits.length === WORKERS) {
      console.log('received per worker', next.join(','));
      console.log('out of order per worker', outOfOrder.join(','));
      console.log('exit codes', exits.join(','));
    }
  });
}
