// Bursts of workers that can only finish together: each waits on shared
// memory until every worker of its burst has arrived. spindle makes and
// renews only a few spare isolates at a time (one more than the CPUs); a
// start must never wait behind that in a way that keeps one of the
// burst from running, or this test hangs. Three bursts, so the later ones
// run in renewed isolates.
'use strict';
const assert = require('assert');
const { Worker } = require('worker_threads');

const WORKERS = 24;
const source = `
const { parentPort, workerData: { shared, index, count } } = require('worker_threads');
const arrived = new Int32Array(shared);
Atomics.add(arrived, 0, 1);
Atomics.notify(arrived, 0);
for (;;) {
  const seen = Atomics.load(arrived, 0);
  if (seen === count) break;
  Atomics.wait(arrived, 0, seen, 10000);
}
parentPort.postMessage(index * 2);
`;

async function burst(round) {
  const shared = new SharedArrayBuffer(4);
  const answers = [];
  const exits = [];
  for (let index = 0; index < WORKERS; index++) {
    const worker = new Worker(source, { eval: true, workerData: { shared, index, count: WORKERS } });
    answers.push(new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    }));
    exits.push(new Promise((resolve) => worker.once('exit', resolve)));
  }
  const values = await Promise.all(answers);
  assert.deepStrictEqual(values, Array.from({ length: WORKERS }, (_, i) => i * 2));
  assert.deepStrictEqual(await Promise.all(exits), new Array(WORKERS).fill(0));
  assert.strictEqual(Atomics.load(new Int32Array(shared), 0), WORKERS);
  console.log(`burst ${round}: ${WORKERS} workers met and exited 0`);
}

(async () => {
  for (let round = 1; round <= 3; round++) await burst(round);
})();
