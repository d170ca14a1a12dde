'use strict';
// Workers stopped by terminate() in different states, each followed by a
// fresh worker that reports what it finds (spindle may hand a terminated
// worker's engine runtime to the next worker): nothing of the stopped
// program — globals, timers, queued promise jobs, a pending
// Atomics.waitAsync — may reach the next one.
const { Worker } = require('worker_threads');
const assert = require('assert');

const head = "const { parentPort } = require('worker_threads');";
const stopped = {
  'idle with an interval': `${head} globalThis.leftover = 1;
    setInterval(() => parentPort.postMessage('stray tick'), 1);
    parentPort.on('message', () => {}); parentPort.postMessage('ready');`,
  'in a busy loop with a job queued': `${head} globalThis.leftover = 2;
    Promise.resolve().then(() => parentPort.postMessage('stray job'));
    parentPort.postMessage('ready'); for (;;) {}`,
  'in an endless promise chain': `${head} globalThis.leftover = 3;
    parentPort.postMessage('ready');
    (function again() { Promise.resolve().then(again); })();`,
  'waiting in Atomics.waitAsync': `${head} globalThis.leftover = 4;
    parentPort.on('message', (sab) => {
      Atomics.waitAsync(new Int32Array(sab), 0, 0).value.then(() => parentPort.postMessage('stray wake'));
      parentPort.postMessage('ready');
    });`,
};
const probe = `${head}
  setTimeout(() => parentPort.postMessage({
    leftover: typeof globalThis.leftover,
    extraGlobals: Object.keys(globalThis).filter((k) => k === 'leftover'),
  }), 5);`;

function run(source, sab) {
  return new Promise((resolve, reject) => {
    const w = new Worker(source, { eval: true });
    const seen = [];
    w.on('message', (m) => {
      if (m === 'ready') {
        w.terminate().then((code) => resolve({ code, seen }));
      } else if (typeof m === 'string') {
        seen.push(m);
      } else {
        resolve(m);
      }
    });
    w.on('error', reject);
    if (sab) w.postMessage(sab);
  });
}

(async () => {
  for (const [state, source] of Object.entries(stopped)) {
    for (let round = 0; round < 4; round++) {
      const sab = new SharedArrayBuffer(4);
      const { code } = await run(source, sab);
      // Wake any waitAsync of the stopped worker after it has gone.
      Atomics.notify(new Int32Array(sab), 0);
      const report = await run(probe);
      if (round === 0) console.log(state, '-> exit code', code, '; next worker sees', report);
      assert.deepStrictEqual(report, { leftover: 'undefined', extraGlobals: [] });
    }
  }
  // A last worker after all of them still starts and answers.
  console.log('last', await run(probe));
})();
