// Atomics across threads: every operation on shared memory, Atomics.wait on
// the main thread and in a worker, notify's count of woken waiters, and
// Atomics.waitAsync resolving on notify and on timeout.
const { Worker } = require('worker_threads');
const sab = new SharedArrayBuffer(64);
const ia = new Int32Array(sab);
const big = new BigInt64Array(sab, 32, 2);

Atomics.store(ia, 0, 5);
console.log('add', Atomics.add(ia, 0, 2), Atomics.load(ia, 0));
console.log('sub', Atomics.sub(ia, 0, 1), Atomics.load(ia, 0));
console.log('and', Atomics.and(ia, 0, 3), Atomics.load(ia, 0));
console.log('or', Atomics.or(ia, 0, 8), Atomics.load(ia, 0));
console.log('xor', Atomics.xor(ia, 0, 1), Atomics.load(ia, 0));
console.log('exchange', Atomics.exchange(ia, 0, 42), Atomics.load(ia, 0));
console.log('compareExchange', Atomics.compareExchange(ia, 0, 42, 7), Atomics.load(ia, 0));
console.log('bigint add', Atomics.add(big, 0, 5n), Atomics.load(big, 0));
console.log('isLockFree(4)', Atomics.isLockFree(4));
console.log('wait timed-out on main', Atomics.wait(ia, 1, 0, 10));
console.log('wait not-equal on main', Atomics.wait(ia, 1, 99, 10));

const src = `const { workerData, parentPort } = require('worker_threads');
const ia = new Int32Array(workerData);
parentPort.postMessage('waiting');
const r = Atomics.wait(ia, 2, 0);
parentPort.postMessage(r);`;
(async () => {
  const workers = [new Worker(src, { eval: true, workerData: sab }), new Worker(src, { eval: true, workerData: sab })];
  const results = workers.map((w) => new Promise((resolve) => {
    w.on('message', (m) => { if (m !== 'waiting') resolve(m); });
  }));
  await Promise.all(workers.map((w) => new Promise((resolve) => w.once('message', resolve))));
  // Both are (about to be) blocked in Atomics.wait: wake them until both are.
  let woken = 0;
  while (woken < 2) {
    Atomics.store(ia, 2, 0);
    woken += Atomics.notify(ia, 2, 2);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  console.log('notify woke', woken, 'waiters; they saw', await Promise.all(results));
  const pending = Atomics.waitAsync(ia, 3, 0);
  console.log('waitAsync', pending.async, typeof pending.value.then);
  setTimeout(() => console.log('notify for waitAsync', Atomics.notify(ia, 3)), 10);
  console.log('waitAsync resolved', await pending.value);
  // A pending waitAsync does not keep node's loop alive: a timer does.
  const keepAlive = setTimeout(() => {}, 5000);
  const timed = Atomics.waitAsync(ia, 4, 0, 10);
  console.log('waitAsync with timeout', await timed.value);
  clearTimeout(keepAlive);
  const immediate = Atomics.waitAsync(ia, 4, 1, 10);
  console.log('waitAsync not-equal', immediate.async, immediate.value);
})();
