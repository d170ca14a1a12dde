// util.inspect of objects that contain themselves: "<ref *n>" on the object
// and "[Circular *n]" where it recurs.
'use strict';
const { inspect } = require('util');

function show(value, options) {
  console.log(options === undefined ? inspect(value) : inspect(value, options));
}

const self = { name: 'self' };
self.me = self;
show(self);

const arr = [1];
arr.push(arr);
show(arr);

const a = { name: 'a' };
const b = { name: 'b', a };
a.b = b;
show(a);
show([a, b]);

const two = { x: {}, y: {} };
two.x.loop = two.x;
two.y.loop = two.y;
two.y.top = two;
show(two);

const map = new Map();
map.set('self', map);
map.set(map, 'key');
show(map);

const set = new Set();
set.add(set);
show(set);

const deep = { level1: { level2: {} } };
deep.level1.level2.back = deep;
show(deep);
show(deep, { depth: 0 });
show(deep, { compact: true });
show(deep, { compact: false });

const shared = { s: 1 };
show({ first: shared, second: shared });

function fn() {}
fn.self = fn;
show(fn);

class Node {
  constructor(value) {
    this.value = value;
    this.next = null;
  }
}
const n1 = new Node(1);
const n2 = new Node(2);
n1.next = n2;
n2.next = n1;
show(n1);

const err = new Error('loop');
Object.defineProperty(err, 'stack', { value: 'Error: loop', configurable: true });
err.self = err;
show(err);

const multi = {};
const m1 = { multi };
const m2 = { multi };
multi.m1 = m1;
multi.m2 = m2;
m1.m1 = m1;
show(multi);
show([multi, m1]);
