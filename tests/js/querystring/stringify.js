'use strict';
// querystring.stringify / escape / unescape / unescapeBuffer.
const querystring = require('querystring');

function attempt(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

const objects = [
  { a: 1, b: 'two words', c: true, d: false },
  { list: [1, 2, 3], empty: [], one: ['x'] },
  { n: null, u: undefined, o: {}, f() {}, s: Symbol('s') },
  { big: 10n, inf: Infinity, nan: NaN, neg: -0, sci: 1e21, small: 1e-7 },
  { 'key with space': 'v&=?', 'é': '€', '': 'empty key', k: '' },
  { reserved: "!'()*-._~", more: '#$&+,/:;=?@[]' },
  [1, 2],
];
for (const obj of objects) attempt('stringify', () => querystring.stringify(obj));
attempt('sep/eq', () => querystring.stringify({ a: [1, 2], b: 3 }, ';', ':'));
attempt('falsy sep', () => querystring.stringify({ a: 1, b: 2 }, '', 0));
attempt('not object', () => [querystring.stringify('str'), querystring.stringify(5), querystring.stringify(null)]);
attempt('custom encode', () => querystring.stringify({ a: 'x y', b: [1, null], c: '' }, null, null, {
  encodeURIComponent: (s) => `<${s}>`,
}));
attempt('lone surrogate', () => querystring.stringify({ a: '\uD800' }));
attempt('surrogate pair', () => querystring.stringify({ a: '\uD83D\uDE00' }));

for (const s of ['', 'abc', 'a b', '\u00e9\u20ac\ud834\udf06', "!'()*-._~", '\u0000\u007f', '\uD800a', '\uDC00x']) {
  attempt(`escape ${JSON.stringify(s)}`, () => querystring.escape(s));
}
attempt('escape lone', () => querystring.escape('a\uD800'));
attempt('escape non-strings', () => [querystring.escape(5), querystring.escape({}), querystring.escape(null), querystring.escape([1, 2])]);

for (const s of ['', 'a%20b', 'a+b', '%E9', '%', '%4', '%zz%41', 'caf%C3%A9', '%F0%9F%98%80%FF%C3', '\u00e9%']) {
  attempt(`unescape ${JSON.stringify(s)}`, () => [querystring.unescape(s), querystring.unescape(s, true)]);
}
for (const s of ['%41+b%', 'abc', '%e9%', '\u00e9']) {
  attempt(`unescapeBuffer ${JSON.stringify(s)}`, () => [...querystring.unescapeBuffer(s, true)]);
}

// escape/unescape are looked up on the module at call time.
const { escape, unescape } = querystring;
querystring.escape = (s) => `E(${s})`;
querystring.unescape = (s) => `U(${s})`;
attempt('overridden', () => [querystring.stringify({ a: 'b', n: 1 }), querystring.parse('a=%41&b=c')]);
querystring.escape = escape;
querystring.unescape = unescape;
attempt('restored', () => querystring.stringify({ a: 'b c' }));
