// util.inspect and util.format over a few hundred pseudo-random nested
// values (a fixed seed, so the output is stable) with assorted options:
// broad coverage of layout rules that the focused files may miss.
'use strict';
const { inspect, format } = require('util');

let seed = 20240601;
function random() {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
function pick(list) {
  return list[Math.floor(random() * list.length)];
}

const keys = ['a', 'bb', 'key', 'long_key_name', 'with space', "it's", 'x'.repeat(30),
  '一二', 'line\nbreak', '', '0', '12'];
const leaves = () => [0, -0, 1, -5, 3.14159, 1e21, NaN, 12345678, 10n, true, false, null,
  undefined, 'str', 'x'.repeat(Math.floor(random() * 40)), "q'uote", 'a"b',
  'multi\nline string that is fairly long to break', Symbol('s'), '字字字'];

function randomArray(depth) {
  const length = Math.floor(random() * (random() < 0.3 ? 40 : 8));
  const numbersOnly = random() < 0.4;
  const array = [];
  for (let i = 0; i < length; i++) {
    array.push(numbersOnly
      ? Math.floor(random() * 1000) * (random() < 0.2 ? -1 : 1)
      : randomValue(depth + 1));
  }
  if (random() < 0.1) delete array[Math.floor(random() * length)];
  if (random() < 0.1) array.extra = randomValue(depth + 1);
  return array;
}

function randomObject(depth) {
  const object = random() < 0.1 ? Object.create(null) : {};
  const count = Math.floor(random() * 7);
  for (let i = 0; i < count; i++) object[pick(keys)] = randomValue(depth + 1);
  return object;
}

function randomValue(depth) {
  const r = random();
  if (depth > 4 || r < 0.35) return pick(leaves());
  if (r < 0.55) return randomArray(depth);
  if (r < 0.8) return randomObject(depth);
  if (r < 0.87) {
    const map = new Map();
    const count = Math.floor(random() * 5);
    for (let i = 0; i < count; i++) map.set(randomValue(depth + 1), randomValue(depth + 1));
    return map;
  }
  if (r < 0.92) {
    const set = new Set();
    const count = Math.floor(random() * 9);
    for (let i = 0; i < count; i++) set.add(randomValue(depth + 1));
    return set;
  }
  if (r < 0.95) return new Uint8Array(Math.floor(random() * 30));
  return pick([new Date(0), /re/g, function f() {}, class Z {}, new Number(2), new String('bx')]);
}

const optionSets = [undefined, { compact: true }, { compact: false }, { compact: 1 },
  { breakLength: 40 }, { breakLength: 120 }, { depth: 1 }, { depth: 4 }, { sorted: true },
  { maxArrayLength: 5 }, { colors: true }, { breakLength: Infinity },
  { compact: 5, breakLength: 60 }, { maxStringLength: 7 }];

for (let i = 0; i < 200; i++) {
  const value = randomValue(0);
  const options = pick(optionSets);
  const text = options === undefined ? inspect(value) : inspect(value, options);
  console.log(`${JSON.stringify(options)} ${text}`);
  try {
    console.log(format('%s | %O | %j | %d', value, value, 1, value));
  } catch (err) {
    console.log('format threw', err.name);
  }
}
