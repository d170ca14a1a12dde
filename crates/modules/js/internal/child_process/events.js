'use strict';
// Routes what the child-process threads post (the `onChild` hook, see
// crates/modules/src/child_process/mod.rs for the shapes) to the object
// registered for the process or stream id, then runs the nextTick queue
// and promise jobs as after any other callback from the event loop.

const { runTicks } = require('internal/process/ticks');

const targets = new Map();

const DATA = 1;
const END = 2;
const WRITE_DONE = 3;
const EXIT = 4;

function register(id, target) {
  targets.set(id, target);
}

function unregister(id) {
  targets.delete(id);
}

function onEvent(kind, id, a, b) {
  const target = targets.get(id);
  if (target !== undefined) {
    switch (kind) {
      case DATA: target._onData(a); break;
      case END: target._onEnd(a); break;
      case WRITE_DONE: target._onWriteDone(a, b); break;
      case EXIT: targets.delete(id); target._onExit(a, b); break;
    }
  }
  runTicks();
}

module.exports = { register, unregister, onEvent };
