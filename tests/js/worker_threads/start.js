'use strict';
// Starting workers: an absolute path, a path relative to the cwd, a file:
// URL object, eval code, an .mjs module; what worker_threads
// reports on the main thread and inside a worker.
const assert = require('assert');
const path = require('path');
const { pathToFileURL } = require('url');
const wt = require('worker_threads');
const { Worker } = wt;

console.log('main isMainThread', wt.isMainThread, 'threadId', wt.threadId, 'parentPort', wt.parentPort);
console.log('main resourceLimits', JSON.stringify(wt.resourceLimits));
console.log('SHARE_ENV', typeof wt.SHARE_ENV, String(wt.SHARE_ENV));
console.log('exports', ['Worker', 'MessageChannel', 'MessagePort', 'BroadcastChannel',
  'receiveMessageOnPort', 'getEnvironmentData', 'setEnvironmentData', 'markAsUntransferable']
  .map((k) => `${k}:${typeof wt[k]}`).join(' '));

const fixture = path.join(__dirname, 'fixtures', 'echo-info.js');

function run(label, filename, options) {
  return new Promise((resolve) => {
    const w = new Worker(filename, options);
    const seen = [];
    let online = false;
    assert.strictEqual(typeof w.threadId, 'number');
    assert(w.threadId > 0);
    w.on('online', () => { online = true; });
    w.on('message', (m) => {
      if (m.kind === 'info') {
        seen.push('info');
        console.log(label, JSON.stringify(m));
        w.postMessage('ping');
      } else {
        seen.push(`echo:${m.m}`);
        w.postMessage('bye');
      }
    });
    w.on('error', (e) => seen.push(`error:${e.message}`));
    w.on('exit', (code) => {
      seen.push(`exit:${code}`);
      console.log(label, seen.join(' '), 'online seen', online, 'threadId after exit', w.threadId);
      resolve();
    });
  });
}

(async () => {
  await run('absolute', fixture, { workerData: { from: 'absolute' }, argv: ['a', 1, true] });
  process.chdir(__dirname);
  await run('relative', './fixtures/echo-info.js', { workerData: 'relative' });
  process.chdir(path.join(__dirname, 'fixtures'));
  await run('dot-dot', '../fixtures/echo-info.js', { workerData: null });
  process.chdir(__dirname);
  await run('url object', pathToFileURL(fixture), { workerData: 42 });
  await run('named', fixture, { name: 'my worker', workerData: { name: true } });

  await new Promise((resolve) => {
    const w = new Worker(`
      const wt = require('worker_threads');
      wt.parentPort.postMessage({
        isMainThread: wt.isMainThread,
        argv1: process.argv[1],
        argv: process.argv.slice(2),
        data: wt.workerData,
        hasRequire: typeof require,
        dirnameType: typeof __dirname,
        limits: Object.keys(wt.resourceLimits).sort().join(','),
        stack: wt.resourceLimits.stackSizeMb,
      });
    `, { eval: true, workerData: 'evaluated', argv: ['x', 'y'] });
    w.on('message', (m) => console.log('eval', JSON.stringify(m)));
    w.on('exit', (code) => { console.log('eval exit', code); resolve(); });
  });

  await new Promise((resolve) => {
    const w = new Worker(path.join(__dirname, 'fixtures', 'esm-worker.mjs'), { workerData: { n: 21 } });
    w.on('message', (m) => console.log('esm', JSON.stringify(m)));
    w.on('error', (e) => console.log('esm error', e.message));
    w.on('exit', (code) => { console.log('esm exit', code); resolve(); });
  });

  await new Promise((resolve) => {
    const w = new Worker('const { parentPort } = require("worker_threads"); parentPort.postMessage(1);', { eval: true });
    w.on('message', () => {});
    w.on('exit', (code) => { console.log('eval inline exit', code); resolve(); });
  });
})();
