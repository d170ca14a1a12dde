// performance.mark / measure / getEntries* / clearMarks / clearMeasures and
// the entry classes. Every time used is given explicitly so the output does
// not depend on the clock.
'use strict';
const util = require('util');
const { PerformanceEntry, PerformanceMark, PerformanceMeasure } = require('perf_hooks');

const describe = (e) => `${e.name} ${e.code} ${JSON.stringify(e.message)}`;
function attempt(label, fn) {
  try {
    const v = fn();
    console.log(label, typeof v === 'string' ? v : JSON.stringify(v));
  } catch (e) {
    console.log(label, describe(e));
  }
}
const list = (entries) => entries.map((e) => `${e.entryType}:${e.name}@${e.startTime}+${e.duration}`).join(' ');
const brief = (e) => [e.constructor.name, e.name, e.entryType, e.startTime, e.duration, e.detail];

// Marks.
attempt('mark', () => brief(performance.mark('a', { startTime: 10 })));
attempt('mark with detail', () => brief(performance.mark('b', { startTime: 25, detail: { n: [1, 2] } })));
attempt('detail is a copy', () => {
  const detail = { deep: { x: 1 } };
  const m = performance.mark('c', { startTime: 40, detail });
  detail.deep.x = 2;
  return [m.detail === detail, m.detail.deep.x, m.detail === m.detail];
});
attempt('mark name coerced', () => performance.mark({ toString: () => 'from-object' }, { startTime: 1 }).name);
attempt('mark null options', () => new PerformanceMark('n', null).entryType);
attempt('mark startTime 0', () => performance.mark('zero', { startTime: 0 }).startTime);
attempt('mark without name', () => performance.mark());
attempt('mark options number', () => performance.mark('x', 5));
attempt('mark startTime string', () => performance.mark('x', { startTime: '1' }));
attempt('mark negative startTime', () => performance.mark('x', { startTime: -1 }));
attempt('mark function detail', () => performance.mark('x', { detail: function f() {} }));

// new PerformanceMark() works; it is not buffered.
attempt('new PerformanceMark', () => brief(new PerformanceMark('standalone', { startTime: 3, detail: 'd' })));
attempt('new PerformanceMark()', () => new PerformanceMark());
attempt('new PerformanceEntry', () => new PerformanceEntry());
attempt('new PerformanceMeasure', () => new PerformanceMeasure());

// Measures between marks, numbers and option objects.
attempt('measure marks', () => brief(performance.measure('m1', 'a', 'b')));
attempt('measure mark to time', () => brief(performance.measure('m2', { start: 'a', end: 30, detail: 'det' })));
attempt('measure start+duration', () => brief(performance.measure('m3', { start: 12, duration: 5 })));
attempt('measure end+duration', () => brief(performance.measure('m4', { end: 12, duration: 5 })));
attempt('measure duration mark', () => brief(performance.measure('m5', { start: 30, duration: 'a' })));
attempt('measure numbers as marks', () => brief(performance.measure('m6', 5, 'b')));
attempt('measure start only', () => brief(performance.measure('m7', { start: 'b', end: 'c' })));
attempt('measure start mark, end later mark', () => brief(performance.measure('m8', 'b', 'c')));
attempt('measure end before start', () => brief(performance.measure('m9', 'c', 'a')));
attempt('measure milestone', () => performance.measure('m10', 'nodeStart', 'a').entryType);
performance.clearMeasures('m10'); // its start depends on the runtime
attempt('measure unknown mark', () => performance.measure('x', 'nope'));
attempt('measure unknown end', () => performance.measure('x', undefined, 'nope'));
attempt('measure numeric-string mark', () => performance.measure('x', 'a', '5'));
attempt('measure options and endMark', () => performance.measure('x', { start: 1 }, 'b'));
attempt('measure start+end+duration', () => performance.measure('x', { start: 1, end: 2, duration: 1 }));
attempt('measure negative', () => performance.measure('x', { start: -3, end: 4 }));
attempt('measure negative duration', () => performance.measure('x', { start: 3, duration: -4 }));
attempt('measure name number', () => performance.measure(5));
attempt('measure name missing', () => performance.measure());

// The buffers, sorted by startTime (marks first on ties).
console.log('entries', list(performance.getEntries()));
console.log('marks', list(performance.getEntriesByType('mark')));
console.log('measures', list(performance.getEntriesByType('measure')));
console.log('by name a', list(performance.getEntriesByName('a')));
console.log('by name a, mark', list(performance.getEntriesByName('a', 'mark')));
console.log('by name a, measure', list(performance.getEntriesByName('a', 'measure')));
console.log('by name m1', list(performance.getEntriesByName('m1')));
console.log('unknown type', performance.getEntriesByType('resource').length, performance.getEntriesByType('function').length);
console.log('fresh arrays', performance.getEntries() !== performance.getEntries());
attempt('getEntriesByName()', () => performance.getEntriesByName());
attempt('getEntriesByType()', () => performance.getEntriesByType());

// Repeated names are all kept; measure() uses the latest.
performance.mark('dup', { startTime: 50 });
performance.mark('dup', { startTime: 60 });
console.log('duplicates', list(performance.getEntriesByName('dup')));
attempt('latest mark wins', () => performance.measure('to-dup', 'a', 'dup').duration);

// Clearing.
performance.clearMarks('a');
console.log('after clearMarks(a)', list(performance.getEntriesByType('mark')));
attempt('measure cleared mark', () => performance.measure('x', 'a'));
attempt('clearMarks milestone', () => performance.clearMarks('loopStart'));
performance.clearMeasures('m1');
console.log('after clearMeasures(m1)', performance.getEntriesByType('measure').map((e) => e.name).join(','));
performance.clearMeasures();
console.log('after clearMeasures()', performance.getEntriesByType('measure').length, performance.getEntriesByType('mark').length);
performance.clearMarks();
console.log('after clearMarks()', performance.getEntries().length);
attempt('measure after clearing', () => performance.measure('x', 'b'));

// Entry objects: getters, toJSON, inspection, brand checks.
const mark = new PerformanceMark('shown', { startTime: 7, detail: { k: 'v' } });
console.log('toJSON', JSON.stringify(mark));
console.log('keys', Object.keys(mark).length, Object.getOwnPropertySymbols(mark).length);
console.log(util.inspect(mark));
console.log(util.inspect({ nested: { deeper: mark } }, { depth: 1 }));
console.log(util.inspect([new PerformanceMark('d', { startTime: 1, detail: { a: { b: { c: 1 } } } })], { depth: 1 }));
performance.mark('for-measure', { startTime: 2 });
const measure = performance.measure('shown-measure', { start: 'for-measure', end: 9, detail: [1] });
console.log('measure toJSON', JSON.stringify(measure));
console.log(util.inspect(measure));
console.log('tags', Object.prototype.toString.call(mark), Object.prototype.toString.call(measure));
console.log('classes', Object.getPrototypeOf(PerformanceMark) === PerformanceEntry,
  Object.getPrototypeOf(PerformanceMeasure) === PerformanceEntry, mark instanceof PerformanceEntry,
  PerformanceEntry.length, PerformanceMark.length);
console.log('prototype keys', Object.keys(PerformanceEntry.prototype).join(','),
  Object.keys(PerformanceMark.prototype).join(','), Object.keys(PerformanceMeasure.prototype).join(','));
attempt('name getter on object', () => Object.getOwnPropertyDescriptor(PerformanceEntry.prototype, 'name').get.call({}));
attempt('detail getter on object', () => Object.getOwnPropertyDescriptor(PerformanceMark.prototype, 'detail').get.call({}));
attempt('measure detail getter on mark', () => Object.getOwnPropertyDescriptor(PerformanceMeasure.prototype, 'detail').get.call(1));
