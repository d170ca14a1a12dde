'use strict';
// node's `perf_hooks`: the `performance` object and its entry classes (see
// internal/performance), histograms (createHistogram, monitorEventLoopDelay)
// and the GC constants.
//
// Histograms follow HdrHistogram, which node uses: values are counted in
// buckets whose width keeps `figures` significant decimal digits, and
// min/max/mean/stddev/percentiles are computed from the buckets, so they
// come out as node's do (e.g. max is the top of the largest value's bucket).
//
// Not provided: PerformanceObserver, PerformanceObserverEntryList,
// PerformanceResourceTiming.

const perf = require('internal/performance');
const binding = require('internal/binding');
const { codes } = require('internal/errors');
const { validateInteger, validateNumber, validateObject } = require('internal/validators');

const {
  ERR_ILLEGAL_CONSTRUCTOR,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_INVALID_THIS,
  ERR_OUT_OF_RANGE,
} = codes;

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kConstruct = Symbol('kConstruct');
const kRecordable = Symbol('kRecordable');
const kMap = Symbol('kMap');
const kHandle = Symbol('kHandle');
const kEnabled = Symbol('kEnabled');

const INT64_MAX = 9223372036854775807n;
const TWO_32 = 4294967296;

// Number of bits of a non-negative integer below 2^64 (as a double).
function bitLength(v) {
  if (v < TWO_32) return 32 - Math.clz32(v);
  return 32 + bitLength(Math.floor(v / TWO_32));
}

// --- the HDR bucket arithmetic ------------------------------------------------------

class HdrHistogram {
  constructor(lowest, highest, figures) {
    const largestSingleUnit = 2 * 10 ** figures;
    const subBucketCountMagnitude = Math.ceil(Math.log(largestSingleUnit) / Math.log(2));
    this.subBucketHalfCountMagnitude = Math.max(subBucketCountMagnitude, 1) - 1;
    this.unitMagnitude = Math.trunc(Math.log(lowest) / Math.log(2));
    this.subBucketCount = 2 ** (this.subBucketHalfCountMagnitude + 1);
    this.subBucketHalfCount = this.subBucketCount / 2;
    // The mask's bit length is all that is needed of it.
    this.maskBits = bitLength(this.subBucketCount - 1) + this.unitMagnitude;
    let smallestUntrackable = this.subBucketCount * 2 ** this.unitMagnitude;
    let buckets = 1;
    while (smallestUntrackable <= highest) {
      smallestUntrackable *= 2;
      buckets++;
    }
    this.countsLen = (buckets + 1) * this.subBucketHalfCount;
    this.highest = highest;
    this.counts = null; // allocated on the first record
    this.reset();
  }

  reset() {
    if (this.counts !== null) this.counts.fill(0);
    this.totalCount = 0;
    this.minValue = null; // INT64_MAX in HdrHistogram: nothing non-zero recorded
    this.maxValue = 0;
  }

  bucketIndex(value) {
    return Math.max(bitLength(value), this.maskBits) - this.unitMagnitude -
      (this.subBucketHalfCountMagnitude + 1);
  }

  subBucketIndex(value, bucketIndex) {
    return Math.floor(value / 2 ** (bucketIndex + this.unitMagnitude));
  }

  countsIndexFor(value) {
    const bucket = this.bucketIndex(value);
    const sub = this.subBucketIndex(value, bucket);
    return ((bucket + 1) << this.subBucketHalfCountMagnitude) + (sub - this.subBucketHalfCount);
  }

  valueAtIndex(index) {
    let bucket = (index >> this.subBucketHalfCountMagnitude) - 1;
    let sub = (index & (this.subBucketHalfCount - 1)) + this.subBucketHalfCount;
    if (bucket < 0) {
      sub -= this.subBucketHalfCount;
      bucket = 0;
    }
    return sub * 2 ** (bucket + this.unitMagnitude);
  }

  lowestEquivalent(value) {
    const bucket = this.bucketIndex(value);
    return this.subBucketIndex(value, bucket) * 2 ** (bucket + this.unitMagnitude);
  }

  rangeSize(value) {
    const bucket = this.bucketIndex(value);
    const sub = this.subBucketIndex(value, bucket);
    return 2 ** (this.unitMagnitude + (sub >= this.subBucketCount ? bucket + 1 : bucket));
  }

  highestEquivalent(value) {
    return this.lowestEquivalent(value) + this.rangeSize(value) - 1;
  }

  medianEquivalent(value) {
    return this.lowestEquivalent(value) + Math.floor(this.rangeSize(value) / 2);
  }

  // Adds `count` occurrences of `value`; false when it is out of range
  // (above `highest`, even where the top bucket would have room).
  recordValues(value, count) {
    if (value < 0 || value > this.highest) return false;
    const index = this.countsIndexFor(value);
    if (index < 0 || index >= this.countsLen) return false;
    if (this.counts === null) this.counts = new Float64Array(this.countsLen);
    this.counts[index] += count;
    this.totalCount += count;
    if (value !== 0 && (this.minValue === null || value < this.minValue)) this.minValue = value;
    if (value > this.maxValue) this.maxValue = value;
    return true;
  }

  // Calls fn(value, count) for each non-empty bucket, lowest first.
  forEachBucket(fn) {
    if (this.counts === null) return;
    let seen = 0;
    for (let i = 0; i < this.countsLen && seen < this.totalCount; i++) {
      const count = this.counts[i];
      if (count !== 0) {
        seen += count;
        fn(this.valueAtIndex(i), count);
      }
    }
  }

  // null stands for INT64_MAX (an empty histogram).
  min() {
    if (this.counts !== null && this.counts[0] > 0) return 0;
    return this.minValue === null ? null : this.lowestEquivalent(this.minValue);
  }

  max() {
    return this.maxValue === 0 ? 0 : this.highestEquivalent(this.maxValue);
  }

  mean() {
    let total = 0n; // exact, as HdrHistogram's int64 sum is
    this.forEachBucket((value, count) => {
      total += BigInt(count) * BigInt(this.medianEquivalent(value));
    });
    return Number(total) / this.totalCount;
  }

  stddev() {
    const mean = this.mean();
    let total = 0;
    this.forEachBucket((value, count) => {
      const dev = this.medianEquivalent(value) - mean;
      total += (dev * dev) * count;
    });
    return Math.sqrt(total / this.totalCount);
  }

  valueAtPercentile(percentile) {
    const requested = percentile < 100 ? percentile : 100;
    const countAtPercentile = Math.max(Math.trunc((requested / 100) * this.totalCount + 0.5), 1);
    let value = 0;
    if (this.counts !== null) {
      let running = 0;
      for (let i = 0; i < this.countsLen; i++) {
        running += this.counts[i];
        if (running >= countAtPercentile) {
          value = this.valueAtIndex(i);
          break;
        }
      }
    }
    return percentile === 0 ? this.lowestEquivalent(value) : this.highestEquivalent(value);
  }

  // HdrHistogram's percentile iteration (one tick per half distance): calls
  // fn(percentile, value) with the bucket's lowest value, ending with 100.
  forEachPercentile(fn) {
    const total = this.totalCount;
    let index = -1;
    let count = 0;
    let cumulative = 0;
    let value = 0;
    let next = 0; // the percentile to report next
    let seenLast = false;
    const advance = () => {
      if (cumulative >= total) return false;
      index++;
      if (index >= this.countsLen) return false;
      count = this.counts[index];
      cumulative += count;
      value = this.valueAtIndex(index);
      return true;
    };
    for (;;) {
      if (cumulative >= total) {
        if (seenLast) return;
        seenLast = true;
        fn(100, value);
        continue;
      }
      if (index === -1 && !advance()) return;
      let reported = false;
      do {
        const current = (100 * cumulative) / total;
        if (count !== 0 && next <= current) {
          fn(next, value);
          const halves = Math.trunc(Math.log(100 / (100 - next)) / Math.log(2)) + 1;
          next += 100 / 2 ** halves;
          reported = true;
          break;
        }
      } while (advance());
      if (!reported) return;
    }
  }

  // Adds every bucket of `other` (by its lowest value); returns how many
  // values did not fit.
  add(other) {
    let dropped = 0;
    other.forEachBucket((value, count) => {
      if (!this.recordValues(value, count)) dropped += count;
    });
    return dropped;
  }
}

// What a histogram object holds besides the buckets: node's own counters.
class HistogramHandle {
  constructor(lowest, highest, figures) {
    this.hdr = new HdrHistogram(lowest, highest, figures);
    this.count = 0;
    this.exceeds = 0;
    this.prev = 0;
  }

  record(value) {
    if (this.hdr.recordValues(value, 1)) this.count++;
    else this.exceeds++;
  }

  // Records the nanoseconds since the previous call (nothing the first time).
  recordDelta() {
    const [sec, nsec] = binding.hrtime();
    const time = sec * 1e9 + nsec;
    let delta = 0;
    if (this.prev > 0) {
      delta = time - this.prev;
      this.record(delta);
    }
    this.prev = time;
    return delta;
  }

  reset() {
    this.hdr.reset();
    this.count = 0;
    this.exceeds = 0;
    this.prev = 0;
  }

  add(other) {
    this.count += other.count;
    this.exceeds += other.exceeds;
    if (other.prev > this.prev) this.prev = other.prev;
    this.hdr.add(other.hdr);
  }
}

// --- the histogram classes ------------------------------------------------------------

// node returns its internal SafeMap; inspection shows `SafeMap(n) [Map]`.
class SafeMap extends Map {}

function isHistogram(value) {
  return value !== null && typeof value === 'object' && kHandle in value;
}

function isRecordableHistogram(value) {
  return isHistogram(value) && value[kRecordable] === true;
}

function handleOf(histogram) {
  if (!isHistogram(histogram)) throw new ERR_INVALID_THIS('Histogram');
  return histogram[kHandle];
}

function checkPercentile(percentile) {
  validateNumber(percentile, 'percentile');
  if (Number.isNaN(percentile) || percentile <= 0 || percentile > 100) {
    throw new ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', percentile);
  }
}

const minNumber = (hdr) => {
  const min = hdr.min();
  return min === null ? Number(INT64_MAX) : min;
};

class Histogram {
  constructor(token = undefined) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get count() { return handleOf(this).count; }

  get countBigInt() { return BigInt(handleOf(this).count); }

  get min() { return minNumber(handleOf(this).hdr); }

  get minBigInt() {
    const min = handleOf(this).hdr.min();
    return min === null ? INT64_MAX : BigInt(min);
  }

  get max() { return handleOf(this).hdr.max(); }

  get maxBigInt() { return BigInt(handleOf(this).hdr.max()); }

  get mean() { return handleOf(this).hdr.mean(); }

  get exceeds() { return handleOf(this).exceeds; }

  get exceedsBigInt() { return BigInt(handleOf(this).exceeds); }

  get stddev() { return handleOf(this).hdr.stddev(); }

  percentile(percentile) {
    const handle = handleOf(this);
    checkPercentile(percentile);
    return handle.hdr.valueAtPercentile(percentile);
  }

  percentileBigInt(percentile) {
    const handle = handleOf(this);
    checkPercentile(percentile);
    return BigInt(handle.hdr.valueAtPercentile(percentile));
  }

  // The same Map each time, refilled.
  get percentiles() {
    const handle = handleOf(this);
    const map = this[kMap];
    map.clear();
    handle.hdr.forEachPercentile((p, value) => map.set(p, value));
    return map;
  }

  get percentilesBigInt() {
    const handle = handleOf(this);
    const map = this[kMap];
    map.clear();
    handle.hdr.forEachPercentile((p, value) => map.set(p, BigInt(value)));
    return map;
  }

  reset() {
    handleOf(this).reset();
  }

  toJSON() {
    return {
      count: this.count,
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      percentiles: Object.fromEntries(this.percentiles),
    };
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    const fn = typeof inspect === 'function' ? inspect : require('internal/inspect').inspect;
    return `Histogram ${fn({
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      count: this.count,
      percentiles: this.percentiles,
    }, opts)}`;
  }
}

class RecordableHistogram extends Histogram {
  constructor(token = undefined) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(kConstruct);
  }

  record(val) {
    if (!isRecordableHistogram(this)) throw new ERR_INVALID_THIS('RecordableHistogram');
    if (typeof val === 'bigint') {
      if (val < 1n || val > INT64_MAX) {
        const err = new RangeError('value is out of range');
        err.code = 'ERR_OUT_OF_RANGE';
        throw err;
      }
      // Values past 2^53 are beyond any histogram's range here.
      if (val > BigInt(Number.MAX_SAFE_INTEGER)) this[kHandle].exceeds++;
      else this[kHandle].record(Number(val));
      return;
    }
    validateInteger(val, 'val', 1);
    this[kHandle].record(val);
  }

  recordDelta() {
    if (!isRecordableHistogram(this)) throw new ERR_INVALID_THIS('RecordableHistogram');
    this[kHandle].recordDelta();
  }

  add(other) {
    if (!isRecordableHistogram(this)) throw new ERR_INVALID_THIS('RecordableHistogram');
    if (!isRecordableHistogram(other)) {
      throw new ERR_INVALID_ARG_TYPE('other', 'RecordableHistogram', other);
    }
    this[kHandle].add(other[kHandle]);
  }
}

// Own properties as node's instances have them (constructor included).
function initHistogram(histogram, handle, recordable, constructor) {
  Object.defineProperty(histogram, 'constructor', {
    value: constructor, writable: true, enumerable: true, configurable: true,
  });
  histogram[kRecordable] = recordable;
  histogram[kMap] = new SafeMap();
  histogram[kHandle] = handle;
  return histogram;
}

function createHistogram(options = {}) {
  validateObject(options, 'options');
  const {
    lowest = 1,
    highest = Number.MAX_SAFE_INTEGER,
    figures = 3,
  } = options;
  if (typeof lowest !== 'bigint') validateInteger(lowest, 'options.lowest', 1, Number.MAX_SAFE_INTEGER);
  if (typeof highest !== 'bigint') {
    validateInteger(highest, 'options.highest', 2 * lowest, Number.MAX_SAFE_INTEGER);
  } else if (highest < 2n * BigInt(lowest)) {
    const err = new RangeError(new ERR_INVALID_ARG_VALUE('options.highest', highest).message);
    err.code = 'ERR_INVALID_ARG_VALUE';
    throw err;
  }
  validateInteger(figures, 'options.figures', 1, 5);
  // Ranges past 2^53 are cut there.
  const top = Math.min(Number(highest), Number.MAX_SAFE_INTEGER);
  const handle = new HistogramHandle(Number(lowest), top, figures);
  return initHistogram(new RecordableHistogram(kConstruct), handle, true, RecordableHistogram);
}

// --- monitorEventLoopDelay ----------------------------------------------------------------

// Samples the loop every `resolution` ms with an unref'd interval timer and
// records the nanoseconds between samples: a blocked loop shows as long ones.
class ELDHistogram extends Histogram {
  constructor(token = undefined) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(kConstruct);
  }

  enable() {
    if (!isHistogram(this) || !(kEnabled in this)) throw new ERR_INVALID_THIS('ELDHistogram');
    if (this[kEnabled].timer !== null) return false;
    const handle = this[kHandle];
    handle.prev = 0;
    handle.recordDelta();
    const timer = require('internal/timers').setInterval(() => handle.recordDelta(), this[kEnabled].resolution);
    timer.unref();
    this[kEnabled].timer = timer;
    return true;
  }

  disable() {
    if (!isHistogram(this) || !(kEnabled in this)) throw new ERR_INVALID_THIS('ELDHistogram');
    const state = this[kEnabled];
    if (state.timer === null) return false;
    require('internal/timers').clearInterval(state.timer);
    state.timer = null;
    return true;
  }
}

function monitorEventLoopDelay(options = {}) {
  validateObject(options, 'options');
  const { resolution = 10 } = options;
  validateInteger(resolution, 'options.resolution', 1);
  const histogram = new ELDHistogram(kConstruct);
  initHistogram(histogram, new HistogramHandle(1, Number.MAX_SAFE_INTEGER, 3), false, ELDHistogram);
  Object.defineProperty(histogram, kEnabled, { value: { resolution, timer: null } });
  return histogram;
}

perf.setHistogramCheck(isRecordableHistogram);

module.exports = {
  Performance: perf.Performance,
  PerformanceEntry: perf.PerformanceEntry,
  PerformanceMark: perf.PerformanceMark,
  PerformanceMeasure: perf.PerformanceMeasure,
  monitorEventLoopDelay,
  createHistogram,
  performance: perf.performance,
  constants: {
    NODE_PERFORMANCE_GC_MAJOR: 4,
    NODE_PERFORMANCE_GC_MINOR: 1,
    NODE_PERFORMANCE_GC_INCREMENTAL: 8,
    NODE_PERFORMANCE_GC_WEAKCB: 16,
    NODE_PERFORMANCE_GC_FLAGS_NO: 0,
    NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
    NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
    NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
    NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
    NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
    NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
  },
};
