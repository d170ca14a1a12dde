// flags: --expose-gc
// Shared memory is freed when its last holder lets go: 40 rounds of a
// 16 MiB SharedArrayBuffer shared with 4 workers each leave the process
// about where it started once collected. "About": the C allocator may keep
// freed blocks for reuse (spindle lets glibc keep up to 64 MiB of free
// memory at the top of a heap; node's heap keeps some too), so the bound is
// a quarter of what was allocated: a leak of even 10 rounds goes over it.
const { Worker } = require('worker_threads');
const fs = require('fs');
const rssMiB = () => +/VmRSS:\s+(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))[1] / 1024;
(async () => {
  const before = rssMiB();
  let total = 0;
  for (let round = 0; round < 40; round++) {
    const sab = new SharedArrayBuffer(16 * 1024 * 1024);
    new Int32Array(sab).fill(round);
    const replies = [];
    for (let i = 0; i < 4; i++) {
      const w = new Worker(`const { workerData, parentPort } = require('worker_threads');
        const a = new Int32Array(workerData); Atomics.add(a, 0, 1); parentPort.postMessage(a[1]);`,
      { eval: true, workerData: sab });
      replies.push(new Promise((resolve) => w.once('exit', resolve)));
    }
    await Promise.all(replies);
    total += Atomics.load(new Int32Array(sab), 0) - round;
    gc();
  }
  // The engine may free buffer memory on a helper thread after a
  // collection: give it a moment (a loaded machine needs more than none).
  for (let i = 0; i < 10 && rssMiB() - before >= 160; i++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  console.log('every worker saw the shared memory:', total === 160);
  console.log('640 MiB of shared buffers came back (growth < 160 MiB):', rssMiB() - before < 160);
})();
