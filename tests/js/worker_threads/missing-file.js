'use strict';
// A worker whose file does not exist: the constructor returns, then the
// worker reports 'error' (MODULE_NOT_FOUND, naming the file) and exits 1.
// The same for a missing .mjs file (still MODULE_NOT_FOUND in node 20) and a worker requiring a missing module.
const path = require('path');
const { pathToFileURL } = require('url');
const { Worker } = require('worker_threads');

function run(label, filename, options) {
  return new Promise((resolve) => {
    const w = new Worker(filename, options);
    const events = [];
    w.on('online', () => events.push('online'));
    w.on('error', (e) => {
      events.push('error');
      console.log(label, e.constructor.name, e.code, e.message.split(__dirname).join('<dir>'));
    });
    w.on('exit', (code) => {
      events.push(`exit:${code}`);
      console.log(label, events.join(' '));
      resolve();
    });
  });
}

(async () => {
  const missing = path.join(__dirname, 'fixtures', 'does-not-exist.js');
  await run('absolute', missing);
  await run('url', pathToFileURL(missing));
  await run('mjs', path.join(__dirname, 'fixtures', 'does-not-exist.mjs'));
  process.chdir(__dirname);
  await run('relative', './fixtures/does-not-exist.js');
  await run('require inside', `require('./does-not-exist-module')`, { eval: true });
  console.log('parent still running');
})();
