// 'beforeExit' fires when the loop empties; new work from it runs and it fires again.
'use strict';
const assert = require('assert');
let rounds = 0;
process.on('beforeExit', (code) => {
  rounds++;
  console.log('beforeExit', rounds, 'code', code);
  if (rounds === 1) {
    setTimeout(() => console.log('timer added by beforeExit'), 1);
  } else if (rounds === 2) {
    // A microtask alone does not keep the loop alive: no third beforeExit.
    Promise.resolve().then(() => console.log('microtask from second beforeExit'));
  }
});
setTimeout(() => console.log('main timer'), 1);
console.log('main done');

process.on('exit', (code) => {
  console.log('exit', code, 'rounds', rounds);
  assert.strictEqual(rounds, 2);
});
