'use strict';
// The life of a worker as its parent sees it: 'online' and every message
// before 'exit' (node does not order 'online' against the worker's first
// messages: they travel on different ports), the exit code of a normal end,
// process.exit(n), process.exitCode, and 'exit' handlers inside the worker.
// The parent keeps running after each worker ends.
const assert = require('assert');
const { Worker } = require('worker_threads');

function run(label, code, options = {}) {
  return new Promise((resolve) => {
    const w = new Worker(code, { eval: true, ...options });
    const events = [];
    let online = false;
    w.on('online', () => { online = true; });
    w.on('message', (m) => events.push(`message:${m}`));
    w.on('error', (e) => events.push(`error:${e.message}`));
    w.on('exit', (code) => {
      events.push(`exit:${code}`);
      assert.strictEqual(online, true, `${label}: 'online' before 'exit'`);
      console.log(label, events.join(' '));
      resolve(code);
    });
  });
}

(async () => {
  await run('plain', `
    const { parentPort } = require('worker_threads');
    for (let i = 0; i < 5; i++) parentPort.postMessage(i);
  `);
  await run('from timers', `
    const { parentPort } = require('worker_threads');
    setImmediate(() => {
      parentPort.postMessage('immediate');
      setTimeout(() => parentPort.postMessage('timeout'), 5);
    });
    process.nextTick(() => parentPort.postMessage('tick'));
    Promise.resolve().then(() => parentPort.postMessage('microtask'));
  `);
  await run('exit(7)', `
    const { parentPort } = require('worker_threads');
    parentPort.postMessage('a');
    parentPort.postMessage('b');
    process.exit(7);
    parentPort.postMessage('never');
  `);
  await run('exit() no code', `process.exit()`);
  await run('exit(0) inside a timer', `setTimeout(() => process.exit(0), 1); setInterval(() => {}, 1000);`);
  await run('exitCode', `process.exitCode = 3; require('worker_threads').parentPort.postMessage('set');`);
  await run('exit handler', `
    const { parentPort } = require('worker_threads');
    process.on('exit', (code) => parentPort.postMessage('exit handler ' + code));
    process.exit(5);
  `);
  await run('beforeExit', `
    const { parentPort } = require('worker_threads');
    let n = 0;
    process.on('beforeExit', () => { if (n++ < 2) setTimeout(() => parentPort.postMessage('again ' + n), 1); });
  `);
  await run('uncaughtException handled', `
    const { parentPort } = require('worker_threads');
    process.on('uncaughtException', (e) => parentPort.postMessage('caught ' + e.message));
    setTimeout(() => { throw new Error('boom'); }, 1);
  `);
  // A worker that waits for the parent's message stays alive until it comes.
  await new Promise((resolve) => {
    const waiting = new Worker(`
      const { parentPort } = require('worker_threads');
      parentPort.once('message', (m) => parentPort.postMessage('reply to ' + m));
    `, { eval: true });
    waiting.on('message', (m) => console.log('waiting worker:', m));
    waiting.on('exit', (code) => { console.log('waiting worker exit', code); resolve(); });
    setTimeout(() => waiting.postMessage('late hello'), 50);
  });
  console.log('parent still running');
})();

