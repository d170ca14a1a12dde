// A MessagePort with a 'message' listener keeps the process alive unless it
// is unref()'d: here both the port and the (unref'd) worker that would
// post to it later are not holding the loop, so the process ends at once.
const { Worker, MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
port1.on('message', (m) => console.log('message', m));
console.log('hasRef with listener', port1.hasRef());
port1.unref();
console.log('hasRef after unref', port1.hasRef());
const w = new Worker(`
  const { workerData: port } = require('worker_threads');
  setTimeout(() => port.postMessage('late'), 100000);
`, { eval: true, workerData: port2, transferList: [port2] });
w.unref();
process.on('exit', (code) => console.log('process exit', code));
