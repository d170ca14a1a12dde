// worker_threads lists its exports in node's order, and events' statics
// (some made on first read) are what node's are, before and after use.
const assert = require('assert');
const workerThreads = require('worker_threads');
console.log(Object.keys(workerThreads).join(' '));
console.log(typeof workerThreads.BroadcastChannel, workerThreads.BroadcastChannel.name);

const events = require('events');
console.log(Object.keys(events).join(' '));
for (const name of ['once', 'on', 'getEventListeners', 'getMaxListeners', 'addAbortListener']) {
  const fn = events[name];
  assert.strictEqual(fn, events[name], `${name} is the same function on every read`);
  assert.strictEqual(fn, events.EventEmitter[name]);
  console.log(name, typeof fn, fn.name, fn.length, Object.getPrototypeOf(fn).constructor.name);
  const desc = Object.getOwnPropertyDescriptor(events, name);
  console.log(' after read:', 'value' in desc, desc.enumerable, desc.writable, desc.configurable);
}
const emitter = new events.EventEmitter();
emitter.on('x', () => {});
console.log(events.getEventListeners(emitter, 'x').length, events.getMaxListeners(emitter));
try {
  events.getMaxListeners({});
} catch (err) {
  console.log(err.name, err.code);
}
