'use strict';
// A SharedArrayBuffer sent to workers is shared, not copied: writes are
// seen across threads, Atomics.add from several workers adds up exactly,
// Atomics.wait/notify hand control between threads, and the buffer sent to
// the worker and back is the same memory.
const assert = require('assert');
const { Worker } = require('worker_threads');

const WORKERS = 4;
const ADDS = 10000;

(async () => {
  const sab = new SharedArrayBuffer(16);
  const counters = new Int32Array(sab);

  // Several workers incrementing one counter with Atomics.add.
  const workers = [];
  for (let i = 0; i < WORKERS; i++) {
    workers.push(new Promise((resolve) => {
      const w = new Worker(`
        const { workerData } = require('worker_threads');
        const c = new Int32Array(workerData.sab);
        for (let i = 0; i < workerData.adds; i++) Atomics.add(c, 0, 1);
        Atomics.add(c, 1, 1);
      `, { eval: true, workerData: { sab, adds: ADDS } });
      w.on('exit', resolve);
    }));
  }
  const codes = await Promise.all(workers);
  console.log('exit codes', codes.join(','), 'total', Atomics.load(counters, 0), 'expected', WORKERS * ADDS,
    'finished', Atomics.load(counters, 1));

  // wait/notify ping-pong: the worker waits on slot 2, the main thread
  // (which must not block) polls with a timer for the worker's reply in slot 3.
  const w = new Worker(`
    const { workerData, parentPort } = require('worker_threads');
    const c = new Int32Array(workerData);
    const seen = [];
    for (let round = 1; round <= 3; round++) {
      Atomics.wait(c, 2, round - 1);
      seen.push(Atomics.load(c, 2));
      Atomics.store(c, 3, round * 10);
      Atomics.notify(c, 3);
    }
    parentPort.postMessage({ seen, same: workerData });
  `, { eval: true, workerData: sab });
  const reply = new Promise((resolve) => w.once('message', resolve));
  for (let round = 1; round <= 3; round++) {
    Atomics.store(counters, 2, round);
    Atomics.notify(counters, 2);
    while (Atomics.load(counters, 3) !== round * 10) await new Promise((r) => setTimeout(r, 1));
  }
  const { seen, same } = await reply;
  console.log('worker saw rounds', seen.join(','), 'main saw', Atomics.load(counters, 3));
  const back = new Int32Array(same);
  back[0] = -1;
  console.log('returned buffer is the same memory', counters[0], same instanceof SharedArrayBuffer,
    'byteLength', same.byteLength);
  assert.strictEqual(counters[0], -1);

  // Plain writes seen by a worker that starts later.
  const u8 = new Uint8Array(new SharedArrayBuffer(4));
  u8.set([1, 2, 3, 4]);
  const w2 = new Worker(`
    const { workerData, parentPort } = require('worker_threads');
    parentPort.once('message', () => parentPort.postMessage(Array.from(workerData)));
  `, { eval: true, workerData: u8 });
  u8[3] = 40; // after the clone: still seen, it is shared
  w2.postMessage('read');
  console.log('view over shared memory in workerData sees', (await new Promise((r) => w2.once('message', r))).join(','));

  // structuredClone of a SharedArrayBuffer shares too.
  const again = structuredClone(sab);
  new Int32Array(again)[1] = 99;
  console.log('structuredClone shares', counters[1]);
})();
