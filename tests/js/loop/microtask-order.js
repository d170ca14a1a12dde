// Order of sync code, process.nextTick, Promise.then and queueMicrotask in one turn.
'use strict';
const assert = require('assert');
const trace = [];
const log = (s) => { trace.push(s); console.log(s); };

log('sync start');
Promise.resolve().then(() => log('promise 1'));
queueMicrotask(() => log('microtask 1'));
process.nextTick(() => log('tick 1'));
Promise.resolve().then(() => log('promise 2'));
process.nextTick(() => log('tick 2'));
queueMicrotask(() => log('microtask 2'));
log('sync end');

process.on('exit', () => {
  assert.deepStrictEqual(trace, [
    'sync start', 'sync end',
    'tick 1', 'tick 2',
    'promise 1', 'microtask 1', 'promise 2', 'microtask 2',
  ]);
});
