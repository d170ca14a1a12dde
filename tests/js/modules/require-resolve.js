// require.resolve returns absolute filenames (builtins unchanged), honours {paths}, and throws MODULE_NOT_FOUND.
'use strict';
const assert = require('assert');
const path = require('path');
const rel = (p) => path.relative(__dirname, p);
const r = require.resolve('./fixtures/plain');
console.log('absolute', path.isAbsolute(r), rel(r));
console.log('folder', rel(require.resolve('./fixtures/dir-main')));
console.log('json', rel(require.resolve('./fixtures/data')));
console.log('builtin', require.resolve('path'), require.resolve('node:fs'));
console.log('with paths', rel(require.resolve('pkg-a', { paths: [path.join(__dirname, 'fixtures', 'deep')] })));
console.log('resolve does not load', require.cache[require.resolve('./fixtures/dir-index')] === undefined);
const lookup = require.resolve.paths('anything');
console.log('paths first entry', rel(lookup[0]));
console.log('paths for relative', JSON.stringify(require.resolve.paths('./x').map(rel)));
console.log('paths for builtin', require.resolve.paths('fs'));
try {
  require.resolve('./fixtures/nope');
} catch (e) {
  console.log('missing', e.code);
}
assert.strictEqual(r, path.join(__dirname, 'fixtures', 'plain.js'));
