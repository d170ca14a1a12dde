'use strict';
// 'error' events, validation errors and the max-listeners warning.
const EventEmitter = require('events');

function attempt(label, fn) {
  try {
    const value = fn();
    console.log(label, 'ok', typeof value);
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

const ee = new EventEmitter();
attempt('error Error', () => ee.emit('error', new RangeError('bad')));
attempt('error string', () => ee.emit('error', 'text'));
attempt('error object', () => ee.emit('error', { a: 1 }));
attempt('error number', () => ee.emit('error', 42));
attempt('error nothing', () => ee.emit('error'));
try { ee.emit('error', 'ctx'); } catch (err) { console.log('context', err.context); }
const original = new Error('same');
try { ee.emit('error', original); } catch (err) { console.log('same object', err === original); }

// With an 'error' listener nothing is thrown.
const ee2 = new EventEmitter();
ee2.on('error', (err) => console.log('handled', err.message));
console.log('emit returns', ee2.emit('error', new Error('caught')));

// errorMonitor sees errors first and does not count as a handler.
const ee3 = new EventEmitter();
ee3.on(EventEmitter.errorMonitor, (err) => console.log('monitor', err.message));
attempt('monitored', () => ee3.emit('error', new Error('watched')));
ee3.on('error', () => console.log('listener after monitor'));
ee3.emit('error', new Error('both'));

// Validation.
attempt('on non-function', () => ee.on('x', 'nope'));
attempt('once non-function', () => ee.once('x', null));
attempt('prepend non-function', () => ee.prependListener('x', 1));
attempt('prependOnce non-function', () => ee.prependOnceListener('x', {}));
attempt('remove non-function', () => ee.removeListener('x', 1));
attempt('setMaxListeners -1', () => ee.setMaxListeners(-1));
attempt('setMaxListeners NaN', () => ee.setMaxListeners(NaN));
attempt('setMaxListeners string', () => ee.setMaxListeners('1'));
attempt('defaultMaxListeners -1', () => { EventEmitter.defaultMaxListeners = -1; });
attempt('defaultMaxListeners string', () => { EventEmitter.defaultMaxListeners = 'x'; });
attempt('captureRejections option', () => new EventEmitter({ captureRejections: 'yes' }));
attempt('captureRejections static', () => { EventEmitter.captureRejections = 1; });
attempt('static setMaxListeners', () => EventEmitter.setMaxListeners(-2));
attempt('static setMaxListeners target', () => EventEmitter.setMaxListeners(1, {}));
attempt('getMaxListeners', () => EventEmitter.getMaxListeners({}));
attempt('getEventListeners', () => EventEmitter.getEventListeners({}, 'x'));

// MaxListenersExceededWarning, once per event name.
process.on('warning', (w) => {
  console.log('warning', w.name, w.message, w.emitter === target, String(w.type), w.count, w instanceof Error);
});
const target = new EventEmitter();
for (let i = 0; i < 12; i++) target.on('leak', () => {});
target.setMaxListeners(1);
target.on('other', () => {});
target.on('other', () => {});
const sym = Symbol('symbolic');
target.setMaxListeners(0);
for (let i = 0; i < 20; i++) target.on(sym, () => {});
target.setMaxListeners(2);
target.on(sym, () => {});
class Named extends EventEmitter {}
const named = new Named();
named.setMaxListeners(1);
named.on('n', () => {});
named.on('n', () => {});
console.log('sync done');
