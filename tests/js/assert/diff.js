// The `+ actual - expected` diffs of deepStrictEqual and strictEqual.
'use strict';
const assert = require('assert');

function show(label, actual, expected, fn = assert.deepStrictEqual) {
  try {
    fn(actual, expected);
    console.log(`--- ${label}: passed`);
  } catch (e) {
    console.log(`--- ${label}:\n${e.message}`);
  }
}

const range = (n, f = (i) => i) => Array.from({ length: n }, (_, i) => f(i));

show('flat objects', { a: 1, b: 2, c: 3 }, { a: 1, b: 3, c: 3 });
show('nested', { a: 1, b: { c: [1, 2], d: 'x' } }, { a: 1, b: { c: [1, 3], d: 'x' } });
show('extra key', { a: 1, b: 2 }, { a: 1 });
show('missing key', { a: 1 }, { a: 1, b: 2 });
show('array longer', [1, 2, 3], [1, 2]);
show('array shorter', [1, 2], [1, 2, 3]);
show('one change in ten', range(10), range(10, (i) => (i === 6 ? 0 : i)));
show('one change in a hundred', range(100), range(100, (i) => (i === 50 ? -1 : i)));
show('everything differs', range(60), range(60, (i) => -i - 1));
show('identical text', { a: Symbol('s') }, { a: Symbol('s') });
show('long strings', 'hello world, this is long', 'hello world, this is lung');
show('different types', 5, { a: 1 });
show('map', new Map([[1, 'a'], [2, 'b']]), new Map([[1, 'a'], [2, 'c']]));
show('set', new Set([1, 2, 3]), new Set([1, 2, 4]));
show('errors', new Error('one'), new Error('two'));
show('same errors different cause', new Error('x', { cause: 1 }), new Error('x', { cause: 2 }));
show('prototype', Object.create(null), {});
show('dates', new Date(0), new Date(1000));
show('sorted keys', { b: 1, a: 2 }, { a: 2, b: 2 });
show('multiline string', 'line 1\nline 2\nline 3', 'line 1\nline two\nline 3');
show('trailing lines', { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 }, { a: 0, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 });
show('class instance', new (class Point { constructor() { this.x = 1; } })(), { x: 1 });
show('strictEqual objects', { a: [1, 2, 3] }, { a: [1, 2, 3] }, assert.strictEqual);
show('strictEqual arrays', [1, 2, 3, 4], [1, 2, 3, 5], assert.strictEqual);
show('strictEqual long', 'x'.repeat(50), `${'x'.repeat(49)}y`, assert.strictEqual);
show('strictEqual very long', 'x'.repeat(100), `${'x'.repeat(99)}y`, assert.strictEqual);
