'use strict';
// A worker starting a worker, and environment data: values set with
// setEnvironmentData before a worker starts are cloned into it (and on to
// its own workers); later changes in the parent are not seen; a worker's
// own settings go down to its children, not up.
const path = require('path');
const wt = require('worker_threads');

wt.setEnvironmentData('from-main', { nested: ['value', 1n] });
wt.setEnvironmentData('removed', 1);
wt.setEnvironmentData('removed', undefined);
console.log('main get', JSON.stringify(wt.getEnvironmentData('from-main'), (k, x) => (typeof x === 'bigint' ? `${x}n` : x)),
  'removed', wt.getEnvironmentData('removed'), 'missing', wt.getEnvironmentData('missing'));
const objectKey = {};
wt.setEnvironmentData(objectKey, 'object keys work here');
console.log('object key', wt.getEnvironmentData(objectKey));

const ids = new Set([wt.threadId]);
const w = new wt.Worker(path.join(__dirname, 'fixtures', 'nested-parent.js'), { workerData: { level: 1 } });
wt.setEnvironmentData('changed-after-start', 'too late');
ids.add(w.threadId);
const show = (v) => JSON.stringify(v, (k, x) => (typeof x === 'bigint' ? `${x}n` : x));
w.on('message', (m) => {
  if (m.relay) console.log('level 2 says', show(m.relay));
  else console.log('level 1 says', show(m));
});
w.on('exit', (code) => {
  console.log('level 1 exit', code, 'thread ids distinct', ids.size === 2);
  console.log('set in level 1 seen in main', wt.getEnvironmentData('set-in-level-1'));
});
