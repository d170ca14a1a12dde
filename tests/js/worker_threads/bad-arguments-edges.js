'use strict';
// Edge cases of Worker's argument checks, as node 20 has them: a file: URL
// given as a string is refused (wrap it in new URL), a data: URL is
// accepted, eval with a non-string filename is ERR_INVALID_ARG_VALUE,
// options that are not objects are not checked up front, and resourceLimits
// and transferList of the wrong type are not refused.
const path = require('path');
const { Worker } = require('worker_threads');

const empty = path.join(__dirname, 'fixtures', 'empty.js');

function attempt(label, fn) {
  try {
    const w = fn();
    console.log(label, 'no throw');
    if (typeof w.on === 'function') w.on('error', () => {}); // a worker that did start may fail
    w.terminate();
  } catch (err) {
    console.log(label, `${err.name} ${err.code}: ${err.message}`);
  }
}

attempt('file URL string', () => new Worker('file:///tmp/worker.js'));
attempt('data URL', () => new Worker(new URL('data:text/javascript,0')));
attempt('eval non-string', () => new Worker(42, { eval: true }));
attempt('options string', () => new Worker(empty, 'opts'));
try {
  new Worker(empty, null);
} catch (err) {
  console.log('options null', err.name, err.code); // engine-specific message
}
attempt('resourceLimits number', () => new Worker('', { eval: true, resourceLimits: 5 }));
attempt('transferList number', () => new Worker('', { eval: true, transferList: 5 }));
attempt('postMessage no args', () => {
  const w = new Worker('', { eval: true });
  try { w.postMessage(); } finally { w.terminate(); }
  return { terminate() {} };
});
