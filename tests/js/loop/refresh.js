// timer.refresh() restarts the countdown, returns the timer, and re-arms a timer that already fired.
'use strict';
const assert = require('assert');
const trace = [];
const log = (s) => { trace.push(s); console.log(s); };

// `late` is due at t+20; refreshed at t+10 or later it becomes due at >= t+30, after `marker` (t+25).
const late = setTimeout(() => {
  log('late (refreshed)');
  startRearm();
}, 20);
setTimeout(() => {
  const ret = late.refresh();
  log('refresh returns the timer: ' + (ret === late));
}, 10);
setTimeout(() => log('marker at 25'), 25);

// Refreshing a timer from inside its own callback runs it again.
let again = 0;
function startRearm() {
  const rearm = setTimeout(() => {
    again++;
    log('rearm run ' + again);
    if (again < 3) assert.strictEqual(rearm.refresh(), rearm);
  }, 1);
}

process.on('exit', () => {
  assert.deepStrictEqual(trace, [
    'refresh returns the timer: true', 'marker at 25', 'late (refreshed)',
    'rearm run 1', 'rearm run 2', 'rearm run 3',
  ]);
});
