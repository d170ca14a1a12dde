// How long terminate() takes to stop a worker in each state (ms, median).
const { Worker } = require('worker_threads');
const now = () => Number(process.hrtime.bigint()) / 1e6;
const cases = {
  busy_loop: 'for (;;) {}',
  atomics_wait: 'Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0)',
  idle_timer: 'setTimeout(() => {}, 100000)',
};
async function once(src) {
  const w = new Worker(`require('worker_threads').parentPort.postMessage('go'); ${src}`, { eval: true });
  await new Promise((resolve) => w.once('message', resolve));
  await new Promise((resolve) => setTimeout(resolve, 5));
  const t = now();
  await w.terminate();
  return now() - t;
}
(async () => {
  const result = { bench: 'terminate' };
  for (const [name, src] of Object.entries(cases)) {
    const xs = [];
    for (let i = 0; i < 7; i++) xs.push(await once(src));
    xs.sort((a, b) => a - b);
    result[`${name}_ms`] = +xs[xs.length >> 1].toFixed(3);
  }
  console.log(JSON.stringify(result));
})();
