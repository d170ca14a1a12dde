'use strict';
// Timers and immediates. Timers live in a binary heap ordered by
// (expiry, insertion order); after each change the earliest expiry and
// whether any timer is ref'd are reported to the event loop.

const binding = require('internal/binding');
const { runTicks } = require('internal/process/ticks');

const TIMEOUT_MAX = 2 ** 31 - 1;
let nextId = 1;
let seq = 0;
let refedCount = 0;
const heap = [];
let reported = { next: -1, refed: false };

function less(a, b) {
  return a._expiry < b._expiry || (a._expiry === b._expiry && a._seq < b._seq);
}

function swap(i, j) {
  const t = heap[i];
  heap[i] = heap[j];
  heap[j] = t;
  heap[i]._heapIndex = i;
  heap[j]._heapIndex = j;
}

function siftUp(i) {
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!less(heap[i], heap[parent])) break;
    swap(i, parent);
    i = parent;
  }
}

function siftDown(i) {
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let m = i;
    if (l < heap.length && less(heap[l], heap[m])) m = l;
    if (r < heap.length && less(heap[r], heap[m])) m = r;
    if (m === i) return;
    swap(i, m);
    i = m;
  }
}

function heapInsert(t) {
  t._heapIndex = heap.length;
  heap.push(t);
  siftUp(heap.length - 1);
}

function heapRemove(t) {
  const i = t._heapIndex;
  if (i < 0) return;
  const last = heap.pop();
  if (i < heap.length) {
    heap[i] = last;
    last._heapIndex = i;
    siftUp(i);
    siftDown(last._heapIndex);
  }
  t._heapIndex = -1;
}

function report() {
  const next = heap.length ? heap[0]._expiry : -1;
  const refed = refedCount > 0;
  if (next !== reported.next || refed !== reported.refed) {
    reported = { next, refed };
    binding.timerState(next, refed);
  }
}

function normalizeDelay(after) {
  after = Number(after);
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX) {
      require('internal/process/object').current().emitWarning(
        `${after} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.`,
        'TimeoutOverflowWarning');
    }
    after = 1;
  }
  return after;
}

class Timeout {
  constructor(callback, after, args, isRepeat) {
    this._idleTimeout = normalizeDelay(after);
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? this._idleTimeout : null;
    this._destroyed = false;
    this._refed = true;
    this._heapIndex = -1;
    this._id = nextId++;
    refedCount++;
    this._schedule();
  }

  _schedule() {
    this._expiry = Math.floor(binding.now()) + this._idleTimeout;
    this._seq = seq++;
    heapInsert(this);
    report();
  }

  refresh() {
    if (this._destroyed) return this;
    heapRemove(this);
    this._schedule();
    return this;
  }

  ref() {
    if (!this._refed) {
      this._refed = true;
      if (!this._destroyed) refedCount++;
      report();
    }
    return this;
  }

  unref() {
    if (this._refed) {
      this._refed = false;
      if (!this._destroyed) refedCount--;
      report();
    }
    return this;
  }

  hasRef() {
    return this._refed;
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    knownById.set(this._id, this);
    return this._id;
  }
}

const knownById = new Map();

function destroy(timer) {
  if (timer._destroyed) return;
  timer._destroyed = true;
  if (timer._refed) refedCount--;
  heapRemove(timer);
  knownById.delete(timer._id);
  report();
}

function validateCallback(callback) {
  if (typeof callback !== 'function') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
}

function setTimeout(callback, after, ...args) {
  validateCallback(callback);
  return new Timeout(callback, after, args, false);
}

function setInterval(callback, repeat, ...args) {
  validateCallback(callback);
  return new Timeout(callback, repeat, args, true);
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    destroy(timer);
  } else if (typeof timer === 'number' || typeof timer === 'string') {
    const t = knownById.get(Number(timer));
    if (t) destroy(t);
  }
}

/** Called by the loop when the earliest timer is due. */
function processTimers(now) {
  while (heap.length && heap[0]._expiry <= now) {
    const timer = heap[0];
    heapRemove(timer);
    if (timer._repeat !== null) {
      timer._expiry = Math.floor(now) + timer._repeat;
    }
    let threw = true;
    try {
      const args = timer._timerArgs;
      if (args.length === 0) timer._onTimeout();
      else timer._onTimeout(...args);
      threw = false;
    } finally {
      if (timer._repeat !== null && !timer._destroyed && timer._heapIndex === -1) {
        timer._expiry = Math.max(timer._expiry, Math.floor(binding.now()) + (threw ? timer._repeat : 0));
        timer._seq = seq++;
        heapInsert(timer);
      } else if (timer._heapIndex === -1) {
        destroy(timer);
      }
      report();
    }
    runTicks();
  }
  report();
}

// Immediates: a FIFO; those queued while running the queue wait for the
// next loop turn, as in node.
class Immediate {
  constructor(callback, args) {
    this._onImmediate = callback;
    this._args = args;
    this._refed = true;
    this._destroyed = false;
    immediateRefed++;
  }

  ref() {
    if (!this._refed) {
      this._refed = true;
      if (!this._destroyed) immediateRefed++;
      reportImmediates();
    }
    return this;
  }

  unref() {
    if (this._refed) {
      this._refed = false;
      if (!this._destroyed) immediateRefed--;
      reportImmediates();
    }
    return this;
  }

  hasRef() {
    return this._refed;
  }
}

let immediates = [];
let immediateRefed = 0;
let immediatesReported = [false, false];

function reportImmediates() {
  const pending = immediates.length > 0;
  const refed = immediateRefed > 0;
  if (pending !== immediatesReported[0] || refed !== immediatesReported[1]) {
    immediatesReported = [pending, refed];
    binding.immediateState(pending, refed);
  }
}

function setImmediate(callback, ...args) {
  validateCallback(callback);
  const im = new Immediate(callback, args);
  immediates.push(im);
  reportImmediates();
  return im;
}

function clearImmediate(im) {
  if (!im || im._destroyed || !(im instanceof Immediate)) return;
  im._destroyed = true;
  if (im._refed) immediateRefed--;
  const i = immediates.indexOf(im);
  if (i !== -1) immediates.splice(i, 1);
  reportImmediates();
}

function processImmediates() {
  const batch = immediates;
  immediates = [];
  reportImmediates();
  for (let i = 0; i < batch.length; i++) {
    const im = batch[i];
    if (im._destroyed) continue;
    im._destroyed = true;
    if (im._refed) immediateRefed--;
    try {
      const args = im._args;
      if (args.length === 0) im._onImmediate();
      else im._onImmediate(...args);
    } catch (err) {
      // Keep the rest of this batch for the next turn, as node does.
      immediates = batch.slice(i + 1).concat(immediates);
      reportImmediates();
      throw err;
    }
    runTicks();
  }
  reportImmediates();
}

module.exports = {
  setTimeout, setInterval, clearTimeout, clearInterval: clearTimeout,
  setImmediate, clearImmediate, processTimers, processImmediates, Timeout, Immediate,
};
