// Clearing timers and immediates from inside other callbacks, including ones already due.
'use strict';
const assert = require('assert');
const trace = [];
// Immediates and timers from the main module race, so the trace is printed per kind at exit.
const log = (s) => { trace.push(s); };

let b = null;
let c = null;
setTimeout(() => {
  log('A runs, clears B and C');
  clearTimeout(b);
  clearTimeout(c);
}, 5);
b = setTimeout(() => log('B must not run'), 5); // same list, already due when A runs
c = setTimeout(() => log('C must not run'), 10);
setTimeout(() => log('D runs'), 5);

let imm2 = null;
setImmediate(() => {
  log('immediate 1 runs, clears immediate 2');
  clearImmediate(imm2);
});
imm2 = setImmediate(() => log('immediate 2 must not run'));
setImmediate(() => log('immediate 3 runs'));

// Clearing nothing is harmless.
clearTimeout(undefined);
clearTimeout(null);
clearTimeout({});
clearInterval(12345678);
clearImmediate(undefined);

// Clearing a timer that already fired is a no-op.
const done = setTimeout(() => {
  log('E runs');
  clearTimeout(done);
}, 1);

process.on('exit', () => {
  console.log(trace.filter((s) => s.startsWith('imm')).join('\n'));
  console.log(trace.filter((s) => !s.startsWith('imm')).join('\n'));
  assert.deepStrictEqual(trace.filter((s) => s.startsWith('imm')), [
    'immediate 1 runs, clears immediate 2', 'immediate 3 runs',
  ]);
  assert.deepStrictEqual(trace.filter((s) => !s.startsWith('imm')), [
    'E runs', 'A runs, clears B and C', 'D runs',
  ]);
});
