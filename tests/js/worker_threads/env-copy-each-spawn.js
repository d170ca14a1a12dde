// Each worker's default process.env is the environment at its own spawn:
// changes between spawns (set, change, delete, by the main thread and by
// a worker sharing the environment) show in the next worker, not earlier.
'use strict';
const { Worker, SHARE_ENV } = require('worker_threads');

const read = `require('worker_threads').parentPort.postMessage(String(process.env.SPINDLE_EACH))`;
const spawn = (options = {}) => {
  const w = new Worker(read, { eval: true, ...options });
  return new Promise((resolve, reject) => {
    w.on('message', resolve);
    w.on('error', reject);
  });
};

(async () => {
  const seen = [];
  seen.push(spawn());
  process.env.SPINDLE_EACH = 'one';
  seen.push(spawn());
  process.env.SPINDLE_EACH = 'two';
  seen.push(spawn());
  delete process.env.SPINDLE_EACH;
  seen.push(spawn());
  console.log((await Promise.all(seen)).join(' '));
  // A worker that shares the environment changes it for later spawns.
  await new Promise((resolve) => {
    new Worker(`process.env.SPINDLE_EACH = 'from a sharing worker'`, { eval: true, env: SHARE_ENV })
      .on('exit', resolve);
  });
  console.log(await spawn());
  for (let i = 0; i < 5; i++) {
    process.env.SPINDLE_EACH = `round ${i}`;
    console.log(await spawn());
  }
})();
