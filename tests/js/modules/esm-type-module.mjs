// A .js file under a package.json with "type": "module" is loaded as ESM.
import assert from 'node:assert';
import * as lib from './fixtures/type-module-pkg/lib.js';
console.log('kind', lib.kind);
console.log('self', lib.self);
console.log('no require in ESM .js', lib.hasRequire);
console.log('this is undefined', lib.thisValue === undefined);
console.log('no default export', 'default' in lib);
assert.strictEqual(lib.kind, 'esm via type:module');
