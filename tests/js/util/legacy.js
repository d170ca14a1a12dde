// util.inherits, util._extend, util.isDeepStrictEqual and the legacy
// util.is* type checks node 20 still has.
'use strict';
const util = require('util');
const EventEmitter = require('events');

function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return `${this.name} speaks`; };
function Dog(name) { Animal.call(this, name); }
util.inherits(Dog, Animal);
const d = new Dog('rex');
console.log('inherits', d.speak(), d instanceof Animal, Dog.super_ === Animal,
  Object.keys(Dog).length, Object.getOwnPropertyDescriptor(Dog, 'super_').enumerable);

function Stream() { EventEmitter.call(this); }
util.inherits(Stream, EventEmitter);
console.log('inherits EventEmitter', typeof new Stream().on);

console.log('_extend', JSON.stringify(util._extend({ a: 1, b: 2 }, { b: 3, c: 4 })), JSON.stringify(util._extend({ a: 1 }, null)));

const values = [undefined, null, 0, 'str', true, Symbol.iterator, 1n, [], {}, () => {}, /re/, new Date(0), new Error('e'),
  Object.create(Error.prototype), { [Symbol.toStringTag]: 'Error' }];
const checks = ['isArray', 'isBoolean', 'isNull', 'isNullOrUndefined', 'isNumber', 'isString', 'isSymbol',
  'isUndefined', 'isRegExp', 'isObject', 'isDate', 'isError', 'isFunction', 'isPrimitive'];
for (const name of checks) {
  console.log(name, values.map((v) => (util[name](v) ? 1 : 0)).join(''));
}
console.log('isBuffer', util.isBuffer(Buffer.from('x')), util.isBuffer(new Uint8Array(1)));

const pairs = [
  [1, 1], [0, -0], [NaN, NaN], [1, '1'], [{ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }], [{ a: 1 }, { a: 1, b: undefined }],
  [new Set([1, { x: 1 }]), new Set([{ x: 1 }, 1])], [new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'v']])],
  [[1, , 3], [1, undefined, 3]], [new Date(5), new Date(5)], [/a/g, /a/g], [/a/g, /a/i], [new Number(1), new Number(1)],
  [new Error('x'), new Error('x')], [new Error('x'), new TypeError('x')], [Object.create(null), {}],
];
console.log('isDeepStrictEqual', pairs.map(([a, b]) => (util.isDeepStrictEqual(a, b) ? 1 : 0)).join(''));
