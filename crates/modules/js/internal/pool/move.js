'use strict';
// `Pool.move()` and the Transferable protocol piscina defines: an object
// with `[transferable]` (what to put in the transfer list) and `[valueOf]`
// (what to send). The symbols are piscina's registered ones, so objects
// made for piscina work here unchanged.

const kTransferable = Symbol.for('Piscina.transferable');
const kValue = Symbol.for('Piscina.valueOf');
const kQueueOptions = Symbol.for('Piscina.queueOptions');
const kMovable = Symbol('spindle.pool.movable');

function isTransferable(value) {
  return value !== null && typeof value === 'object' && kTransferable in value && kValue in value;
}

function isMovable(value) {
  return isTransferable(value) && value[kMovable] === true;
}

class Moved {
  constructor(value, transfer) {
    this.value = value;
    this.transfer = transfer;
  }

  get [kTransferable]() { return this.transfer; }

  get [kValue]() { return this.value; }
}

/**
 * Marks `value` to be moved, not copied, when it is a task's input or a
 * result: an ArrayBuffer, a view (its buffer moves), a MessagePort, or a
 * Transferable object.
 */
function move(value) {
  if (value === null || typeof value !== 'object') return value;
  if (!isTransferable(value)) {
    value = ArrayBuffer.isView(value) ? new Moved(value, value.buffer) : new Moved(value, value);
  }
  Object.defineProperty(value, kMovable, { value: true, enumerable: false, configurable: true, writable: true });
  return value;
}

/** `[value, transferList]` for a value that may have been moved. */
function unwrap(value, transferList) {
  if (!isMovable(value)) return [value, transferList];
  const extra = value[kTransferable];
  return [value[kValue], (transferList || []).concat(extra)];
}

/**
 * True for a value that can cross threads as it is, without structured
 * clone: a number, boolean, null, undefined, or a short well-formed string.
 */
function isPlain(value) {
  const type = typeof value;
  return type === 'number' || type === 'boolean' || value == null ||
    (type === 'string' && value.length <= 4096 && value.isWellFormed());
}

module.exports = { move, unwrap, isMovable, isPlain, kTransferable, kValue, kQueueOptions };
