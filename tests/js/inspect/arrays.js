// util.inspect of arrays: grouping of 7+ short entries into columns (node's
// compact 3 / breakLength 80 rules), more than 100 items, sparse arrays,
// extra keys, maxArrayLength.
'use strict';
const { inspect } = require('util');

function show(value, options) {
  console.log(options === undefined ? inspect(value) : inspect(value, options));
}

const range = (n, f = (i) => i) => Array.from({ length: n }, (_, i) => f(i));

show([]);
show([1, 2, 3]);
show(['a', 'b']);
show([1, 'two', { three: 3 }, [4], null, undefined]);

// Grouping kicks in from 7 entries.
for (const n of [6, 7, 8, 10, 16, 26, 27, 50, 99, 100, 101, 150]) show(range(n));
show(range(30, (i) => i * 1000));
show(range(30, (i) => i ** 3));
show(range(12, (i) => -i));
show(range(20, (i) => i / 3));
show(range(20, (i) => BigInt(i) * 1000n));
show(range(10, (i) => String.fromCharCode(97 + i)));
show(range(26, (i) => String.fromCharCode(97 + i).repeat(i % 5 + 1)));
show(range(15, (i) => `item-${i}`));
show(range(8, (i) => 'x'.repeat(i * 3)));
show(range(12, (i) => (i % 2 ? 'str' : i)));
show(range(9, (i) => (i % 3 ? true : null)));
show(range(40, (i) => (i % 7 === 0 ? 'seven' : i)));
show(range(7, (i) => 'long entry number ' + i));
show(range(25, (i) => [i]));
show(range(8, (i) => ({ i })));
show(['一二三', 'ab', 'c', 'd', 'e', 'f', 'g', 'h', '四五六七八九', 'x']);
show(range(9, (i) => '字'.repeat(i % 3 + 1)));
show(['😀', 'a', '👍🏽', '字字', 'é', 'e\u0301', '🇺🇸', 'x', 'y', 'z', 'Ｗｉｄｅ', '\u200b']);
show({ nested: range(30) });
show({ a: { b: range(20) } });
show([range(10), range(10)]);
show(range(7), { compact: 1 });
show(range(30), { compact: 1 });
show(range(30), { compact: 2 });
show(range(30), { compact: false });
show(range(30), { compact: true });
show(range(30), { breakLength: 40 });
show(range(30), { breakLength: 200 });
show(range(200), { breakLength: Infinity });

// Entries beyond maxArrayLength (100 by default).
show(range(101, (i) => i % 10));
show(range(102, () => 'ab'));
show(range(5), { maxArrayLength: 2 });
show(range(5), { maxArrayLength: 4 });
show(range(3), { maxArrayLength: 0 });
show(range(3), { maxArrayLength: -1 });
show(range(300), { maxArrayLength: null });
show(range(300), { maxArrayLength: Infinity });
show(range(15), { maxArrayLength: 10 });

// Sparse arrays.
show([, 1]);
show([1, , 3]);
show([1, , , , 5]);
show(new Array(5));
show(new Array(1));
show([, , 'x', , ]);
const sparse = [];
sparse[10] = 'ten';
sparse[20] = 'twenty';
show(sparse);
const sparse2 = [1, 2, 3];
sparse2[99] = 99;
show(sparse2);
show(sparse2, { maxArrayLength: 3 });
show(sparse2, { maxArrayLength: 4 });
show(new Array(200));
const sparse3 = new Array(300);
sparse3[0] = 0;
sparse3[150] = 150;
show(sparse3);
show(sparse3, { maxArrayLength: 1 });
show(sparse3, { maxArrayLength: 2 });
const sparse4 = range(20);
delete sparse4[5];
delete sparse4[6];
show(sparse4);

// Extra (non-index) keys.
const withKeys = [1, 2, 3];
withKeys.extra = 'yes';
withKeys[Symbol('s')] = 'sym';
show(withKeys);
const groupedWithKey = range(7);
groupedWithKey.x = 1;
show(groupedWithKey);
const groupedWithKey2 = range(26);
groupedWithKey2.label = 'numbers';
show(groupedWithKey2);
const emptyWithKey = [];
emptyWithKey.k = 'v';
show(emptyWithKey);
show(range(3), { showHidden: true });
show([], { showHidden: true });
const nonEnum = [1];
Object.defineProperty(nonEnum, 'secret', { value: 's', enumerable: false });
show(nonEnum);
show(nonEnum, { showHidden: true });

// Array subclasses.
class MyArray extends Array {}
show(MyArray.from([1, 2]));
show(new MyArray());
show(MyArray.from(range(10)));
const nullProtoArray = Object.setPrototypeOf([1, 2], null);
show(nullProtoArray);
show(Object.setPrototypeOf([], null));
const tagged = [1];
Object.defineProperty(tagged, Symbol.toStringTag, { value: 'Tagged' });
show(tagged);

// Arguments objects.
(function () { show(arguments); })(1, 'two');
(function () { show(arguments); })();
