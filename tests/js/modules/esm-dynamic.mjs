// Dynamic import() from ESM: .mjs, CommonJS, builtins, caching, and rejected imports.
import assert from 'node:assert';
const lib = await import('./fixtures/esm-lib.mjs');
console.log('mjs', lib.answer, lib.default.kind);
console.log('same namespace twice', lib === await import('./fixtures/esm-lib.mjs'));
const cjs = await import('./fixtures/cjs-named.cjs');
console.log('cjs', cjs.foo, cjs.default.baz);
const path = await import('node:path');
console.log('builtin', typeof path.join, path.default.join === path.join);
const spec = './fixtures/' + 'plain.js';
const plain = await import(spec);
console.log('computed specifier', plain.kind, plain.default.kind);
for (const bad of ['./fixtures/nope.mjs', 'no-such-package-anywhere', './fixtures/bad-import.mjs', './fixtures/throws.mjs']) {
  try {
    await import(bad);
    console.log(bad, 'loaded?!');
  } catch (e) {
    console.log(bad, e.name, e.code);
  }
}
const p = import('./fixtures/esm-lib.mjs');
console.log('import() returns a promise', p instanceof Promise);
assert.strictEqual((await p).answer, 42);
