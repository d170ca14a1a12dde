'use strict';
// BroadcastChannel: a port (see internal/worker/ports.js) joined to every
// other channel of the same name in the process, in any thread. Loaded on
// first use.

const binding = require('internal/binding');
const EventEmitter = require('events');
const {
  kId, kStarted, kRefed, kHolding, kClosed, kDetached, kHandlers, kOnReady, live, errors,
  updateHold, takeStock, deliverQueued, defineMessageHandlers,
} = require('internal/worker/ports');

/** A BroadcastChannel method called on something else. */
function checkBroadcast(self) {
  if (!(self instanceof BroadcastChannel)) throw new (errors().ERR_INVALID_THIS)('BroadcastChannel');
}

class BroadcastChannel extends EventEmitter {
  constructor(name) {
    if (arguments.length === 0) throw new (errors().ERR_MISSING_ARGS)('name');
    super();
    this.name = `${name}`;
    this[kId] = binding.broadcastJoin(this.name);
    this[kStarted] = false;
    this[kRefed] = true;
    this[kHolding] = false;
    this[kClosed] = false;
    this[kDetached] = false;
    this[kHandlers] = null;
    live.set(this[kId], this);
    this.on('newListener', (type) => {
      if (type === 'message' && !this[kStarted]) {
        this[kStarted] = true;
        updateHold(this);
        binding.portNotify(this[kId]);
      }
    });
  }

  postMessage(message) {
    checkBroadcast(this);
    if (arguments.length === 0) throw new (errors().ERR_MISSING_ARGS)('message');
    if (this[kClosed]) {
      const { DOMException } = require('internal/dom-exception');
      throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    }
    binding.broadcastPost(this[kId], message, undefined);
  }

  close() {
    checkBroadcast(this);
    if (this[kClosed]) return;
    this[kClosed] = true;
    updateHold(this);
    live.delete(this[kId]);
    binding.portClose(this[kId]);
    binding.portForget(this[kId]);
  }

  ref() { checkBroadcast(this); this[kRefed] = true; updateHold(this); return this; }
  unref() { checkBroadcast(this); this[kRefed] = false; updateHold(this); return this; }

  [kOnReady]() {
    const [queued] = takeStock(this[kId]);
    deliverQueued(this, queued, () => !this[kClosed] && this[kStarted]);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    return `BroadcastChannel ${inspect({ name: this.name, active: !this[kClosed] }, options)}`;
  }
}

defineMessageHandlers(BroadcastChannel);

module.exports = { BroadcastChannel };
