// util.format and util.formatWithOptions: placeholders %s %d %i %f %j %o %O
// %c %%, and the handling of extra arguments.
'use strict';
const { format, formatWithOptions } = require('util');

function show(...args) {
  console.log(JSON.stringify(format(...args)));
}

// No placeholders.
show();
show('plain');
show('a', 'b', 'c');
show(1, 2, 3);
show('x', 1, { a: 1 }, [2], null, undefined, true, 5n, Symbol('s'));
show({ a: 1 }, 'str', 5);
show(undefined);
show(null, 'after null');
show(() => {}, 'fn first');

// %s.
show('%s', 'str');
show('%s', 42);
show('%s', -0);
show('%s', 12345678901234567890n);
show('%s', Symbol('sym'));
show('%s', null);
show('%s', undefined);
show('%s', true);
show('%s', [1, [2, [3]]]);
show('%s', { a: { b: { c: 1 } } });
show('%s', new Map([[1, 2]]));
show('%s', new Set(['a']));
show('%s', new Date(0));
show('%s', function foo() { return 1; });
show('%s', class Q {});
show('%s', Object.create(null));
show('%s', { toString() { return 'custom toString'; } });
show('%s', new (class A { toString() { return 'A!'; } })());
show('%s', new (class B {})());
show('%s', new (class C { constructor() { this.x = 1; } })());
show('%s', Object.create({ toString() { return 'from proto'; } }));
show('%s', { toString: 5 });
show('%s', 'a\nb');
show('%s:%s', 'a');
show('%s %s', 'a', 'b', 'c');
const errForS = new Error('for s');
Object.defineProperty(errForS, 'stack', { value: 'Error: for s\n    at x (y.js:1:1)' });
show('%s', errForS);
show('prefix', errForS);

// %d, %i, %f.
show('%d', 42);
show('%d', '42');
show('%d', '0x10');
show('%d', 1.5);
show('%d', -0);
show('%d', 10n);
show('%d', Symbol('s'));
show('%d', {});
show('%d', '');
show('%d', null);
show('%i', 42.9);
show('%i', '42.5abc');
show('%i', -3.7);
show('%i', 10n);
show('%i', Symbol('s'));
show('%i', 'abc');
show('%f', '1.5e3x');
show('%f', 3);
show('%f', Symbol('s'));
show('%f', 'nope');
show('%f', -0);
show('%d %i %f', '1', '2', '3.5');

// %j.
show('%j', { a: [1, 'two'] });
show('%j', 'str');
show('%j', undefined);
show('%j', { toJSON() { return 'json!'; } });
const circular = { name: 'c' };
circular.self = circular;
show('%j', circular);
show('%j', [circular]);

// %o and %O.
show('%O', { a: { b: { c: { d: 1 } } } });
show('%O', [1, 2, 3]);
show('%O', 'str');
show('%o', 'str');
show('%o', 42);
show('%o', { a: { b: { c: { d: { e: { f: 1 } } } } } });
show('%o', [1, 2]);
show('%O %O', 1, 'two');

// %c is consumed and prints nothing.
show('%cstyled', 'color: red');
show('%c%s', 'color: red', 'text');

// %% and stray percent signs.
show('%%');
show('%%', 1);
show('%% %s', 'x');
show('%%s', 'x');
show('100%');
show('100%', 'extra');
show('%', 1);
show('%x', 1);
show('%s%', 1);
show('%s%%', 1);
show('a%%b%sc', 'X');
show('%%%s', 'y');
show('%s');
show('%d %d', 1);
show('%s %j', 'x');
show('%5d', 1);

// formatWithOptions.
console.log(JSON.stringify(formatWithOptions({ depth: 0 }, 'obj: %O', { a: { b: 1 } })));
console.log(JSON.stringify(formatWithOptions({ colors: true }, 'n=%d', 5, { s: 'x' })));
console.log(JSON.stringify(formatWithOptions({ colors: true }, '%s', 'plain', 7)));
console.log(JSON.stringify(formatWithOptions({ compact: false }, { a: 1 })));
console.log(JSON.stringify(formatWithOptions({}, '%o', [1])));
console.log(JSON.stringify(formatWithOptions([], 'array options %s', 1)));
for (const bad of [null, 1, 'str', undefined]) {
  try {
    formatWithOptions(bad, 'x');
    console.log('no error');
  } catch (err) {
    console.log(err.name, err.code);
  }
}

// Placeholders follow numericSeparator.
console.log(formatWithOptions({ numericSeparator: true }, '%d %i %f %s %s %O', 1234567, 1234567,
  1234.5678, 1234567, 12345n, 1234567));
console.log(format('%d %s', 1234567, 1234567));
