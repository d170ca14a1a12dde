// console.log formatting: nested structures, collections, class instances, circular refs, and format specifiers.
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
}
class Empty {}
const circular = { name: 'root', list: [1, 2] };
circular.self = circular;
circular.list.push(circular);

console.log({ a: 1, b: { c: { d: { e: 'deep' } } }, arr: [1, [2, [3, [4, [5]]]]] });
console.log([1, 'two', null, undefined, true, 3n, Symbol('s')]);
console.log(new Map([['k', 1], [{ o: 1 }, [2]]]), new Set([1, 'a', [3]]));
console.log(new Point(1, 2), new Empty(), [new Point(3, 4)]);
console.log(circular);
console.log({ s: 'string in object', q: "it's", nested: ['in array', "with 'quotes'"] });
console.log('top-level string is not quoted', 42, -0, null, undefined);
console.log([undefined, , 3], { fn() {}, arrow: () => 1, cls: Point });
console.log(new Array(5).fill(0).map((_, i) => ({ id: i, label: `item ${i}` })));
console.log(Object.create(null), [], {}, [[]], [{}]);

console.log('%s|%s|%s|%s', 'str', 42, { a: 1 }, [1, 2]);
console.log('%d|%d|%d|%d', 42, '42', 1.5, 'abc');
console.log('%i|%i|%i', 42.9, '-7.2', 'x');
console.log('%f|%f|%f', 1.5, '2.25', 'y');
console.log('%j|%j', { a: [1, 'b'] }, 'str');
console.log('%o', { a: [1, 2], f() {} });
console.log('%O', { a: { b: { c: { d: 1 } } } });
console.log('%c styled %c text', 'color: red', 'font-weight: bold');
console.log('100%% done, %s', 'ok', 'extra', 1);
console.log('%s missing args %d');
console.log('%x unknown specifier', 1);
console.log(1, '%s not first', 2);
