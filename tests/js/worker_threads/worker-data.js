'use strict';
// workerData is a structured clone: nested values, Map, Set, Date, typed
// arrays, BigInt, cycles and shared references arrive; the parent's copy is
// untouched; values that cannot be cloned make the constructor throw.
const assert = require('assert');
const path = require('path');
const { Worker } = require('worker_threads');

const shared = { shared: true };
const data = {
  map: new Map([['k', { deep: 'yes' }], [1, 2]]),
  set: new Set([1, 'two', 3n]),
  date: new Date(Date.UTC(2020, 1, 29, 12, 0, 0)),
  u8: new Uint8Array([1, 2, 255]),
  f64: new Float64Array([0.5, -1.25]),
  big: 12345678901234567890n,
  negZero: -0,
  nan: NaN,
  undef: undefined,
  re: /a+b/gi,
  nested: [1, 'x', [true, [null]]],
  a: shared,
  b: shared,
};
data.self = data;

const w = new Worker(path.join(__dirname, 'fixtures', 'reflect-data.js'), { workerData: data });
data.u8[0] = 99; // after the constructor: the worker already has its copy
w.on('message', ({ facts, echo }) => {
  for (const [k, v] of Object.entries(facts)) console.log(k, JSON.stringify(v));
  console.log('echo is a new object', echo !== data, 'cycle kept', echo.self === echo,
    'shared kept', echo.a === echo.b, 'u8', Array.from(echo.u8));
  assert.deepStrictEqual([...echo.map.keys()], ['k', 1]);
});
w.on('exit', (code) => {
  console.log('exit', code);
  for (const [label, value] of [
    ['function', { f() {} }],
    ['symbol', Symbol('s')],
    ['weakmap', new WeakMap()],
  ]) {
    try {
      new Worker('', { eval: true, workerData: value });
      console.log(label, 'no throw');
    } catch (err) {
      console.log(label, err.name, err.code, err.message);
    }
  }
  // Primitive workerData, and none at all.
  const w2 = new Worker('require("worker_threads").parentPort.postMessage([require("worker_threads").workerData])',
    { eval: true });
  w2.on('message', (m) => console.log('no workerData', JSON.stringify(m), m[0]));
});
