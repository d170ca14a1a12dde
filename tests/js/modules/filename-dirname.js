// __filename/__dirname, module.filename, require.main and module.parent-free relations.
'use strict';
const assert = require('assert');
const path = require('path');
console.log('basename(__filename)', path.basename(__filename));
console.log('basename(__dirname)', path.basename(__dirname));
console.log('absolute', path.isAbsolute(__filename), path.isAbsolute(__dirname));
console.log('dirname relation', path.dirname(__filename) === __dirname);
console.log('module.filename', module.filename === __filename, module.id);
console.log('require.main is module', require.main === module);
const child = require('./fixtures/where');
console.log('fixture', child.base, child.dir, child.isMain, child.mainIsUs === true);
assert.strictEqual(child.file, path.join(__dirname, 'fixtures', 'where.js'));
