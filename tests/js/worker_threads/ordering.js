'use strict';
// Under load: 10,000 messages each way between the main thread and a
// worker all arrive, in order; the worker's replies interleave with the
// parent's sends without loss.
const assert = require('assert');
const { Worker } = require('worker_threads');

const COUNT = 10000;

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  let expected = 0;
  let bad = 0;
  parentPort.on('message', (m) => {
    if (m.seq !== expected) bad++;
    expected++;
    if (expected === ${COUNT}) {
      for (let i = 0; i < ${COUNT}; i++) parentPort.postMessage({ seq: i, payload: 'x'.repeat(i % 50) });
      parentPort.postMessage({ summary: { received: expected, outOfOrder: bad } });
      parentPort.close();
    }
  });
`, { eval: true });

let next = 0;
let outOfOrder = 0;
let summary = null;
w.on('message', (m) => {
  if (m.summary) { summary = m.summary; return; }
  if (m.seq !== next || m.payload.length !== next % 50) outOfOrder++;
  next++;
});
w.on('exit', (code) => {
  console.log('worker received', summary.received, 'out of order', summary.outOfOrder);
  console.log('main received', next, 'out of order', outOfOrder, 'exit', code);
  assert.strictEqual(next, COUNT);
  assert.strictEqual(outOfOrder, 0);
});
for (let i = 0; i < COUNT; i++) w.postMessage({ seq: i });
console.log('all sent');
