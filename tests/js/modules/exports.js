// module.exports vs exports: aliasing, rebinding, replacement, primitives and the module wrapper.
'use strict';
const assert = require('assert');
const shapes = require('./fixtures/exports-shapes');
console.log('shapes', JSON.stringify(shapes));
const rebound = require('./fixtures/exports-rebound');
console.log('rebound', JSON.stringify(rebound));
const Replaced = require('./fixtures/exports-replaced');
console.log('replaced', typeof Replaced, Replaced.name, 'before' in Replaced, 'after' in Replaced);
console.log('primitive', require('./fixtures/exports-primitive'));
console.log('wrapper parameters', typeof exports, typeof require, typeof module, typeof __filename, typeof __dirname);
assert.deepStrictEqual(shapes.facts, { sameAtStart: true, thisIsExports: true, argumentsLength: 5 });
