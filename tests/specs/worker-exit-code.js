// process.exit(3) in a worker ends only the worker: its parent sees 'exit'
// with 3 and then ends normally with code 0.
const { Worker } = require('worker_threads');
const w = new Worker(`process.exit(3)`, { eval: true });
w.on('exit', (code) => console.log('worker exit', code));
process.on('exit', (code) => console.log('process exit', code));
