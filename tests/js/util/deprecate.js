// util.deprecate: the wrapper behaves like the function and warns once
// (once per code across wrappers).
'use strict';
const util = require('util');

process.on('warning', (w) => console.log('warning', w.name, w.code, JSON.stringify(w.message)));

function sum(a, b) { return a + b; }
const dep = util.deprecate(sum, 'sum() is deprecated', 'DEP_SPINDLE_1');
console.log('result', dep(1, 2), dep(3, 4));
const again = util.deprecate(sum, 'second wrapper, same code', 'DEP_SPINDLE_1');
console.log('result 2', again(5, 6));
const noCode = util.deprecate(() => 'x', 'no code');
console.log('no code', noCode(), noCode());

class Base {
  constructor(v) { this.v = v; }
}
const DepBase = util.deprecate(Base, 'Base is deprecated', 'DEP_SPINDLE_2');
const inst = new DepBase(9);
console.log('construct', inst.v, inst instanceof Base, inst instanceof DepBase, Object.getPrototypeOf(DepBase) === Base);
console.log('sync so far');
