// process.emitWarning: 'warning' listeners receive Error objects with name, message and code, asynchronously.
'use strict';
const assert = require('assert');
const seen = [];
process.on('warning', (w) => {
  seen.push(w);
  console.log('warning:', w instanceof Error, w.name, JSON.stringify(w.message), w.code, w.detail);
});
process.emitWarning('plain message');
process.emitWarning('typed message', 'CustomWarning');
process.emitWarning('coded message', 'CustomWarning', 'SPINDLE_CODE');
process.emitWarning('options message', { type: 'OptWarning', code: 'OPT1', detail: 'more detail' });
const err = new Error('from an error');
err.name = 'ErrWarning';
process.emitWarning(err);
console.log('emitted synchronously, seen so far', seen.length);
try {
  process.emitWarning(42);
} catch (e) {
  console.log('bad warning', e.name, e.code);
}
process.on('exit', () => {
  console.log('total seen', seen.length);
  assert.strictEqual(seen.length, 5);
  assert.strictEqual(seen[4], err);
});
