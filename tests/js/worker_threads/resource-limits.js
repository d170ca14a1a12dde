'use strict';
// resourceLimits: {} on the main thread; given limits are reported by the
// Worker object while it runs and inside the worker, {} after exit.
// (Defaults filled in and unchecked types: resource-limits-defaults.js.)
const { Worker, resourceLimits } = require('worker_threads');

console.log('main', JSON.stringify(resourceLimits));
const limits = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8, codeRangeSizeMb: 16, stackSizeMb: 2 };
const w = new Worker(`
  const wt = require('worker_threads');
  wt.parentPort.postMessage(wt.resourceLimits);
`, { eval: true, resourceLimits: limits });
console.log('running', JSON.stringify(w.resourceLimits));
w.on('message', (m) => console.log('inside', JSON.stringify(m)));
w.on('exit', (code) => {
  console.log('exit', code, 'after exit', JSON.stringify(w.resourceLimits));
});
