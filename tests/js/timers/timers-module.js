// require('timers').promises, and util.promisify of the callback timers.
'use strict';
const util = require('util');
const timers = require('timers');
const tp = require('timers/promises');

console.log('timers.promises', timers.promises === tp, require('node:timers/promises') === tp);
const desc = Object.getOwnPropertyDescriptor(timers, 'promises');
console.log('descriptor', typeof desc.get, desc.enumerable, desc.configurable, 'value' in desc);
console.log('timers keys include promises', Object.keys(timers).includes('promises'));
console.log('same functions as globals', timers.setTimeout === setTimeout, timers.setImmediate === setImmediate,
  timers.setInterval === setInterval, timers.clearTimeout === clearTimeout);

const custom = util.promisify.custom;
console.log('custom hooks', typeof setTimeout[custom], typeof setImmediate[custom], setInterval[custom]);
const hook = Object.getOwnPropertyDescriptor(setTimeout, custom);
console.log('hook descriptor', typeof hook.get, hook.enumerable, hook.configurable);

async function main() {
  const sleep = util.promisify(setTimeout);
  const immediate = util.promisify(setImmediate);
  console.log('promisified names', sleep.name, immediate.name);
  console.log('promisify(setTimeout)', await sleep(2, 'slept'));
  console.log('promisify(setImmediate)', await immediate('now'));
  const ac = new AbortController();
  const p = sleep(60000, 'x', { signal: ac.signal });
  ac.abort();
  await p.catch((e) => console.log('promisified abort', e.name, e.code));
}
main();
