// Top-level await: the module body pauses, timers and microtasks interleave, imports wait for TLA in deps.
import assert from 'node:assert';
import { events, value } from './fixtures/tla.mjs';
console.log('dependency finished first', JSON.stringify(events), value);
const order = [];
setTimeout(() => order.push('timer'), 0);
Promise.resolve().then(() => order.push('microtask'));
order.push('before await');
const got = await new Promise((resolve) => setTimeout(() => resolve('resolved'), 10));
order.push('after await: ' + got);
console.log(order.join(' | '));
const results = await Promise.all([1, Promise.resolve(2), new Promise((r) => setImmediate(() => r(3)))]);
console.log('Promise.all', results.join(','));
try {
  await Promise.reject(new TypeError('rejected at top level'));
} catch (e) {
  console.log('caught', e.name, e.message);
}
assert.deepStrictEqual(order, ['before await', 'microtask', 'timer', 'after await: resolved']);
