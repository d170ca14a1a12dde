// util.types: which predicates hold for assorted values (the brand checks
// behind util.inspect).
'use strict';
const { types } = require('util');

function* generator() {}
async function* asyncGenerator() {}

const values = {
  object: {},
  array: [],
  method() {},
  arrow: () => {},
  asyncArrow: async () => {},
  asyncNamed: async function named() {},
  generator,
  asyncGenerator,
  generatorObject: generator(),
  asyncGeneratorObject: asyncGenerator(),
  map: new Map(),
  set: new Set(),
  weakMap: new WeakMap(),
  weakSet: new WeakSet(),
  mapIterator: new Map().keys(),
  setIterator: new Set().values(),
  arrayIterator: [].values(),
  date: new Date(),
  regexp: /x/,
  regexpPrototype: RegExp.prototype,
  error: new Error(),
  typeError: new TypeError(),
  errorLike: Object.create(Error.prototype),
  promise: Promise.resolve(),
  promiseLike: Object.create(Promise.prototype),
  thenable: { then() {} },
  arrayBuffer: new ArrayBuffer(1),
  dataView: new DataView(new ArrayBuffer(1)),
  uint8: new Uint8Array(1),
  uint8Clamped: new Uint8ClampedArray(1),
  int16: new Int16Array(1),
  uint32: new Uint32Array(1),
  float32: new Float32Array(1),
  float64: new Float64Array(1),
  bigInt64: new BigInt64Array(1),
  bigUint64: new BigUint64Array(1),
  number: new Number(1),
  string: new String('s'),
  boolean: new Boolean(true),
  bigint: Object(1n),
  symbol: Object(Symbol('s')),
  primitive: 1,
  primitiveString: 's',
  nullValue: null,
  args: (function () { return arguments; })(),
  proxy: new Proxy({}, {}),
  proxyOfMap: new Proxy(new Map(), {}),
  nullPrototype: Object.create(null),
  klass: class A {},
  boundAsync: (async () => {}).bind(null),
  asyncGeneratorMethod: { async *m() {} }.m,
  asyncMethod: { async m() {} }.m,
  methodNamedAsync: { async() {} }.async,
  generatorMethod: { *m() {} }.m,
  mapWithNullPrototype: Object.setPrototypeOf(new Map(), null),
  dateWithObjectPrototype: Object.setPrototypeOf(new Date(), Object.prototype),
  frozenPromise: Object.freeze(Promise.resolve()),
};
if (typeof SharedArrayBuffer === 'function') values.sharedArrayBuffer = new SharedArrayBuffer(1);

for (const [name, value] of Object.entries(values)) {
  const holds = Object.keys(types).filter((predicate) => types[predicate](value));
  console.log(`${name}: ${holds.join(' ')}`);
}
console.log(Object.keys(types).join(' '));
