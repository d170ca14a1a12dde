'use strict';
// The `performance` global (also perf_hooks.performance) and the User
// Timing entries: PerformanceEntry, PerformanceMark, PerformanceMeasure and
// the PerformanceNodeTiming of `performance.nodeTiming`.
//
// Times are milliseconds on the isolate's monotonic clock (`binding.now()`),
// which starts with the isolate; `timeOrigin` is the wall-clock time of
// that start. Marks and measures are kept in two buffers until cleared.
//
// Event loop figures come from two optional ops: `loopStartTime()` (when the
// loop first ran, on the now() clock, -1 before) and `loopIdleTime()` (ms
// spent waiting for events so far). Without them the loop is taken to have
// started with the isolate and never to have idled.
//
// Not provided: PerformanceObserver (so timerify's 'function' entries go
// nowhere), resource timing entries (markResourceTiming), and the
// buffer-size warning node prints past a million entries.

const binding = require('internal/binding');
const { EventTarget } = require('internal/event-target');
const { codes } = require('internal/errors');
const {
  validateFunction,
  validateNumber,
  validateObject,
  validateString,
} = require('internal/validators');

const {
  ERR_ILLEGAL_CONSTRUCTOR,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_MISSING_ARGS,
  ERR_PERFORMANCE_INVALID_TIMESTAMP,
  ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS,
} = codes;

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kConstruct = Symbol('kConstruct'); // lets the module build what users cannot
const kName = Symbol('PerformanceEntry.Name');
const kEntryType = Symbol('PerformanceEntry.EntryType');
const kStartTime = Symbol('PerformanceEntry.StartTime');
const kDuration = Symbol('PerformanceEntry.Duration');
const kDetail = Symbol('kDetail');
const kPerformanceBrand = Symbol('performance');
const kBufferFullHandler = Symbol('onresourcetimingbufferfull');

const timeOrigin = Date.now() - binding.now();

function now() {
  return binding.now();
}

function loopStartTime() {
  return typeof binding.loopStartTime === 'function' ? binding.loopStartTime() : 0;
}

function loopIdleTime() {
  return typeof binding.loopIdleTime === 'function' ? binding.loopIdleTime() : 0;
}

// `this` must carry the given internal field (node's validateInternalField).
function checkThis(object, field, className) {
  if (object === null || typeof object !== 'object' || !(field in object)) {
    throw new ERR_INVALID_ARG_TYPE('this', className, object);
  }
}

// `Name { ...fields }` for util.inspect, one level shallower than the entry.
function inspectAs(name, fields, depth, options, inspect) {
  if (depth < 0) return this; // eslint-disable-line no-invalid-this
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  const fn = typeof inspect === 'function' ? inspect : require('internal/inspect').inspect;
  return `${name} ${fn(fields, opts)}`;
}

function defineToStringTag(proto, tag) {
  Object.defineProperty(proto, Symbol.toStringTag, {
    value: tag, writable: false, enumerable: false, configurable: true,
  });
}

function makeEnumerable(proto, names) {
  for (const name of names) Object.defineProperty(proto, name, { enumerable: true });
}

// --- details are structured clones ------------------------------------------------

function dataCloneError(value) {
  const { DOMException } = require('internal/dom-exception');
  const text = typeof value === 'symbol' ? value.toString() : String(value);
  return new DOMException(`${text} could not be cloned.`, 'DataCloneError');
}

// A copy of `value` as structuredClone makes it. The global is used when the
// runtime has one; the fallback covers plain data (objects, arrays, Maps,
// Sets, Dates, RegExps, errors, typed arrays) and keeps cycles.
function cloneDetail(value) {
  if (typeof globalThis.structuredClone === 'function') return globalThis.structuredClone(value);
  const seen = new Map();
  const copy = (v) => {
    if (typeof v === 'function' || typeof v === 'symbol') throw dataCloneError(v);
    if (v === null || typeof v !== 'object') return v;
    if (seen.has(v)) return seen.get(v);
    let out;
    if (Array.isArray(v)) {
      out = new Array(v.length);
      seen.set(v, out);
      for (const key of Object.keys(v)) out[key] = copy(v[key]);
      return out;
    }
    if (v instanceof Date) out = new Date(v.getTime());
    else if (v instanceof RegExp) out = new RegExp(v.source, v.flags);
    else if (ArrayBuffer.isView(v)) out = v.slice ? v.slice() : new DataView(v.buffer.slice(0));
    else if (v instanceof ArrayBuffer) out = v.slice(0);
    else if (v instanceof Boolean || v instanceof Number || v instanceof String) out = Object(v.valueOf());
    if (out !== undefined) {
      seen.set(v, out);
      return out;
    }
    if (v instanceof Map) {
      out = new Map();
      seen.set(v, out);
      for (const [k, val] of v) out.set(copy(k), copy(val));
      return out;
    }
    if (v instanceof Set) {
      out = new Set();
      seen.set(v, out);
      for (const k of v) out.add(copy(k));
      return out;
    }
    if (v instanceof Error) {
      out = new Error(v.message);
      seen.set(v, out);
      for (const key of ['name', 'stack']) {
        if (typeof v[key] === 'string') {
          Object.defineProperty(out, key, { value: v[key], writable: true, configurable: true });
        }
      }
      return out;
    }
    const tag = Object.prototype.toString.call(v);
    if (tag !== '[object Object]' || typeof v.then === 'function') throw dataCloneError(v);
    out = {};
    seen.set(v, out);
    for (const key of Object.keys(v)) out[key] = copy(v[key]);
    return out;
  };
  return copy(value);
}

// --- entries ----------------------------------------------------------------------

class PerformanceEntry {
  constructor(token = undefined, name = undefined, type = undefined, start = undefined, duration = undefined) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kName] = name;
    this[kEntryType] = type;
    this[kStartTime] = start;
    this[kDuration] = duration;
  }

  get name() {
    checkThis(this, kName, 'PerformanceEntry');
    return this[kName];
  }

  get entryType() {
    checkThis(this, kEntryType, 'PerformanceEntry');
    return this[kEntryType];
  }

  get startTime() {
    checkThis(this, kStartTime, 'PerformanceEntry');
    return this[kStartTime];
  }

  get duration() {
    checkThis(this, kDuration, 'PerformanceEntry');
    return this[kDuration];
  }

  [kInspect](depth, options, inspect) {
    return Reflect.apply(inspectAs, this, [this.constructor.name, this.toJSON(), depth, options, inspect]);
  }

  toJSON() {
    checkThis(this, kName, 'PerformanceEntry');
    return {
      name: this[kName],
      entryType: this[kEntryType],
      startTime: this[kStartTime],
      duration: this[kDuration],
    };
  }
}
makeEnumerable(PerformanceEntry.prototype, ['name', 'entryType', 'startTime', 'duration', 'toJSON']);
defineToStringTag(PerformanceEntry.prototype, 'PerformanceEntry');

// Named marks' times, for measure(); node's own milestones can be named too.
const markTimes = new Map();
const nodeTimingNames = new Set(['nodeStart', 'v8Start', 'environment', 'loopStart', 'loopExit', 'bootstrapComplete']);

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (options != null) validateObject(options, 'options');
    const startTime = options?.startTime ?? now();
    validateNumber(startTime, 'startTime');
    if (startTime < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(startTime);
    markTimes.set(name, startTime);
    const detail = options?.detail;
    super(kConstruct, name, 'mark', startTime, 0);
    this[kDetail] = detail != null ? cloneDetail(detail) : null;
  }

  get detail() {
    checkThis(this, kDetail, 'PerformanceMark');
    return this[kDetail];
  }

  toJSON() {
    return { ...super.toJSON(), detail: this[kDetail] };
  }
}
makeEnumerable(PerformanceMark.prototype, ['detail']);
defineToStringTag(PerformanceMark.prototype, 'PerformanceMark');

class PerformanceMeasure extends PerformanceEntry {
  constructor(token = undefined, name = undefined, start = undefined, duration = undefined, detail = undefined) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(kConstruct, name, 'measure', start, duration);
    this[kDetail] = detail;
  }

  get detail() {
    checkThis(this, kDetail, 'PerformanceMeasure');
    return this[kDetail];
  }

  toJSON() {
    return { ...super.toJSON(), detail: this[kDetail] };
  }
}
makeEnumerable(PerformanceMeasure.prototype, ['detail']);
defineToStringTag(PerformanceMeasure.prototype, 'PerformanceMeasure');

// --- performance.nodeTiming ------------------------------------------------------------

// spindle has no separate V8/environment/bootstrap milestones: they are all
// the isolate's start (0). loopExit stays -1 while the process runs.
class PerformanceNodeTiming {
  constructor(token = undefined) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    const value = (v) => ({ enumerable: true, configurable: true, value: v });
    const getter = (get) => ({ enumerable: true, configurable: true, get });
    Object.defineProperties(this, {
      name: value('node'),
      entryType: value('node'),
      startTime: value(0),
      duration: getter(() => now()),
      nodeStart: getter(() => 0),
      v8Start: getter(() => 0),
      environment: getter(() => 0),
      loopStart: getter(() => loopStartTime()),
      loopExit: getter(() => -1),
      bootstrapComplete: getter(() => 0),
      idleTime: getter(() => loopIdleTime()),
    });
  }

  [kInspect](depth, options, inspect) {
    return Reflect.apply(inspectAs, this, ['PerformanceNodeTiming', this.toJSON(), depth, options, inspect]);
  }

  toJSON() {
    return {
      name: 'node',
      entryType: 'node',
      startTime: this.startTime,
      duration: this.duration,
      nodeStart: this.nodeStart,
      v8Start: this.v8Start,
      bootstrapComplete: this.bootstrapComplete,
      environment: this.environment,
      loopStart: this.loopStart,
      loopExit: this.loopExit,
      idleTime: this.idleTime,
    };
  }
}
Object.setPrototypeOf(PerformanceNodeTiming.prototype, PerformanceEntry.prototype);
defineToStringTag(PerformanceNodeTiming.prototype, 'PerformanceNodeTiming');

let nodeTiming = null;
function getNodeTiming() {
  if (nodeTiming === null) nodeTiming = new PerformanceNodeTiming(kConstruct);
  return nodeTiming;
}

// --- user timing ----------------------------------------------------------------------

const markBuffer = [];
const measureBuffer = [];

// A time given to measure(): a number is a timestamp, anything else names
// a mark (or one of nodeTiming's milestones).
function markTime(name) {
  if (name === undefined) return undefined;
  if (typeof name === 'number') {
    if (name < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(name);
    return name;
  }
  name = `${name}`;
  if (nodeTimingNames.has(name)) return getNodeTiming()[name];
  const time = markTimes.get(name);
  if (time === undefined) {
    const { DOMException } = require('internal/dom-exception');
    throw new DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
  }
  return time;
}

// measure(name, startMark, endMark) or measure(name, { start, end, duration, detail }).
function startAndDuration(startOrOptions, endMark) {
  if (startOrOptions === null ||
      (typeof startOrOptions === 'object' && Object.keys(startOrOptions).length === 0)) {
    startOrOptions = undefined;
  }
  let start;
  let end;
  let duration;
  let usesOptions = false;
  if (typeof startOrOptions === 'object') {
    ({ start, end, duration } = startOrOptions);
    usesOptions = start !== undefined || end !== undefined;
  }
  if (usesOptions) {
    if (endMark !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('endMark must not be specified');
    }
    if (start !== undefined && end !== undefined && duration !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS(
        'Must not have options.start, options.end, and options.duration specified');
    }
  }

  if (endMark !== undefined) end = markTime(endMark);
  else if (usesOptions && end !== undefined) end = markTime(end);
  else if (usesOptions && start !== undefined && duration !== undefined) end = markTime(start) + markTime(duration);
  else end = now();

  if (typeof startOrOptions === 'string') start = markTime(startOrOptions);
  else if (usesOptions && start !== undefined) start = markTime(start);
  else if (usesOptions && duration !== undefined && end !== undefined) start = end - markTime(duration);
  else start = 0;

  return { start, duration: end - start };
}

function clearBuffer(buffer, name) {
  if (name === undefined) {
    buffer.length = 0;
    return;
  }
  let kept = 0;
  for (const entry of buffer) if (entry[kName] !== name) buffer[kept++] = entry;
  buffer.length = kept;
}

// Entries of the given type (all types when undefined) and name (any when
// undefined), ordered by startTime; marks come before measures on ties.
function bufferedEntries(name, type) {
  let list;
  if (type === 'mark') list = markBuffer.slice();
  else if (type === 'measure') list = measureBuffer.slice();
  else if (type === 'resource') list = [];
  else if (type !== undefined) return [];
  else list = markBuffer.concat(measureBuffer);
  if (name !== undefined) list = list.filter((entry) => entry[kName] === name);
  return list.sort((a, b) => (a[kStartTime] < b[kStartTime] ? -1 : a[kStartTime] > b[kStartTime] ? 1 : 0));
}

// --- eventLoopUtilization and timerify -------------------------------------------------

function eventLoopUtilization(util1, util2) {
  const start = loopStartTime();
  if (start < 0) return { idle: 0, active: 0, utilization: 0 };
  if (util2) {
    const idle = util1.idle - util2.idle;
    const active = util1.active - util2.active;
    return { idle, active, utilization: active / (idle + active) };
  }
  const idle = loopIdleTime();
  const active = now() - start - idle;
  if (!util1) return { idle, active, utilization: active / (idle + active) };
  const idleDelta = idle - util1.idle;
  const activeDelta = active - util1.active;
  return { idle: idleDelta, active: activeDelta, utilization: activeDelta / (idleDelta + activeDelta) };
}

// perf_hooks registers its brand check; until it loads no histogram exists.
let isRecordableHistogram = () => false;
function setHistogramCheck(check) {
  isRecordableHistogram = check;
}

function isConstructor(fn) {
  try {
    Reflect.construct(String, [], fn);
    return true;
  } catch {
    return false;
  }
}

// Wraps `fn` to time each call (promises: until they settle) into
// options.histogram, in nanoseconds.
function timerify(fn, options = {}) {
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  const { histogram } = options;
  if (histogram !== undefined && !isRecordableHistogram(histogram)) {
    throw new ERR_INVALID_ARG_TYPE('options.histogram', 'RecordableHistogram', histogram);
  }
  const constructs = isConstructor(fn);
  const complete = (start) => {
    if (histogram !== undefined) histogram.record(Math.max(1, Math.ceil((now() - start) * 1e6)));
  };
  function timerified(...args) {
    const start = now();
    const result = new.target !== undefined ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
    if (!constructs && typeof result?.finally === 'function') return result.finally(() => complete(start));
    complete(start);
    return result;
  }
  Object.defineProperties(timerified, {
    length: { configurable: false, enumerable: true, value: fn.length },
    name: { configurable: false, enumerable: true, value: `timerified ${fn.name}` },
  });
  return timerified;
}

// --- Performance ------------------------------------------------------------------------

class Performance extends EventTarget {
  constructor(token = undefined) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    Object.defineProperty(this, kPerformanceBrand, { value: true });
    this[kBufferFullHandler] = null;
  }

  clearMarks(name = undefined) {
    checkThis(this, kPerformanceBrand, 'Performance');
    if (name !== undefined) {
      name = `${name}`;
      if (nodeTimingNames.has(name)) throw new ERR_INVALID_ARG_VALUE('name', name);
      markTimes.delete(name);
    } else {
      markTimes.clear();
    }
    clearBuffer(markBuffer, name);
  }

  clearMeasures(name = undefined) {
    checkThis(this, kPerformanceBrand, 'Performance');
    if (name !== undefined) name = `${name}`;
    clearBuffer(measureBuffer, name);
  }

  clearResourceTimings(name = undefined) {
    checkThis(this, kPerformanceBrand, 'Performance');
    void name; // there are no resource entries
  }

  getEntries() {
    checkThis(this, kPerformanceBrand, 'Performance');
    return bufferedEntries(undefined, undefined);
  }

  getEntriesByName(name) {
    checkThis(this, kPerformanceBrand, 'Performance');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    const type = arguments[1];
    return bufferedEntries(`${name}`, type === undefined ? undefined : `${type}`);
  }

  getEntriesByType(type) {
    checkThis(this, kPerformanceBrand, 'Performance');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    return bufferedEntries(undefined, `${type}`);
  }

  mark(name) {
    checkThis(this, kPerformanceBrand, 'Performance');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    const entry = new PerformanceMark(name, arguments[1]);
    markBuffer.push(entry);
    return entry;
  }

  measure(name) {
    checkThis(this, kPerformanceBrand, 'Performance');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    const [, startOrOptions, endMark] = arguments;
    validateString(name, 'name');
    const { start, duration } = startAndDuration(startOrOptions, endMark);
    const detail = startOrOptions?.detail;
    const entry = new PerformanceMeasure(kConstruct, name, start, duration,
      detail != null ? cloneDetail(detail) : null);
    measureBuffer.push(entry);
    return entry;
  }

  now() {
    checkThis(this, kPerformanceBrand, 'Performance');
    return now();
  }

  setResourceTimingBufferSize(maxSize) {
    checkThis(this, kPerformanceBrand, 'Performance');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('maxSize');
    void maxSize; // no resource entries are ever buffered
  }

  get timeOrigin() {
    checkThis(this, kPerformanceBrand, 'Performance');
    return timeOrigin;
  }

  toJSON() {
    checkThis(this, kPerformanceBrand, 'Performance');
    return {
      nodeTiming: this.nodeTiming,
      timeOrigin: this.timeOrigin,
      eventLoopUtilization: this.eventLoopUtilization(),
    };
  }

  eventLoopUtilization(util1, util2) {
    return eventLoopUtilization(util1, util2);
  }

  get nodeTiming() {
    return getNodeTiming();
  }

  timerify(fn) {
    return timerify(fn, arguments[1]);
  }

  get onresourcetimingbufferfull() {
    return this[kBufferFullHandler];
  }

  set onresourcetimingbufferfull(handler) {
    this[kBufferFullHandler] = handler;
  }

  [kInspect](depth, options, inspect) {
    return Reflect.apply(inspectAs, this, ['Performance', {
      nodeTiming: this.nodeTiming,
      timeOrigin: this.timeOrigin,
      eventLoopUtilization: this.eventLoopUtilization(),
    }, depth, options, inspect]);
  }
}
makeEnumerable(Performance.prototype, [
  'clearMarks', 'clearMeasures', 'clearResourceTimings', 'getEntries', 'getEntriesByName',
  'getEntriesByType', 'mark', 'measure', 'now', 'setResourceTimingBufferSize', 'timeOrigin',
  'toJSON', 'onresourcetimingbufferfull',
]);
defineToStringTag(Performance.prototype, 'Performance');

const performance = new Performance(kConstruct);

module.exports = {
  performance,
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  eventLoopUtilization,
  timerify,
  now,
  setHistogramCheck,
};
