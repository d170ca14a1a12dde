// process.exitCode: starts undefined, accepts integers and integer strings, rejects other values.
'use strict';
const assert = require('assert');
console.log('initial', process.exitCode);
for (const value of [2, '3', 0, undefined, null, 1.5, 'abc', true, {}]) {
  try {
    process.exitCode = value;
    console.log('set', JSON.stringify(value), '->', JSON.stringify(process.exitCode));
  } catch (e) {
    console.log('set', JSON.stringify(value), 'throws', e.name, e.code);
  }
}
process.exitCode = 9;
process.on('exit', (code) => {
  console.log('exit listener sees', code);
  assert.strictEqual(code, 9);
  process.exitCode = 0;
});
