'use strict';
// path's argument validation: error class, code and message.
const path = require('path');

function attempt(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

for (const flavor of ['posix', 'win32']) {
  const p = path[flavor];
  attempt(`${flavor}.join`, () => p.join('a', 1));
  attempt(`${flavor}.resolve`, () => p.resolve('a', null));
  attempt(`${flavor}.normalize`, () => p.normalize({}));
  attempt(`${flavor}.relative from`, () => p.relative(1, 'a'));
  attempt(`${flavor}.relative to`, () => p.relative('a', true));
  attempt(`${flavor}.dirname`, () => p.dirname(undefined));
  attempt(`${flavor}.basename`, () => p.basename(1));
  attempt(`${flavor}.basename suffix`, () => p.basename('a', 1));
  attempt(`${flavor}.extname`, () => p.extname(Symbol('s')));
  attempt(`${flavor}.isAbsolute`, () => p.isAbsolute(1n));
  attempt(`${flavor}.parse`, () => p.parse([]));
  attempt(`${flavor}.format null`, () => p.format(null));
  attempt(`${flavor}.format string`, () => p.format('x'));
  attempt(`${flavor}.format array`, () => p.format([]));
  attempt(`${flavor}.toNamespacedPath`, () => p.toNamespacedPath(1));
}
console.log(path.format.name, path.resolve.name, path.win32.relative.name);
