// A Timeout converts to a number id that clearTimeout accepts; ids are distinct.
'use strict';
const assert = require('assert');
const t1 = setTimeout(() => { throw new Error('t1 must not run'); }, 10);
const t2 = setTimeout(() => console.log('t2 runs'), 1);
const id1 = t1[Symbol.toPrimitive]();
const id2 = +t2;
console.log('typeof timer', typeof t1);
console.log('typeof id', typeof id1, typeof id2);
console.log('integer ids', Number.isInteger(id1), Number.isInteger(id2));
console.log('ids distinct', id1 !== id2);
console.log('same id on repeat', t1[Symbol.toPrimitive]() === id1, `${t1}` === String(id1));
clearTimeout(id1);

// Interval cleared by its numeric id.
let runs = 0;
const iv = setInterval(() => {
  runs++;
  clearInterval(+iv);
}, 1);

// An object key made from a timer uses the id.
const table = { [t2]: 'by id' };
console.log('key lookup', table[id2]);

process.on('exit', () => {
  console.log('interval runs', runs);
  assert.strictEqual(runs, 1);
});
