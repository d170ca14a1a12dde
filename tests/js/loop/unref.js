// An unref'd timer alone does not keep the process alive; hasRef/ref/unref report and chain.
'use strict';
const assert = require('assert');
let fired = false;
const t = setTimeout(() => { fired = true; }, 100000);
console.log('hasRef initially', t.hasRef());
console.log('unref returns timer', t.unref() === t);
console.log('hasRef after unref', t.hasRef());
console.log('ref returns timer', t.ref() === t);
console.log('hasRef after ref', t.hasRef());
t.unref();

const imm = setImmediate(() => console.log('immediate still runs'));
console.log('immediate hasRef', imm.hasRef());

// An unref'd interval also lets the process exit.
const iv = setInterval(() => {}, 50000).unref();
console.log('interval hasRef', iv.hasRef());

process.on('exit', (code) => {
  console.log('exit', code, 'fired', fired);
  assert.strictEqual(fired, false);
});
