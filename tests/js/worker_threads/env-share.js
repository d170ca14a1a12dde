'use strict';
// env: SHARE_ENV — the worker and the parent use one environment: what
// either sets or deletes, the other sees.
const { Worker, SHARE_ENV } = require('worker_threads');

process.env.SPINDLE_WT_PARENT = 'parent-value';
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.postMessage({ sawParent: process.env.SPINDLE_WT_PARENT });
  process.env.SPINDLE_WT_CHILD = 'child-value';
  process.env.SPINDLE_WT_NUM = 17;
  delete process.env.SPINDLE_WT_PARENT;
  parentPort.once('message', () => {
    parentPort.postMessage({ sawLate: process.env.SPINDLE_WT_LATE });
  });
`, { eval: true, env: SHARE_ENV });
w.on('message', (m) => {
  console.log('worker', JSON.stringify(m));
  if ('sawParent' in m) {
    process.env.SPINDLE_WT_LATE = 'set-by-parent-later';
    w.postMessage('check');
  }
});
w.on('exit', (code) => {
  console.log('exit', code);
  console.log('parent sees child', process.env.SPINDLE_WT_CHILD,
    'num', process.env.SPINDLE_WT_NUM, typeof process.env.SPINDLE_WT_NUM,
    'deleted', process.env.SPINDLE_WT_PARENT);
});
