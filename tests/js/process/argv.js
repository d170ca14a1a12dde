// process.argv shape: [runtime, absolute script path]; argv0 and execPath are strings.
'use strict';
const assert = require('assert');
const path = require('path');
const { argv } = process;
console.log('isArray', Array.isArray(argv));
console.log('length', argv.length);
console.log('all strings', argv.every((a) => typeof a === 'string'));
console.log('argv[0] absolute', path.isAbsolute(argv[0]));
console.log('argv[1] absolute', path.isAbsolute(argv[1]));
console.log('argv[1] basename', path.basename(argv[1]));
console.log('argv[1] is __filename', argv[1] === __filename);
console.log('argv[0] is execPath', argv[0] === process.execPath);
console.log('typeof argv0', typeof process.argv0, process.argv0.length > 0);
console.log('execArgv is array', Array.isArray(process.execArgv));
assert.strictEqual(argv.length, 2);
