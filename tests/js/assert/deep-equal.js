// Which values are deepEqual (loose) and deepStrictEqual, both directions.
'use strict';
const assert = require('assert');
const util = require('util');

const passes = (fn, a, b) => {
  try {
    fn(a, b);
    return 1;
  } catch (e) {
    if (!(e instanceof assert.AssertionError)) throw e;
    return 0;
  }
};

const sym = Symbol('s');
const cyclic = () => { const o = { a: 1 }; o.self = o; return o; };
const unrolled = { a: 1, self: { a: 1 } };
unrolled.self.self = unrolled;
const arrayCycle = () => { const a = [1]; a.push(a); return a; };
const withProp = (arr, key, value) => Object.assign(arr, { [key]: value });
const args = function () { return arguments; };
class Foo { constructor() { this.a = 1; } }

const cases = {
  'numbers': [1, 1], 'number/string': [1, '1'], 'zeros': [0, -0], 'NaN': [NaN, NaN], 'null/undefined': [null, undefined],
  'true/1': [true, 1], 'bigint/number': [1n, 1],
  'objects': [{ a: 1 }, { a: 1 }], 'loose values': [{ a: 1 }, { a: '1' }], 'undefined key': [{ a: 1 }, { a: 1, b: undefined }],
  'arrays': [[1, 2], [1, 2]], 'order': [[1, 2], [2, 1]], 'array/object': [[1], { 0: 1 }], 'array-like': [[1, 2], { 0: 1, 1: 2, length: 2 }],
  'class/plain': [new Foo(), { a: 1 }], 'null proto': [Object.create(null), {}],
  'cycles': [cyclic(), cyclic()], 'unrolled cycle': [cyclic(), unrolled], 'array cycles': [arrayCycle(), arrayCycle()],
  'holes': [[1, , 3], [1, undefined, 3]], 'holes both': [[1, , 3], [1, , 3]],
  'array props': [withProp([1], 'x', 1), withProp([1], 'x', 2)], 'array symbol': [withProp([1], sym, 1), [1]],
  'symbol keys': [{ [sym]: 1 }, { [sym]: 2 }], 'symbol key missing': [{ [sym]: 1 }, {}],
  'errors': [new Error('a'), new Error('a')], 'error messages': [new Error('a'), new Error('b')],
  'error classes': [new Error('a'), new TypeError('a')], 'error props': [Object.assign(new Error('a'), { code: 1 }), new Error('a')],
  'error causes': [new Error('a', { cause: 1 }), new Error('a', { cause: 2 })], 'error cause missing': [new Error('a', { cause: 1 }), new Error('a')],
  'aggregate': [new AggregateError([1], 'm'), new AggregateError([2], 'm')],
  'dates': [new Date(0), new Date(0)], 'different dates': [new Date(0), new Date(1)], 'date props': [withProp(new Date(0), 'x', 1), new Date(0)],
  'regexps': [/a/g, /a/g], 'regexp flags': [/a/g, /a/i], 'regexp lastIndex': [Object.assign(/a/g, { lastIndex: 2 }), /a/g],
  'boxed numbers': [new Number(1), new Number(1)], 'boxed NaN': [new Number(NaN), new Number(NaN)], 'boxed zeros': [new Number(0), new Number(-0)],
  'boxed strings': [new String('a'), new String('a')], 'boxed/primitive': [new String('a'), 'a'], 'boxed kinds': [new Number(1), new String('1')],
  'boxed symbols': [Object(sym), Object(sym)], 'boxed bigint': [Object(1n), Object(1n)],
  'sets': [new Set([1, 2]), new Set([2, 1])], 'loose set': [new Set([1]), new Set(['1'])], 'set true/1': [new Set([1]), new Set([true])],
  'set objects': [new Set([{ a: 1 }, { a: 2 }]), new Set([{ a: 2 }, { a: 1 }])], 'set null/undefined': [new Set([null]), new Set([undefined])],
  'set NaN': [new Set([NaN]), new Set([NaN])], 'set mixed': [new Set([1, '1']), new Set([1, 1n])], 'set nested loose': [new Set([[1]]), new Set([['1']])],
  'maps': [new Map([[1, 'a']]), new Map([[1, 'a']])], 'loose map keys': [new Map([[1, 'a']]), new Map([['1', 'a']])],
  'map object keys': [new Map([[{ k: 1 }, 'a']]), new Map([[{ k: 1 }, 'a']])], 'map object values': [new Map([[{ k: 1 }, 'a']]), new Map([[{ k: 1 }, 'b']])],
  'map null/undefined': [new Map([[undefined, 1]]), new Map([[null, 1]])], 'map loose values': [new Map([[1, 1]]), new Map([[1, '1']])],
  'map swapped': [new Map([['1', 1], [1, 2]]), new Map([[1, 1], ['1', 2]])],
  'typed arrays': [new Uint8Array([1, 2]), new Uint8Array([1, 2])], 'typed kinds': [new Uint8Array([1]), new Int8Array([1])],
  'float zeros': [new Float64Array([0]), new Float64Array([-0])], 'float NaN': [new Float64Array([NaN]), new Float64Array([NaN])],
  'typed props': [withProp(new Uint8Array(2), 'x', 1), new Uint8Array(2)], 'buffers': [new ArrayBuffer(2), new ArrayBuffer(2)],
  'buffer sizes': [new ArrayBuffer(2), new ArrayBuffer(3)], 'dataviews': [new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2))],
  'functions': [() => {}, () => {}], 'same function': [Math.max, Math.max], 'array/empty object': [[], {}], 'map/set': [new Map(), new Set()],
  'arguments/array': [args(1), [1]], 'arguments/object': [args(1), { 0: 1 }], 'weakmaps': [new WeakMap(), new WeakMap()],
  'promises': [Promise.resolve(), Promise.resolve()], 'inherited keys': [Object.assign(Object.create({ x: 1 }), { a: 1 }), { a: 1 }],
  'deep nesting': [{ a: [1, { b: new Map([[1, new Set([2])]]) }] }, { a: [1, { b: new Map([[1, new Set([2])]]) }] }],
  'deep loose': [[1, [2, [3]]], [1, [2, ['3']]]], 'valueOf': [{ valueOf() { return 1; } }, 1],
  'non-enumerable': [Object.defineProperty({}, 'x', { value: 1 }), {}],
};

for (const [label, [a, b]] of Object.entries(cases)) {
  const row = [
    passes(assert.deepEqual, a, b), passes(assert.deepEqual, b, a),
    passes(assert.deepStrictEqual, a, b), passes(assert.deepStrictEqual, b, a),
    passes(assert.notDeepEqual, a, b), passes(assert.notDeepStrictEqual, a, b),
    util.isDeepStrictEqual(a, b) ? 1 : 0,
  ];
  console.log(label.padEnd(22), row.join(' '));
}
