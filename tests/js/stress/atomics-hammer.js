'use strict';
// 64 workers hammering one SharedArrayBuffer with Atomics.add (the total
// must be exact), then a token passed round a ring of workers with
// Atomics.wait/notify (every hand-over happens exactly once, in turn).
const assert = require('assert');
const { Worker } = require('worker_threads');
const { size } = require('./fixtures/scale');

const WORKERS = 64;
const ADDS = size(20000, 1000000);
const RING = size(16, 64);
const LAPS = size(200, 2000);

function run(count, source, workerData) {
  return Promise.all(Array.from({ length: count }, (_, i) => new Promise((resolve, reject) => {
    const w = new Worker(source, { eval: true, workerData: { ...workerData, index: i } });
    w.on('error', reject);
    w.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}`))));
  })));
}

(async () => {
  const counter = new Int32Array(new SharedArrayBuffer(8));
  await run(WORKERS, `
    const { workerData } = require('worker_threads');
    const view = new Int32Array(workerData.sab);
    for (let i = 0; i < workerData.adds; i++) Atomics.add(view, 0, 1);
    Atomics.add(view, 1, 1);
  `, { sab: counter.buffer, adds: ADDS });
  console.log('workers', WORKERS, 'finished', counter[1]);
  console.log('total exact', counter[0] === WORKERS * ADDS);
  assert.strictEqual(counter[0], WORKERS * ADDS);

  // turn[0]: whose turn it is; turn[1]: hand-overs so far.
  const turn = new Int32Array(new SharedArrayBuffer(8));
  await run(RING, `
    const { workerData } = require('worker_threads');
    const turn = new Int32Array(workerData.sab);
    const { index, ring, laps } = workerData;
    for (let lap = 0; lap < laps; lap++) {
      for (;;) {
        const now = Atomics.load(turn, 0);
        if (now === index) break;
        Atomics.wait(turn, 0, now);
      }
      Atomics.add(turn, 1, 1);
      Atomics.store(turn, 0, (index + 1) % ring);
      Atomics.notify(turn, 0);
    }
  `, { sab: turn.buffer, ring: RING, laps: LAPS });
  console.log('ring of', RING, 'hand-overs exact', turn[1] === RING * LAPS, 'back to start', turn[0] === 0);
  assert.strictEqual(turn[1], RING * LAPS);
})().catch((err) => { console.log('failed', err.message); process.exitCode = 1; });
