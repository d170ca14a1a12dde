// util.inspect of plain objects and nesting: keys, depth, line breaking at
// breakLength 80, compact levels, getters and setters.
'use strict';
const { inspect } = require('util');

function show(value, options) {
  console.log(options === undefined ? inspect(value) : inspect(value, options));
}

show({});
show({ a: 1 });
show({ a: 1, b: 'two', c: [3], d: { e: null } });
show({ 'a-b': 1, 'with space': 2, '0': 3, '1x': 4, _ok: 5, $no: 6, 'é': 7, "it's": 8, '': 9 });
show({ __proto__: null, x: 1 });
show({ ['__proto__']: 1 });
show({ 'key\nnewline': 1 });
show({ [Symbol('sym')]: 1, [Symbol()]: 2, [Symbol.iterator]: 3, plain: 4 });
show(Object.defineProperty({ visible: 1 }, 'hidden', { value: 2, enumerable: false }));
show(Object.defineProperty({ visible: 1 }, 'hidden', { value: 2, enumerable: false }), { showHidden: true });
show(Object.defineProperty({}, Symbol('hiddenSym'), { value: 3, enumerable: false }), { showHidden: true });
show(Object.defineProperty({}, 'bad key\n', { value: 3, enumerable: false }), { showHidden: true });

// Depth.
const deep = { l1: { l2: { l3: { l4: { l5: 'bottom' } } } } };
show(deep);
show(deep, { depth: 0 });
show(deep, { depth: 1 });
show(deep, { depth: 3 });
show(deep, { depth: Infinity });
show(deep, { depth: null });
show(deep, { depth: -1 });
show({ a: { b: { c: { d: [] } } } });
show({ a: { b: { c: {} } } });
show({ a: { b: { c: [1] } } });
show({ a: { b: { c: new Map([[1, 2]]) } } });
show({ a: { b: { c: { __proto__: null, x: 1 } } } });
show([[[[[1]]]]]);
show([[[[]]]]);

// Line breaking: entries on one line up to 80 columns.
show({ a: 'x'.repeat(20), b: 'y'.repeat(20), c: 'z'.repeat(16) });
show({ a: 'x'.repeat(20), b: 'y'.repeat(20), c: 'z'.repeat(17) });
show({ a: 'x'.repeat(30), b: 'y'.repeat(30) });
show({ alpha: 1, beta: 2, gamma: 3, delta: 4, epsilon: 5, zeta: 6, eta: 7, theta: 8, iota: 9 });
show({ alpha: 1, beta: 2, gamma: 3, delta: 4, epsilon: 5, zeta: 6, eta: 7, theta: 8, iota: 9, kappa: 10 });
show({ outer: { inner: { a: 1, b: 2 }, other: [1, 2, 3] }, second: 'value' });
show({ a: { b: { c: { d: 1 } } } }, { depth: 5 });
show({ a: { b: { c: { d: { e: 1 } } } } }, { depth: 5 });
show({ list: [{ id: 1, name: 'one' }, { id: 2, name: 'two' }, { id: 3, name: 'three' }] });
show({ list: [{ id: 1, name: 'one', tags: ['a', 'b'] }, { id: 2, name: 'two', tags: [] }] });
show({ a: [{ b: { c: 1 } }] });
show([{ a: 1, b: { c: 2 } }, 'text', [1, [2, [3]]]]);

// breakLength and compact.
const wide = { first: 'one', second: 'two', third: { fourth: 4, fifth: [5, 5] } };
show(wide, { breakLength: 20 });
show(wide, { breakLength: Infinity });
show(wide, { compact: false });
show(wide, { compact: true });
show(wide, { compact: 1 });
show(wide, { compact: 0 });
show(deep, { compact: true, depth: 10 });
show(deep, { compact: 1, depth: 10 });
show(deep, { compact: 2, depth: 10 });
show({ a: 1, b: { c: 'x'.repeat(90) } }, { compact: true });
show({ a: 'x'.repeat(50), b: 'y'.repeat(50) }, { compact: true });
show([{ a: 'x'.repeat(50), b: 'y'.repeat(50) }], { compact: true });
show(new Set(['x'.repeat(50), 'y'.repeat(50)]), { compact: true });
show({ a: { b: 'x'.repeat(90) } }, { compact: true, breakLength: 40 });
show({ a: 1, b: 2 }, { breakLength: 3 });

// sorted.
show({ c: 1, a: 2, b: 3 }, { sorted: true });
show({ c: 1, a: 2, b: { z: 1, y: 2 } }, { sorted: true });
show({ c: 1, a: 2, b: 3 }, { sorted: (x, y) => (x < y ? 1 : x > y ? -1 : 0) });
show(new Map([['c', 1], ['a', 2]]), { sorted: true });
show(new Set(['c', 'a', 'b']), { sorted: true });
const arrWithKeys = [3, 1, 2];
arrWithKeys.z = 1;
arrWithKeys.a = 2;
show(arrWithKeys, { sorted: true });

// Getters and setters.
const accessors = {
  get g() { return 1; },
  set s(v) {},
  get gs() { return 'both'; },
  set gs(v) {},
  get obj() { return { nested: true }; },
  get nul() { return null; },
  get thrower() { throw new Error('nope'); },
};
show(accessors);
show(accessors, { getters: true });
show(accessors, { getters: 'get' });
show(accessors, { getters: 'set' });
class WithGetter {
  constructor() { this.own = 1; }
  get computed() { return this.own + 1; }
}
show(new WithGetter());
show(new WithGetter(), { getters: true });
show(Object.defineProperty({}, 'undef', { value: undefined, enumerable: true }));
show(Object.defineProperty({}, 'noattrs', { enumerable: true, get: undefined, set: undefined }));

// Objects with many keys.
const many = {};
for (let i = 0; i < 30; i++) many[`k${i}`] = i;
show(many);
const wideValues = {};
for (let i = 0; i < 5; i++) wideValues[`key${i}`] = 'v'.repeat(i * 10);
show(wideValues);

// Legacy positional arguments: (value, showHidden, depth, colors).
show(deep, false);
console.log(inspect(deep, false, 0));
console.log(inspect(deep, false, 4, false));
console.log(inspect([1, 'a'], false, 2, true));
console.log(inspect(deep, true, null));
