// util.inspect of Map and Set iterators (entries previewed without advancing
// them) and of generator objects.
'use strict';
const { inspect } = require('util');

function show(value, options) {
  console.log(options === undefined ? inspect(value) : inspect(value, options));
}

const map = new Map([['a', 1], ['b', { nested: [1, 2] }]]);
const set = new Set([1, 'two', [3]]);

show(map.entries());
show(map.keys());
show(map.values());
show(map[Symbol.iterator]());
show(set.values());
show(set.keys());
show(set.entries());
show(new Map().entries());
show(new Set().values());

// Iterators are not advanced by inspection.
const it = map.keys();
it.next();
show(it);
show(it.next());
show(it);
show([...it]);

const big = new Set(Array.from({ length: 120 }, (_, i) => i));
show(big.values());
show(big.values(), { maxArrayLength: 3 });
show(new Map([[1, 2], [3, 4], [5, 6]]).entries(), { maxArrayLength: 2 });
show({ nested: { it: map.entries() } });
show({ a: { b: { it: map.entries() } } });
const withKey = set.values();
withKey.extra = 1;
show(withKey);

// Generator objects.
function* gen() { yield 1; }
show(gen());
async function* agen() { yield 1; }
show(agen());
