// util.inspect of Map, Set, WeakMap, WeakSet.
'use strict';
const { inspect } = require('util');

function show(value, options) {
  console.log(options === undefined ? inspect(value) : inspect(value, options));
}

show(new Map());
show(new Set());
show(new Map([[1, 'one'], ['two', 2], [{ k: 1 }, [1, 2]]]));
show(new Set([1, 'two', { three: 3 }, [4]]));
show(new Map([[new Map([[1, 2]]), new Set([3])]]));
show(new Set([new Set([new Set([new Set([1])])])]));
show({ m: new Map([['a', { b: { c: 1 } }]]) });
show(new Map([['key', 'x'.repeat(70)]]));
show(new Set(Array.from({ length: 30 }, (_, i) => i)));
show(new Map(Array.from({ length: 10 }, (_, i) => [i, `v${i}`])));
show(new Set(Array.from({ length: 120 }, (_, i) => i)));
show(new Set([1, 2, 3, 4, 5]), { maxArrayLength: 2 });
show(new Set([1, 2, 3]), { maxArrayLength: 0 });
show(new Map([[1, 2], [3, 4], [5, 6]]), { maxArrayLength: 1 });
show(new Map([[1, 2], [3, 4]]), { maxArrayLength: 1 });
show(new Map([[1, { a: 1 }]]), { depth: 0 });
show({ a: new Set([1]) }, { depth: 0 });
show([new Map()], { depth: 0 });

// Extra properties and subclasses.
const mapWithKey = new Map([[1, 2]]);
mapWithKey.extra = true;
show(mapWithKey);
const emptySetWithKey = new Set();
emptySetWithKey.extra = true;
show(emptySetWithKey);
class MyMap extends Map {}
class MySet extends Set {}
show(new MyMap([[1, 2]]));
show(new MySet([1]));
show(new MyMap());
show(Object.setPrototypeOf(new Map([[1, 2]]), null));
show(Object.setPrototypeOf(new Set([1]), null));
show(Object.setPrototypeOf(new Set(), null));
const taggedSet = new Set([1]);
Object.defineProperty(taggedSet, Symbol.toStringTag, { value: 'Special' });
show(taggedSet);

// Weak collections do not show their entries.
const key = {};
show(new WeakMap([[key, 1]]));
show(new WeakSet([key]));
show(new WeakMap());
show({ wm: new WeakMap(), ws: new WeakSet() });
const weakWithKey = new WeakMap();
weakWithKey.note = 'n';
show(weakWithKey);
class MyWeakMap extends WeakMap {}
show(new MyWeakMap());
show(new WeakMap(), { depth: -1 });

// Sorting and compact modes.
show(new Map([['b', 1], ['a', 2]]), { sorted: true });
show(new Set([3, 1, 2]), { sorted: true });
show(new Map([['a', 1], ['b', 2]]), { compact: false });
show(new Set(['a', 'b']), { compact: true, breakLength: 5 });
show(new Map([[{ a: 1 }, { b: 2 }]]), { compact: true, breakLength: 5 });
