'use strict';
// Promise jobs and nextTick callbacks queued by an 'online' (or 'exit')
// listener run right after it, like after any other event.
const { Worker } = require('worker_threads');

const w = new Worker(`require('worker_threads').parentPort.on('message', () => {})`, { eval: true });
w.once('online', () => {
  process.nextTick(() => console.log('tick after online'));
  Promise.resolve().then(() => {
    console.log('microtask after online');
    w.terminate();
  });
});
w.once('exit', (code) => {
  console.log('exit', code);
  Promise.resolve().then(() => console.log('microtask after exit'));
});
