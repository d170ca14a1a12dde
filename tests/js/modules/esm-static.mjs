// Static imports of an .mjs file and of CommonJS files (default plus statically detected named exports).
import assert from 'node:assert';
import lib, { answer, double, counter, increment } from './fixtures/esm-lib.mjs';
import * as ns from './fixtures/esm-lib.mjs';
import named, { foo, bar, baz } from './fixtures/cjs-named.cjs';
import objectDefault, { a, b } from './fixtures/cjs-object.cjs';
import * as dynNs from './fixtures/cjs-dynamic.cjs';
import greet from './fixtures/common.cjs';

console.log('esm default', lib.kind);
console.log('esm named', answer, double(21));
console.log('live binding', counter, (increment(), counter), ns.counter);
console.log('namespace keys', Object.keys(ns).join(','));
console.log('namespace tag', Object.prototype.toString.call(ns), Object.isFrozen(ns), Object.getPrototypeOf(ns));
console.log('cjs named', foo, bar(), baz, named.foo === foo);
console.log('cjs object', a, b, objectDefault.a === a);
console.log('cjs computed keys', Object.keys(dynNs).join(','), dynNs.default.hidden1);
console.log('cjs function default', typeof greet, greet('esm'));
assert.throws(() => { ns.answer = 1; }, TypeError);
