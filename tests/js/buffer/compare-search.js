// equals, compare (static and with ranges), and indexOf / lastIndexOf /
// includes over a grid of needles, offsets and encodings.
'use strict';
const { Buffer } = require('buffer');

function attempt(label, fn) {
  try {
    console.log(`${label} -> ${JSON.stringify(fn())}`);
  } catch (err) {
    console.log(`${label} !! ${err.name} ${err.code} ${err.message}`);
  }
}

const abc = Buffer.from('abc');
const abd = Buffer.from('abd');
const ab = Buffer.from('ab');
const empty = Buffer.alloc(0);

// equals / Buffer.compare / compare.
for (const [x, y] of [[abc, abc], [abc, Buffer.from('abc')], [abc, abd], [abd, abc], [ab, abc],
  [abc, ab], [empty, empty], [empty, ab], [abc, new Uint8Array([97, 98, 99])]]) {
  console.log(x.toString(), y.length, x.equals(y), Buffer.compare(x, y), x.compare(y));
}
const sorted = [Buffer.from('b'), Buffer.from('ab'), Buffer.from('a'), Buffer.from([0xff]), empty]
  .sort(Buffer.compare).map((b) => b.toString('hex'));
console.log(sorted.join(','));
attempt('equals("abc")', () => abc.equals('abc'));
attempt('equals()', () => abc.equals());
attempt('Buffer.compare(abc, "abc")', () => Buffer.compare(abc, 'abc'));
attempt('Buffer.compare([], abc)', () => Buffer.compare([], abc));
attempt('compare({})', () => abc.compare({}));
attempt('equals(DataView)', () => abc.equals(new DataView(new ArrayBuffer(3))));

const src = Buffer.from('abcdefgh');
const tgt = Buffer.from('xxcdefyy');
const ranges = [[], [2], [2, 6], [2, 6, 2], [2, 6, 2, 6], [0, 8, 0, 8], [2, 6, 2, 5], [2, 5, 2, 6],
  [8, 8, 8, 8], [3, 3], [0, 0, 1, 1], [0, 1, 3, 3], [5, 2], [2, 6, 6, 2], [10], [0, 8, 10],
  [undefined, undefined, 2, 6], [-1], [0, 9], [0, 8, -1], [0, 8, 0, 9], ['1'], [1.5], [0, 8, 0, null],
  [2 ** 32], [2 ** 32 + 1], [NaN], [0, 8, 9, 9]];
for (const args of ranges) attempt(`compare(tgt, ${args.map(String).join(', ')})`, () => src.compare(tgt, ...args));

// indexOf / lastIndexOf / includes grid.
const haystack = Buffer.from('abcabcabc aa a€b€ 😀');
const needles = ['a', 'abc', 'bca', 'c a', '€', '€b', '😀', '', 'zzz', 'abcabcabcabcabcabcabcabcabc',
  97, 98 + 256, -159, 0x20ac, 1.5, Buffer.from('ca'), Buffer.from(''), new Uint8Array([0x61, 0x20])];
const offsets = [undefined, 0, 1, 3, 5, 19, 20, 21, 22, 30, -1, -3, -20, -22, -23, -100, 1.9, -1.9,
  NaN, null, true, {}, [], [5], 2 ** 31, -(2 ** 32), Infinity, -Infinity];
for (const needle of needles) {
  const label = typeof needle === 'object' ? `<${Buffer.from(needle).toString('hex')}>` : JSON.stringify(needle);
  const forward = offsets.map((o) => haystack.indexOf(needle, o));
  const backward = offsets.map((o) => haystack.lastIndexOf(needle, o));
  const has = offsets.map((o) => (haystack.includes(needle, o) ? 1 : 0));
  console.log('indexOf', label, forward.join(' '));
  console.log('lastIndexOf', label, backward.join(' '));
  console.log('includes', label, has.join(''));
}

// Encodings of string needles.
const text = Buffer.from('hello world, héllo wörld', 'latin1');
const utf16 = Buffer.from('abcabc 😀 x€', 'ucs2');
const encodedCases = [
  [text, 'héllo', 'latin1'], [text, 'héllo', 'binary'], [text, 'héllo', 'utf8'], [text, '6c6c6f', 'hex'],
  [text, 'bGxv', 'base64'], [text, 'bGxv', 'base64url'], [text, 'wörld', 'ascii'], [text, 'lo', 'ucs2'],
  [utf16, 'bc', 'ucs2'], [utf16, 'c', 'utf16le'], [utf16, '😀', 'ucs2'], [utf16, '€', 'ucs2'],
  [utf16, 'x', 'ucs2'], [utf16, '\u6300', 'ucs2'], [utf16, 'b', 'utf8'], [utf16, '', 'ucs2'],
  [utf16, 'zz', 'hex'], [utf16, '6200', 'hex'],
];
for (const [hay, needle, enc] of encodedCases) {
  const forward = [undefined, 0, 1, 2, 3, 4, 5, -1, -3, 100].map((o) => hay.indexOf(needle, o, enc));
  const backward = [undefined, 0, 1, 2, 3, 4, 5, -1, -3, 100].map((o) => hay.lastIndexOf(needle, o, enc));
  console.log('enc', enc, JSON.stringify(needle), forward.join(' '), '|', backward.join(' '));
  console.log('enc-shift', enc, hay.indexOf(needle, enc), hay.lastIndexOf(needle, enc), hay.includes(needle, enc));
}
// A Buffer needle with encoding 'ucs2' only matches at even offsets.
const odd = Buffer.from([0x00, 0x61, 0x00, 0x61, 0x00]);
console.log(odd.indexOf(Buffer.from([0x61, 0x00]), 0, 'ucs2'), odd.indexOf(Buffer.from([0x61, 0x00])),
  odd.lastIndexOf(Buffer.from([0x61, 0x00]), undefined, 'ucs2'), odd.lastIndexOf(Buffer.from([0x61, 0x00])));
console.log(Buffer.from([0x61]).indexOf('a', 0, 'ucs2'), Buffer.from('a', 'ucs2').indexOf('a', 0, 'ucs2'));

// Errors.
attempt('indexOf({})', () => abc.indexOf({}));
attempt('indexOf(null)', () => abc.indexOf(null));
attempt('indexOf(true)', () => abc.indexOf(true));
attempt('indexOf("a", 0, "bogus")', () => abc.indexOf('a', 0, 'bogus'));
attempt('indexOf(Buffer, 0, "bogus")', () => abc.indexOf(Buffer.from('b'), 0, 'bogus'));
attempt('indexOf(98, 0, "bogus")', () => abc.indexOf(98, 0, 'bogus'));
attempt('lastIndexOf([1])', () => abc.lastIndexOf([1]));
attempt('includes(Uint16Array)', () => abc.includes(new Uint16Array([0x6261])));
attempt('empty.indexOf("")', () => empty.indexOf(''));
attempt('empty.lastIndexOf("")', () => empty.lastIndexOf(''));
attempt('empty.indexOf("a")', () => empty.indexOf('a'));
attempt('empty.indexOf(0)', () => empty.indexOf(0));
attempt('empty.lastIndexOf(0, -1)', () => empty.lastIndexOf(0, -1));

// Big haystack.
const big = Buffer.alloc(100000, 'abcdefgh');
big.write('needle', 77777);
console.log(big.indexOf('needle'), big.lastIndexOf('needle'), big.indexOf('needle', 77778),
  big.lastIndexOf('needle', 77776), big.indexOf('hab'), big.lastIndexOf('hab'), big.indexOf(0x6e),
  big.lastIndexOf(0x61, -1), big.includes('eedl'));

// UTF-16 searches on odd and even lengths, string and Buffer needles
// (including odd-length needles), every offset.
for (const hx of ['610062', '61006200', '6100620063', '00610061', '6100', '61', '']) {
  const hay = Buffer.from(hx, 'hex');
  for (const n of ['a', 'b', 'c', 'ab', '', '\u6100']) {
    const asBuffer = Buffer.from(n, 'ucs2');
    const oddNeedle = Buffer.from(`${n}x`, 'ucs2').subarray(0, n.length * 2 + 1);
    for (const [kind, needle] of [['S', n], ['B', asBuffer], ['O', oddNeedle]]) {
      const results = [];
      for (let o = -7; o <= 7; o++) results.push(`${hay.indexOf(needle, o, 'ucs2')}/${hay.lastIndexOf(needle, o, 'ucs2')}`);
      results.push(hay.indexOf(needle, undefined, 'ucs2'), hay.lastIndexOf(needle, undefined, 'ucs2'));
      console.log('ucs2', hx, JSON.stringify(n), kind, results.join(' '));
    }
  }
}
