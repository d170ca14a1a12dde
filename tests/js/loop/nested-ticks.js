// nextTick scheduled from promise callbacks and promises scheduled from nextTick callbacks.
'use strict';
const assert = require('assert');
const trace = [];
const log = (s) => { trace.push(s); console.log(s); };

process.nextTick(() => {
  log('tick A');
  Promise.resolve().then(() => log('promise from tick A'));
  process.nextTick(() => log('tick from tick A'));
  queueMicrotask(() => log('microtask from tick A'));
});
process.nextTick(() => log('tick B'));

Promise.resolve().then(() => {
  log('promise C');
  process.nextTick(() => {
    log('tick from promise C');
    Promise.resolve().then(() => log('promise from tick from promise C'));
  });
  Promise.resolve().then(() => log('promise from promise C'));
});
queueMicrotask(() => log('microtask D'));

// A chain: each .then is queued only when the previous one settles.
Promise.resolve()
  .then(() => log('chain 1'))
  .then(() => log('chain 2'))
  .then(() => log('chain 3'));

process.on('exit', () => {
  assert.deepStrictEqual(trace, [
    'tick A', 'tick B', 'tick from tick A',
    // Microtasks queued by the main script come before those queued by ticks.
    'promise C', 'microtask D', 'chain 1',
    'promise from tick A', 'microtask from tick A',
    'promise from promise C', 'chain 2', 'chain 3',
    // Ticks queued by a microtask run once the microtask queue is empty.
    'tick from promise C', 'promise from tick from promise C',
  ]);
});
