// A timer already due when the main script ends runs on the loop's first
// turn; the loop has started by then, so eventLoopUtilization() counts the
// callback as active time.
const { performance } = require('perf_hooks');
setTimeout(() => {
  const u = performance.eventLoopUtilization();
  console.log('active', u.active > 0, 'utilization', u.utilization > 0 && u.utilization <= 1);
  console.log('loopStart set', performance.nodeTiming.loopStart > 0);
}, 1);
const blockUntil = Date.now() + 20;
while (Date.now() < blockUntil) { /* the timer is due before the loop starts */ }
