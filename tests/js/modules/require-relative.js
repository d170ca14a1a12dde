// require of relative .js, extensionless, .cjs and .json files; results are cached objects.
'use strict';
const assert = require('assert');
const plain = require('./fixtures/plain.js');
console.log('plain.js', plain.kind, plain.add(2, 3));
console.log('extensionless is same module', require('./fixtures/plain') === plain);
const greet = require('./fixtures/common.cjs');
console.log('common.cjs', typeof greet, greet('world'), greet.kind);
const data = require('./fixtures/data.json');
console.log('data.json', JSON.stringify(data));
console.log('json extensionless', require('./fixtures/data') === data);
data.added = true;
console.log('json cached (mutation visible)', require('./fixtures/data.json').added);
console.log('dot-slash forms', require('./fixtures/../fixtures/plain.js') === plain);
assert.strictEqual(require(__dirname + '/fixtures/plain.js'), plain);
