// console.table of arrays of objects, column filters, primitives and non-tabular values.
console.table([{ a: 1, b: 'Y' }, { a: 'Z', b: 2 }]);
console.table([{ name: 'x', n: 1 }, { name: 'y', extra: true }], ['name']);
console.table([[1, 2], [3, 4, 5]]);
console.table({ row1: { c: 1 }, row2: { c: 2 } });
console.table([1, 'two', { three: 3 }]);
console.table('not tabular');
console.table([]);
