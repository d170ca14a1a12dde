// Dynamic import() from CommonJS: ESM fixtures, CommonJS (namespace with default), builtins.
'use strict';
const assert = require('assert');
(async () => {
  const lib = await import('./fixtures/esm-lib.mjs');
  console.log('mjs', lib.answer, lib.double(4), lib.default.kind);
  const cjs = await import('./fixtures/cjs-object.cjs');
  console.log('cjs default is module.exports', cjs.default === require('./fixtures/cjs-object.cjs'), cjs.a);
  const fs = await import('fs');
  console.log('builtin default', fs.default === require('fs'));
  const tm = await import('./fixtures/type-module-pkg/lib.js');
  console.log('type module', tm.kind);
  try {
    await import('./fixtures/nope.mjs');
  } catch (e) {
    console.log('missing', e.code);
  }
  assert.strictEqual(lib.answer, 42);
})().then(() => console.log('done'));
console.log('sync end');
