// An unref()'d worker does not keep the process alive, even with a long
// timer pending inside it: the process ends at once with code 0 and the
// worker's 'exit' is never seen.
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  setTimeout(() => parentPort.postMessage('late'), 100000);
`, { eval: true });
w.on('message', (m) => console.log('message', m));
w.on('exit', (code) => console.log('worker exit', code));
w.unref();
process.on('exit', (code) => console.log('process exit', code));
console.log('main done');
