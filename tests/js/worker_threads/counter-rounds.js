// Four workers each add 1,000 to a shared counter with Atomics.add; the
// total is exactly 4,000 in every one of 50 rounds.
const { Worker } = require('worker_threads');
const src = `const { workerData } = require('worker_threads');
const counter = new Int32Array(workerData.buffer);
for (let i = 0; i < 1000; i++) Atomics.add(counter, 0, 1);`;
(async () => {
  const totals = new Set();
  for (let round = 0; round < 50; round++) {
    const buffer = new SharedArrayBuffer(4);
    const workers = Array.from({ length: 4 }, () => new Worker(src, { eval: true, workerData: { buffer } }));
    await Promise.all(workers.map((w) => new Promise((resolve) => w.on('exit', resolve))));
    totals.add(new Int32Array(buffer)[0]);
  }
  console.log('totals seen:', [...totals]);
})();
