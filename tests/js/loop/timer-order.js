// Timers with equal delays fire in insertion order; shorter delays first; ticks run between timers.
'use strict';
const assert = require('assert');
const trace = [];
const log = (s) => { trace.push(s); console.log(s); };

setTimeout(() => log('20ms'), 20);
for (const name of ['a', 'b', 'c', 'd']) {
  setTimeout(() => {
    log('5ms ' + name);
    if (name === 'a') {
      process.nextTick(() => log('tick after 5ms a'));
      Promise.resolve().then(() => log('promise after 5ms a'));
    }
  }, 5);
}
setTimeout(() => log('1ms first'), 1);
// 0, undefined, negative and non-numeric delays all mean 1ms.
setTimeout(() => log('0ms'), 0);
setTimeout(() => log('undefined delay'));
setTimeout(() => log('negative delay'), -10);
setTimeout(() => log('NaN delay'), NaN);
setTimeout((x, y) => log(`args ${x} ${y}`), 1, 'x', 'y');

process.on('exit', () => {
  assert.deepStrictEqual(trace, [
    '1ms first', '0ms', 'undefined delay', 'negative delay', 'NaN delay', 'args x y',
    '5ms a', 'tick after 5ms a', 'promise after 5ms a', '5ms b', '5ms c', '5ms d',
    '20ms',
  ]);
});
