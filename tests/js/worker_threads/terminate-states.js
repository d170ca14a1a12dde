// terminate() stops a worker whatever it is doing and resolves with exit
// code 1: a busy loop, Atomics.wait, a pending promise, a timer, a long
// native sort with a comparator.
const { Worker } = require('worker_threads');
const cases = {
  'busy loop': 'for (;;) {}',
  'Atomics.wait': 'Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0)',
  'awaiting a promise': 'new Promise(() => {}); setInterval(() => {}, 100000)',
  'sleeping in a timer': 'setTimeout(() => {}, 100000)',
  'sort with comparator': 'const a = Array.from({ length: 3e5 }, (_, i) => -i); for (;;) a.sort((x, y) => x - y)',
};
(async () => {
  for (const [name, src] of Object.entries(cases)) {
    const w = new Worker(`require('worker_threads').parentPort.postMessage('go'); ${src}`, { eval: true });
    let exited = false;
    w.on('exit', () => { exited = true; });
    await new Promise((resolve) => w.once('message', resolve));
    const code = await w.terminate();
    console.log(name, '-> exit code', code, 'exit event seen:', exited);
  }
})();
