// Bare specifiers: node_modules lookup walking up, "main", "exports" string, conditions, subpaths, patterns.
'use strict';
const assert = require('assert');
const results = require('./fixtures/deep/nested/use-packages.js');
for (const r of results) {
  if (r.error) console.log(r.id, '-> error', r.error);
  else console.log(r.id, '->', [r.name, r.via && 'via ' + r.via, r.file].filter(Boolean).join(' | '));
}
const byId = Object.fromEntries(results.map((r) => [r.id, r]));
assert.strictEqual(byId['pkg-a'].file, 'node_modules/pkg-a/lib/main.js');
assert.strictEqual(byId['pkg-b'].file, 'node_modules/pkg-b/dist/b.js');
assert.strictEqual(byId['pkg-c'].via, 'require');
assert.strictEqual(byId['pkg-d/features/alpha'].file, 'node_modules/pkg-d/src/alpha.js');
assert.strictEqual(byId['pkg-c/lib/sub.js'].error, 'ERR_PACKAGE_PATH_NOT_EXPORTED');
// The test's own folder has no node_modules above it with these packages.
try {
  require('pkg-a');
  console.log('pkg-a visible from the test folder');
} catch (e) {
  console.log('pkg-a from test folder', e.code);
}
