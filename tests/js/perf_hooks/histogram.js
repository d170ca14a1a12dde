// perf_hooks.createHistogram: HdrHistogram bucketing (3 significant digits
// by default), so min/max/mean/stddev/percentiles are bucket values; the
// BigInt variants; validation errors; add/reset; toJSON and inspection.
'use strict';
const assert = require('assert');
const util = require('util');
const { createHistogram } = require('perf_hooks');

const describe = (e) => `${e.name} ${e.code} ${JSON.stringify(e.message)}`;
function attempt(label, fn) {
  try {
    const v = fn();
    console.log(label, typeof v === 'bigint' ? `${v}n` : v);
  } catch (e) {
    console.log(label, describe(e));
  }
}

function summary(label, h) {
  console.log(label, JSON.stringify({
    count: h.count, min: h.min, max: h.max, mean: h.mean, stddev: h.stddev, exceeds: h.exceeds,
  }));
  console.log('  percentiles', JSON.stringify([...h.percentiles]));
}

// Empty: min is INT64_MAX, mean/stddev NaN, percentiles {100 => 0}.
const empty = createHistogram();
summary('empty', empty);
console.log('  bigint', empty.minBigInt, empty.maxBigInt, empty.countBigInt, empty.exceedsBigInt,
  empty.percentile(50), empty.percentileBigInt(99));

// Small values are exact; larger ones land in wider buckets.
const h = createHistogram();
for (const v of [1, 2, 3, 5, 8, 100, 1000, 2049, 2050, 4097, 12345, 99999, 123456789]) h.record(v);
summary('mixed', h);
for (const p of [0.1, 1, 10, 25, 50, 66.6, 75, 90, 95, 99, 99.9, 100]) {
  console.log('  percentile', p, h.percentile(p), h.percentileBigInt(p));
}
console.log('  bigint getters', h.minBigInt, h.maxBigInt, h.countBigInt, h.exceedsBigInt);
console.log('  percentilesBigInt', [...h.percentilesBigInt].map(([k, v]) => `${k}:${v}n`).join(' '));
console.log('  same map object', h.percentiles === h.percentiles);

// Many values: a latency-like spread.
const spread = createHistogram();
for (let i = 1; i <= 5000; i++) spread.record(1000 + ((i * 7919) % 100000));
summary('spread', spread);

// Repeated values and BigInt input.
const same = createHistogram();
for (let i = 0; i < 10; i++) same.record(i % 2 ? 1500n : 1501);
summary('repeated', same);

// Largest values, and recording past the range.
const big = createHistogram();
big.record(Number.MAX_SAFE_INTEGER);
big.record(2 ** 52 + 12345);
big.record(2n ** 60n);
summary('large', big);

// Options: fewer significant digits, a narrower range (values past
// `highest` count as exceeds), a coarser lowest unit.
const coarse = createHistogram({ figures: 1 });
for (const v of [7, 19, 20, 21, 39, 40, 41, 1234, 98765]) coarse.record(v);
summary('figures 1', coarse);
const narrow = createHistogram({ lowest: 1, highest: 100, figures: 2 });
for (const v of [1, 50, 99, 100, 101, 127, 128, 5000]) narrow.record(v);
summary('highest 100', narrow);
const unit = createHistogram({ lowest: 1000, highest: 1e9, figures: 2 });
for (const v of [1, 999, 1000, 1001, 123456, 987654321]) unit.record(v);
summary('lowest 1000', unit);
const bigintOptions = createHistogram({ lowest: 5n, highest: 1000n });
bigintOptions.record(7);
summary('bigint options', bigintOptions);

// add(): counts and exceeds add up; values re-bucket into the target.
const a = createHistogram();
a.record(3);
a.record(12345);
const b = createHistogram({ lowest: 1, highest: 100, figures: 1 });
b.record(55);
b.record(1000); // exceeds in b
a.add(b);
summary('a.add(b)', a);
b.add(a); // 12345 does not fit into b: dropped, not counted as exceeds
summary('b.add(a)', b);

// reset()
a.reset();
summary('reset', a);

// recordDelta: the first call only starts the clock.
const d = createHistogram();
d.recordDelta();
console.log('recordDelta first', d.count);
d.recordDelta();
console.log('recordDelta second', d.count, d.min >= 0);

// Validation.
const v = createHistogram();
attempt('record 0', () => v.record(0));
attempt('record -1', () => v.record(-1));
attempt('record 1.5', () => v.record(1.5));
attempt('record NaN', () => v.record(NaN));
attempt('record Infinity', () => v.record(Infinity));
attempt('record 2^53', () => v.record(2 ** 53));
attempt('record string', () => v.record('5'));
attempt('record nothing', () => v.record());
attempt('record 0n', () => v.record(0n));
attempt('record -5n', () => v.record(-5n));
attempt('record 2^63n', () => v.record(2n ** 63n));
attempt('percentile 0', () => v.percentile(0));
attempt('percentile 101', () => v.percentile(101));
attempt('percentile NaN', () => v.percentile(NaN));
attempt('percentile string', () => v.percentile('50'));
attempt('percentileBigInt -1', () => v.percentileBigInt(-1));
attempt('add plain object', () => v.add({}));
attempt('options null', () => createHistogram(null));
attempt('options number', () => createHistogram(3));
attempt('lowest 0', () => createHistogram({ lowest: 0 }));
attempt('lowest string', () => createHistogram({ lowest: '1' }));
attempt('lowest 1.5', () => createHistogram({ lowest: 1.5 }));
attempt('highest below 2*lowest', () => createHistogram({ lowest: 2, highest: 3 }));
attempt('highest bigint below', () => createHistogram({ lowest: 2n, highest: 3n }));
attempt('figures 0', () => createHistogram({ figures: 0 }));
attempt('figures 6', () => createHistogram({ figures: 6 }));
attempt('figures 2.5', () => createHistogram({ figures: 2.5 }));

// The classes: not constructible, brand-checked.
const RecordableHistogram = h.constructor;
const Histogram = Object.getPrototypeOf(RecordableHistogram);
console.log('classes', RecordableHistogram.name, Histogram.name, RecordableHistogram.length, Histogram.length);
console.log('prototype names', Object.getOwnPropertyNames(RecordableHistogram.prototype).join(','));
console.log('prototype names', Object.getOwnPropertyNames(Histogram.prototype).join(','));
console.log('own keys', Object.keys(h).join(','), Object.getOwnPropertySymbols(h).length);
console.log('method lengths', h.record.length, h.recordDelta.length, h.add.length, h.percentile.length, h.reset.length);
attempt('new RecordableHistogram', () => new RecordableHistogram());
attempt('new Histogram', () => new Histogram());
attempt('record on other this', () => RecordableHistogram.prototype.record.call({}, 1));
attempt('count on other this', () => Object.getOwnPropertyDescriptor(Histogram.prototype, 'count').get.call({}));
attempt('percentile on other this', () => Histogram.prototype.percentile.call({}, 50));
attempt('reset on other this', () => Histogram.prototype.reset.call([]));
console.log('toStringTag', Object.prototype.toString.call(h));

// toJSON and inspection.
const j = createHistogram();
[3, 3, 4, 1000, 1001, 65536].forEach((x) => j.record(x));
console.log('JSON', JSON.stringify(j));
console.log(util.inspect(j));
console.log(util.inspect(j, { depth: 0 }));
console.log(util.inspect([j], { depth: 0 }));
console.log(util.inspect(empty));
assert.strictEqual(j.count, 6);
