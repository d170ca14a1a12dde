// setInterval repeats until clearInterval; clearing from inside the callback stops it at once.
'use strict';
const assert = require('assert');
let runs = 0;
const handle = setInterval((tag) => {
  runs++;
  console.log(`interval run ${runs} ${tag}`);
  if (runs === 3) {
    clearInterval(handle);
    console.log('cleared after 3 runs');
  }
}, 1, 'arg');

// An interval whose callback clears itself through `this` on the first run.
let selfRuns = 0;
setInterval(function () {
  selfRuns++;
  clearInterval(this);
}, 1);

// clearTimeout and clearInterval are interchangeable in node.
let crossRuns = 0;
const cross = setInterval(() => {
  crossRuns++;
  if (crossRuns === 2) clearTimeout(cross);
}, 1);

process.on('exit', () => {
  console.log('runs', runs, 'selfRuns', selfRuns, 'crossRuns', crossRuns);
  assert.strictEqual(runs, 3);
  assert.strictEqual(selfRuns, 1);
  assert.strictEqual(crossRuns, 2);
});
