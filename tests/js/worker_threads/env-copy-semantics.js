// A worker's default process.env is a copy of its parent thread's environment
// when it is spawned (not of what process.env was later set to), and
// changes on either side stay there; SHARE_ENV shares the real one.
const { Worker, SHARE_ENV } = require('worker_threads');
process.env.SPINDLE_T1 = 'before';
const code = `const { parentPort } = require('worker_threads');
process.env.SPINDLE_T3 = 'from-worker';
parentPort.postMessage([process.env.SPINDLE_T1, process.env.SPINDLE_T2, typeof process.env.PATH, Object.keys(process.env).includes('SPINDLE_T1')]);`;
const run = (opts) => new Promise((res) => { const w = new Worker(code, { eval: true, ...opts }); w.on('message', res); });
(async () => {
  const p = run({});
  process.env.SPINDLE_T2 = 'after-spawn';   // not seen by the worker above
  console.log('default', await p, process.env.SPINDLE_T3);
  console.log('custom', await run({ env: { SPINDLE_T1: 'custom' } }), process.env.SPINDLE_T3);
  console.log('share', await run({ env: SHARE_ENV }), process.env.SPINDLE_T3);
  delete process.env.SPINDLE_T3;
  process.env = { SPINDLE_T1: 'replaced' };
  console.log('replaced', await run({}));
  // a worker spawning a worker: the nested one copies its parent's own env
  const nested = `const { Worker, parentPort } = require('worker_threads');
process.env.SPINDLE_T1 = 'parent-worker';
const w = new Worker("require('worker_threads').parentPort.postMessage(process.env.SPINDLE_T1 + ' ' + process.env.SPINDLE_T2)", { eval: true });
w.on('message', (m) => parentPort.postMessage(m));`;
  console.log('nested', await new Promise((res) => new Worker(nested, { eval: true }).on('message', res)));
})();
