// What a worker writes to stdout reaches the process's stdout before the
// parent sees the worker's 'exit'; stderr goes to stderr.
const { Worker } = require('worker_threads');
const w = new Worker(`
  console.log('worker line 1');
  console.error('worker error line');
  process.stdout.write('worker line 2\\n');
`, { eval: true });
w.on('exit', (code) => console.log('worker exit', code));
