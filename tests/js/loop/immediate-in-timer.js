// setImmediate scheduled from a timer or an immediate: deterministic orderings against timers.
'use strict';
const assert = require('assert');
const trace = [];
const log = (s) => { trace.push(s); console.log(s); };

setTimeout(() => {
  log('outer timeout');
  // From the timers phase, the check phase of the same loop turn comes first.
  setTimeout(() => {
    log('inner timeout');
    immediates();
  }, 0);
  setImmediate(() => log('inner immediate'));
}, 0);

// Immediates queued while the immediate queue runs wait for the next turn;
// ticks and microtasks run between two immediates.
function immediates() {
  setImmediate(() => {
    log('immediate A');
    setImmediate(() => log('immediate C (queued by A)'));
    process.nextTick(() => log('tick from A'));
    Promise.resolve().then(() => log('promise from A'));
  });
  setImmediate(() => log('immediate B'));
}

process.on('exit', () => {
  assert.deepStrictEqual(trace, [
    'outer timeout', 'inner immediate', 'inner timeout',
    'immediate A', 'tick from A', 'promise from A', 'immediate B', 'immediate C (queued by A)',
  ]);
});
