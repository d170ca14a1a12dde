// require.cache is keyed by absolute filename; deleting an entry makes the next require re-run the file.
'use strict';
const assert = require('assert');
const path = require('path');
const file = path.join(__dirname, 'fixtures', 'counter.js');
console.log('not cached before', require.cache[file] === undefined);
const first = require('./fixtures/counter');
console.log('first runs', first.runs, 'module.loaded during body', first.loadedDuringBody);
const entry = require.cache[file];
console.log('cached under absolute path', entry !== undefined);
console.log('entry.exports is the export', entry.exports === first);
console.log('entry id/filename', entry.id === file, entry.filename === file, entry.loaded);
console.log('all keys absolute', Object.keys(require.cache).every((k) => path.isAbsolute(k)));
console.log('self cached', require.cache[__filename] === module);
console.log('listed as child', module.children.includes(entry));
console.log('second require same object', require('./fixtures/counter.js') === first, globalThis.__counterRuns);
delete require.cache[file];
const again = require('./fixtures/counter.js');
console.log('after delete runs', again.runs, 'new object', again !== first);
// A cache entry planted by hand is returned instead of running the file.
const planted = path.join(__dirname, 'fixtures', 'planted.js');
require.cache[planted] = { id: planted, filename: planted, loaded: true, exports: { planted: true } };
console.log('planted entry', JSON.stringify(require('./fixtures/planted')));
assert.strictEqual(again.runs, 2);
