// 'exit' listeners get process.exitCode, run in order, cannot schedule work, and may reset exitCode.
'use strict';
const assert = require('assert');
console.log('exitCode initially', process.exitCode);
process.exitCode = 7;
console.log('exitCode set', process.exitCode);
process.on('exit', (code) => {
  console.log('listener 1 code', code, 'exitCode', process.exitCode);
  setTimeout(() => console.log('timer from exit must not run'), 0);
  setImmediate(() => console.log('immediate from exit must not run'));
  process.nextTick(() => console.log('tick from exit must not run'));
  // Reset so the test process ends with 0.
  process.exitCode = 0;
});
process.on('exit', function (code) {
  console.log('listener 2 code', code, 'this is process', this === process);
  assert.strictEqual(code, 7);
});
