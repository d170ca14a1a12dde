// A worker's uncaught exception with no 'error' listener in the parent is
// an uncaught 'error' event there: the parent dies with code 1, its 'exit'
// handlers run, the worker's 'exit' event is not seen, pending timers never fire.
const { Worker } = require('worker_threads');
const w = new Worker(`throw new TypeError('nobody listens')`, { eval: true });
w.on('exit', (code) => console.log('worker exit', code));
process.on('exit', (code) => console.log('process exit', code));
setTimeout(() => console.log('timer'), 5000);
console.log('main done');
