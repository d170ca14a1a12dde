// Builtin ids: 'node:' prefixed and bare names give the same object; module.builtinModules and isBuiltin.
'use strict';
const assert = require('assert');
const Module = require('module');
for (const id of ['path', 'fs', 'events', 'util', 'os', 'assert', 'module']) {
  console.log(id, require('node:' + id) === require(id));
}
console.log('path.posix via subpath', require('path/posix') === require('path').posix);
console.log('builtinModules has path', Module.builtinModules.includes('path'), Module.builtinModules.includes('node:path'));
console.log('isBuiltin', Module.isBuiltin('path'), Module.isBuiltin('node:path'), Module.isBuiltin('pkg-a'));
console.log('not in require.cache', require.cache.path === undefined, require.cache['node:path'] === undefined);
try {
  require('node:no-such-builtin');
} catch (e) {
  console.log('unknown node: id', e.code);
}
assert.strictEqual(require('node:path'), require('path'));
