// Requiring a folder: index.js, package.json "main" (which wins over index.js), "main" without extension.
'use strict';
const assert = require('assert');
console.log(require('./fixtures/dir-index').kind);
console.log(require('./fixtures/dir-index/').kind);
console.log(require('./fixtures/dir-main').kind);
console.log(require('./fixtures/dir-main-noext').kind);
assert.strictEqual(require('./fixtures/dir-index'), require('./fixtures/dir-index/index.js'));
assert.strictEqual(require('./fixtures/dir-main'), require('./fixtures/dir-main/lib/entry.js'));
