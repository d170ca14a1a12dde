// Inside an fs callback, setImmediate always runs before setTimeout(0); ticks and microtasks first.
'use strict';
const assert = require('assert');
const fs = require('fs');
const trace = [];
const log = (s) => { trace.push(s); console.log(s); };

fs.readFile(__filename, (err, data) => {
  assert.ifError(err);
  log('readFile done: ' + (data.length > 0));
  setTimeout(() => log('timeout 0'), 0);
  setImmediate(() => log('immediate'));
  Promise.resolve().then(() => log('promise'));
  process.nextTick(() => log('tick'));
  queueMicrotask(() => log('microtask'));
  log('callback end');
});

process.on('exit', () => {
  assert.deepStrictEqual(trace, [
    'readFile done: true', 'callback end', 'tick', 'promise', 'microtask', 'immediate', 'timeout 0',
  ]);
});
