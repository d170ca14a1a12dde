'use strict';
// EventEmitter: adding, removing, ordering, once wrappers and introspection.
const assert = require('assert');
const EventEmitter = require('events');

const log = [];
const ee = new EventEmitter();
ee.on('newListener', (name, fn) => log.push(`new:${String(name)}:${fn.name}`));
ee.on('removeListener', (name, fn) => log.push(`remove:${String(name)}:${fn.name}`));

function a(...args) { log.push(`a(${args.join(',')}) this=${this === ee}`); }
function b() { log.push('b'); }
function c() { log.push('c'); }
ee.on('x', a);
ee.addListener('x', b);
ee.prependListener('x', c);
ee.once('x', function onceX() { log.push('onceX'); });
ee.prependOnceListener('x', function firstOnce() { log.push('firstOnce'); });
console.log('emit x', ee.emit('x', 1, 2));
console.log('emit x again', ee.emit('x', 3));
console.log('emit none', ee.emit('nothing'));
console.log(log.join(' | '));
log.length = 0;

console.log('listeners', ee.listeners('x').map((f) => f.name).join(','));
console.log('count', ee.listenerCount('x'), ee.listenerCount('x', a), ee.listenerCount('x', () => {}), ee.listenerCount('none'));
ee.off('x', b);
ee.removeListener('x', function notThere() {});
console.log('after off', ee.listeners('x').map((f) => f.name).join(','));
console.log(log.join(' | '));
log.length = 0;

// Removing while emitting does not affect the current emit.
const ee2 = new EventEmitter();
const second = () => log.push('second');
ee2.on('y', () => { log.push('first'); ee2.removeListener('y', second); ee2.on('y', () => log.push('added')); });
ee2.on('y', second);
ee2.emit('y');
ee2.emit('y');
console.log('during emit', log.join(','));
log.length = 0;

// once wrappers in rawListeners, removal by the original function.
const ee3 = new EventEmitter();
function original() { log.push('original'); }
ee3.once('z', original);
const raw = ee3.rawListeners('z');
console.log('raw', raw.length, raw[0] !== original, raw[0].listener === original, raw[0].name);
console.log('listeners unwrap', ee3.listeners('z')[0] === original);
raw[0]();
console.log('after raw call', ee3.listenerCount('z'), log.join(','));
ee3.once('z', original);
ee3.removeListener('z', original);
console.log('removed by original', ee3.listenerCount('z'));
log.length = 0;

// Same function added twice; removal takes the last one.
const ee4 = new EventEmitter();
ee4.on('d', a);
ee4.on('d', b);
ee4.on('d', a);
ee4.removeListener('d', a);
console.log('dup removal', ee4.listeners('d').map((f) => f.name).join(','));

// eventNames, including symbols; removeAllListeners.
const sym = Symbol('s');
const ee5 = new EventEmitter();
ee5.on('one', a);
ee5.on(sym, b);
ee5.on('two', c);
console.log('names', ee5.eventNames().map(String).join(','));
ee5.removeAllListeners('one');
console.log('names after', ee5.eventNames().map(String).join(','));
ee5.on('removeListener', (n) => log.push(`rm:${String(n)}`));
ee5.on('two', b);
ee5.removeAllListeners();
console.log('removeAll', log.join(','), ee5.eventNames().length, ee5._eventsCount);
log.length = 0;
console.log('remove on empty', new EventEmitter().removeAllListeners('x') instanceof EventEmitter);

// Return values and chaining.
const ee6 = new EventEmitter();
assert.strictEqual(ee6.on('x', a), ee6);
assert.strictEqual(ee6.once('x', a), ee6);
assert.strictEqual(ee6.off('x', a), ee6);
assert.strictEqual(ee6.setMaxListeners(3), ee6);
console.log('max', ee6.getMaxListeners(), new EventEmitter().getMaxListeners());

// Internal layout other code relies on.
const ee7 = new EventEmitter();
console.log('layout', Object.getPrototypeOf(ee7._events), ee7._eventsCount, ee7._maxListeners);
ee7.on('k', a);
console.log('single', typeof ee7._events.k, ee7._eventsCount);
ee7.on('k', b);
console.log('several', Array.isArray(ee7._events.k), ee7._events.k.length);
console.log('own keys', Object.keys(ee7).join(','));

// Inheritance in the old style.
function Legacy() { EventEmitter.call(this); }
Object.setPrototypeOf(Legacy.prototype, EventEmitter.prototype);
const legacy = new Legacy();
legacy.on('q', function () { log.push(`legacy this=${this === legacy}`); });
legacy.emit('q');
class Modern extends EventEmitter {}
const modern = new Modern();
modern.once('q', () => log.push('modern'));
modern.emit('q');
console.log(log.join(','), modern instanceof EventEmitter);

// Listener errors propagate out of emit.
const ee8 = new EventEmitter();
ee8.on('t', () => { throw new TypeError('from listener'); });
try { ee8.emit('t'); } catch (err) { console.log('thrown', err.name, err.message); }

// Prototype shape.
console.log('proto', Object.keys(EventEmitter.prototype).join(','));
console.log('aliases', EventEmitter.prototype.on === EventEmitter.prototype.addListener,
  EventEmitter.prototype.off === EventEmitter.prototype.removeListener,
  EventEmitter.prototype.on.name, EventEmitter.prototype.off.name);
