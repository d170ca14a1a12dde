// Deep recursion inside a worker with a small stackSizeMb is a RangeError
// the worker can catch, not a crash of the process.
const { Worker } = require('worker_threads');
const w = new Worker(`
function down(n) { return n === 0 ? 0 : 1 + down(n - 1); }
try {
  down(1e7);
  console.log('no error?');
} catch (err) {
  console.log('caught in worker:', err instanceof RangeError, err.name);
}
console.log('worker still runs:', down(100));
`, { eval: true, resourceLimits: { stackSizeMb: 1 } });
w.on('exit', (code) => console.log('exit', code));
