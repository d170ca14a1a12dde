// The performance object: identity with perf_hooks.performance, its class
// and prototype shape, brand checks, now/timeOrigin, nodeTiming, toJSON,
// timerify, and eventLoopUtilization's shape and arithmetic.
'use strict';
const assert = require('assert');
const perfHooks = require('perf_hooks');

const describe = (e) => `${e.name} ${e.code} ${JSON.stringify(e.message)}`;
function attempt(label, fn) {
  try {
    const v = fn();
    console.log(label, typeof v === 'string' ? v : JSON.stringify(v));
  } catch (e) {
    console.log(label, describe(e));
  }
}

console.log('exports', Object.keys(perfHooks).filter((k) => !k.startsWith('PerformanceObserver') &&
  k !== 'PerformanceResourceTiming').join(','));
console.log('same object', perfHooks.performance === performance, require('node:perf_hooks').performance === globalThis.performance);
const { Performance } = perfHooks;
console.log('class', performance instanceof Performance, Object.getPrototypeOf(Performance).name,
  Performance.length);
console.log('tag', Object.prototype.toString.call(performance));
console.log('own keys', Object.keys(performance).length);
console.log('prototype keys', Object.keys(Performance.prototype).join(','));
for (const name of ['eventLoopUtilization', 'nodeTiming', 'timerify']) {
  console.log('non-enumerable', name, name in Performance.prototype,
    Object.getOwnPropertyDescriptor(Performance.prototype, name).enumerable);
}
console.log('lengths', ['mark', 'measure', 'getEntries', 'getEntriesByName', 'getEntriesByType', 'clearMarks',
  'clearMeasures', 'now', 'toJSON', 'timerify', 'eventLoopUtilization']
  .map((n) => `${n}=${performance[n].length}`).join(' '));
attempt('new Performance', () => new Performance());
attempt('now on object', () => performance.now.call({}));
attempt('mark on object', () => Performance.prototype.mark.call({}, 'x'));
attempt('getEntries on null', () => Performance.prototype.getEntries.call(null));
attempt('timeOrigin on object', () => Object.getOwnPropertyDescriptor(Performance.prototype, 'timeOrigin').get.call({}));

// Clock.
const t1 = performance.now();
const t2 = performance.now();
console.log('now', typeof t1, t1 > 0, t2 >= t1);
console.log('timeOrigin', typeof performance.timeOrigin, Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 1000);

// nodeTiming and toJSON.
const nt = performance.nodeTiming;
console.log('nodeTiming', nt.constructor.name, nt === performance.nodeTiming, nt instanceof perfHooks.PerformanceEntry,
  nt.name, nt.entryType, nt.startTime, typeof nt.duration, typeof nt.idleTime, typeof nt.loopStart);
console.log('nodeTiming keys', Object.keys(nt.toJSON()).join(','));
console.log('toJSON keys', Object.keys(performance.toJSON()).join(','),
  performance.toJSON().nodeTiming === nt, typeof JSON.stringify(performance));
attempt('setResourceTimingBufferSize', () => performance.setResourceTimingBufferSize(10));
attempt('clearResourceTimings', () => performance.clearResourceTimings());

// timerify.
function double(a) { return a * 2; }
const timed = performance.timerify(double);
console.log('timerify', timed.name, timed.length, timed(21), timed === double, Object.keys(timed).join(','));
console.log('timerify descriptors', JSON.stringify(Object.getOwnPropertyDescriptor(timed, 'name')),
  JSON.stringify(Object.getOwnPropertyDescriptor(timed, 'length')));
class Point { constructor(x) { this.x = x; } }
const TimedPoint = performance.timerify(Point);
const p = new TimedPoint(4);
console.log('timerify class', TimedPoint.name, p.x, p instanceof Point);
const histogram = perfHooks.createHistogram();
const counted = performance.timerify(function work(n) { let s = 0; for (let i = 0; i < n; i++) s += i; return s; }, { histogram });
counted(1000);
counted(10);
console.log('timerify histogram', histogram.count, histogram.min >= 1);
const asyncTimed = performance.timerify(async function later() { return 'async value'; }, { histogram });
attempt('timerify bad fn', () => performance.timerify(5));
attempt('timerify bad options', () => performance.timerify(double, 'x'));
attempt('timerify bad histogram', () => performance.timerify(double, { histogram: {} }));
attempt('timerify monitor histogram', () => performance.timerify(double, { histogram: perfHooks.monitorEventLoopDelay() }));

// eventLoopUtilization: the two-argument form is plain arithmetic once the
// loop runs; the shape is the same everywhere.
setTimeout(async () => {
  console.log('async timerify', await asyncTimed(), histogram.count);
  const u = performance.eventLoopUtilization();
  console.log('elu keys', Object.keys(u).join(','));
  console.log('elu ranges', u.idle >= 0, u.active >= 0, u.utilization >= 0 && u.utilization <= 1);
  const delta = performance.eventLoopUtilization(u);
  console.log('elu delta', Object.keys(delta).join(','), delta.utilization >= 0 && delta.utilization <= 1);
  console.log('elu diff', JSON.stringify(performance.eventLoopUtilization({ idle: 30, active: 10 }, { idle: 10, active: 0 })));
  const block = Date.now();
  while (Date.now() - block < 20) { /* busy */ }
  const after = performance.eventLoopUtilization(u);
  console.log('elu busy', after.active >= 15);
  assert.ok(u.active > 0);
}, 5);

// Resource timing: nothing is buffered; the buffer size is not validated.
attempt('setResourceTimingBufferSize string', () => performance.setResourceTimingBufferSize('x'));
attempt('setResourceTimingBufferSize()', () => performance.setResourceTimingBufferSize());
attempt('onresourcetimingbufferfull', () => performance.onresourcetimingbufferfull);
performance.onresourcetimingbufferfull = 5;
attempt('onresourcetimingbufferfull set', () => performance.onresourcetimingbufferfull);
