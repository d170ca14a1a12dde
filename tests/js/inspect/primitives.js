// util.inspect of primitive values: numbers, bigints, booleans, symbols,
// and strings (quote choice, escaping, long strings, maxStringLength).
'use strict';
const { inspect } = require('util');

function show(value, options) {
  console.log(options === undefined ? inspect(value) : inspect(value, options));
}

// Numbers and bigints.
for (const n of [0, -0, 1, -1, 1.5, -2.25, 1e21, 1e-7, 123456789, NaN, Infinity, -Infinity,
  Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, 0.1 + 0.2]) {
  show(n);
}
show(0n);
show(-12n);
show(2n ** 70n);
show([0, -0, +0]);

// numericSeparator.
for (const n of [1234567, -1234567, 1234.5678, 123, 1e21, 0.0001234, 1234567.891, NaN, -0]) {
  show(n, { numericSeparator: true });
}
show(123456789n, { numericSeparator: true });
show(-1234n, { numericSeparator: true });
show([1000, 10000, 100000], { numericSeparator: true });

// Other primitives.
show(true);
show(false);
show(undefined);
show(null);
show(Symbol());
show(Symbol('desc'));
show(Symbol('with space'));
show(Symbol.iterator);
show(Symbol.for('registered'));
show(Symbol('a\nb'));
show([undefined, null, true]);

// Strings: quotes.
show('');
show('hello');
show("it's");
show('say "hi"');
show('both \' and "');
show('all \' " and `');
show('all \' " and ${x}');
show('`backtick`');

// Strings: escapes.
show('tab\there');
show('line\nbreak');
show('cr\rlf\n');
show('\b\f\v\0');
show('back\\slash');
show('\x01\x1f\x7f\x80\x9f\xa0\xff');
show('emoji 😀 ok');
show('lone \ud800 high');
show('lone \udc00 low');
show('pair \ud83d\ude00 ok');
show('\u200b zero width');
show('é accent');

// Long strings are split after newlines when they do not fit.
show('short\nlines\n');
show('a fairly long string that has\nsome newlines\nin it and is longer than the break length for sure');
show('no newline but very long '.repeat(6));
show({ key: 'nested long string with\nnewlines inside of it that goes past the limit of eighty columns' });
show(['in an array, a long string\nwith newlines that is long enough to be split up into pieces']);
show('x'.repeat(200));
show('line one\nline two\n', { breakLength: 10 });
show('line one\nline two\n', { compact: true, breakLength: 10 });
show('line one\nline two\n', { compact: false, breakLength: 10 });

// maxStringLength.
show('abcdefghij', { maxStringLength: 4 });
show('abcdefghij', { maxStringLength: 9 });
show('abcdefghij', { maxStringLength: 0 });
show('abcdefghij', { maxStringLength: null });
show(['abcdef', 'xy'], { maxStringLength: 3 });
show('a'.repeat(10005));
show('b'.repeat(10001).length);
console.log(inspect('c'.repeat(20000)).length);
