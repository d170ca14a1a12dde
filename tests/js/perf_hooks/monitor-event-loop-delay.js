// perf_hooks.monitorEventLoopDelay: an interval-sampling histogram of the
// time between loop turns (in ns); enable()/disable() report changes.
'use strict';
const util = require('util');
const { monitorEventLoopDelay, createHistogram } = require('perf_hooks');

const describe = (e) => `${e.name} ${e.code} ${JSON.stringify(e.message)}`;
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, describe(e));
  }
}

const h = monitorEventLoopDelay({ resolution: 5 });
const ELDHistogram = h.constructor;
console.log('class', ELDHistogram.name, Object.getPrototypeOf(ELDHistogram).name,
  Object.getPrototypeOf(ELDHistogram) === Object.getPrototypeOf(createHistogram().constructor));
console.log('prototype', Object.getOwnPropertyNames(ELDHistogram.prototype).join(','));
console.log('not recordable', typeof h.record, typeof h.add);
console.log('before', h.count, h.min, h.max, util.inspect(h.percentiles));
console.log('enable', h.enable(), h.enable());
attempt('options null', () => monitorEventLoopDelay(null));
attempt('resolution 0', () => monitorEventLoopDelay({ resolution: 0 }));
attempt('resolution string', () => monitorEventLoopDelay({ resolution: '10' }));
attempt('resolution 1.5', () => monitorEventLoopDelay({ resolution: 1.5 }));
attempt('default', () => monitorEventLoopDelay().constructor.name);

setTimeout(() => {
  const start = Date.now();
  while (Date.now() - start < 30) { /* keep the loop busy */ }
  setTimeout(() => {
    console.log('disable', h.disable(), h.disable());
    console.log('sampled', h.count > 0, h.max >= h.min, h.min > 0, h.mean > 0, h.stddev >= 0);
    console.log('saw the busy stretch', h.max > 20e6);
    const count = h.count;
    setTimeout(() => {
      console.log('no samples while disabled', h.count === count);
      h.reset();
      console.log('reset', h.count, h.max);
      // An enabled monitor does not keep the process alive.
      h.enable();
    }, 20);
  }, 30);
}, 20);
