'use strict';
// process.env in a worker: a copy of the parent's by default (changes stay
// in the worker) or a given object (values become strings). SHARE_ENV is
// in env-share.js.
const { Worker } = require('worker_threads');

process.env.SPINDLE_WT_PARENT = 'parent-value';

const body = `
  const { parentPort } = require('worker_threads');
  const before = {
    parent: process.env.SPINDLE_WT_PARENT,
    given: process.env.SPINDLE_WT_GIVEN,
    num: process.env.SPINDLE_WT_NUM,
    numType: typeof process.env.SPINDLE_WT_NUM,
  };
  process.env.SPINDLE_WT_CHILD = 'child-value';
  process.env.SPINDLE_WT_COERCED = 17;
  delete process.env.SPINDLE_WT_PARENT;
  parentPort.postMessage({
    before,
    coerced: process.env.SPINDLE_WT_COERCED,
    coercedType: typeof process.env.SPINDLE_WT_COERCED,
    deleted: process.env.SPINDLE_WT_PARENT,
  });
`;

function run(label, options) {
  return new Promise((resolve) => {
    const w = new Worker(body, { eval: true, ...options });
    w.on('message', (m) => console.log(label, 'worker saw', JSON.stringify(m)));
    w.on('error', (e) => console.log(label, 'error', e.message));
    w.on('exit', () => {
      console.log(label, 'parent after: child', process.env.SPINDLE_WT_CHILD,
        'parent', process.env.SPINDLE_WT_PARENT);
      resolve();
    });
  });
}

(async () => {
  await run('default', {});
  await run('null', { env: null });
  await run('object', { env: { SPINDLE_WT_GIVEN: 'given', SPINDLE_WT_NUM: 5 } });
  // The copy is taken when the worker starts: later parent changes are not seen.
  await new Promise((resolve) => {
    process.env.SPINDLE_WT_LATE = 'before';
    const w = new Worker(`
      const { parentPort } = require('worker_threads');
      parentPort.once('message', () => parentPort.postMessage(process.env.SPINDLE_WT_LATE));
    `, { eval: true });
    process.env.SPINDLE_WT_LATE = 'after';
    w.postMessage('go');
    w.on('message', (m) => console.log('late change seen by worker:', m));
    w.on('exit', resolve);
  });
})();
