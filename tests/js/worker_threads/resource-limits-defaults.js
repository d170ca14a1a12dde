'use strict';
// Node 20: limits not given are filled in inside the worker with the
// engine's values (codeRangeSizeMb 0; the heap sizes depend on the machine
// and are not printed), and resourceLimits values are not type-checked.
const { Worker } = require('worker_threads');

const partial = new Worker(`
  const wt = require('worker_threads');
  wt.parentPort.postMessage([Object.keys(wt.resourceLimits).sort().join(','),
    wt.resourceLimits.stackSizeMb, wt.resourceLimits.codeRangeSizeMb,
    wt.resourceLimits.maxOldGenerationSizeMb > 0, wt.resourceLimits.maxYoungGenerationSizeMb > 0]);
`, { eval: true, resourceLimits: { stackSizeMb: 3 } });
partial.on('message', (m) => console.log('partial inside', JSON.stringify(m)));
partial.on('exit', () => {
  for (const bad of [{ stackSizeMb: 'big' }, { maxOldGenerationSizeMb: null }]) {
    try {
      new Worker('', { eval: true, resourceLimits: bad }).terminate();
      console.log('no throw for', JSON.stringify(bad));
    } catch (err) {
      console.log(JSON.stringify(bad), err.name, err.code, err.message);
    }
  }
});
