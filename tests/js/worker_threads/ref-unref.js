'use strict';
// What keeps the process alive: a ref'd worker (also after unref() then
// ref()), and a port with a 'message' listener even when the worker that
// will post to it is unref'd. hasRef() follows listeners and ref/unref.
const { Worker, MessageChannel } = require('worker_threads');

const order = [];
const viaPort = [];
process.on('exit', (code) => console.log('process exit', code, order.join(' '), '|', viaPort.join(' ')));

// unref() then ref(): the worker keeps the process alive again.
const a = new Worker(`setTimeout(() => require('worker_threads').parentPort.postMessage('a done'), 100)`, { eval: true });
a.unref();
a.ref();
a.on('message', (m) => order.push(m));
a.on('exit', (code) => order.push(`a exit ${code}`));
console.log('ref/unref return', a.ref(), a.unref(), a.ref());

// A port listener keeps the process alive for an unref'd worker's message.
const { port1, port2 } = new MessageChannel();
console.log('hasRef before listener', port1.hasRef(), port2.hasRef());
port1.on('message', (m) => {
  viaPort.push(m);
  console.log('hasRef in listener', port1.hasRef());
  port1.close();
});
console.log('hasRef with listener', port1.hasRef());
port1.unref();
console.log('hasRef after unref', port1.hasRef());
port1.ref();
console.log('hasRef after ref', port1.hasRef());
const b = new Worker(`
  const { workerData: port } = require('worker_threads');
  setTimeout(() => port.postMessage('b via port'), 200);
`, { eval: true, workerData: port2, transferList: [port2] });
b.unref();

// Removing the last listener stops holding the loop.
const c = new MessageChannel();
const listener = () => {};
c.port1.on('message', listener);
console.log('c hasRef with listener', c.port1.hasRef());
c.port1.off('message', listener);
console.log('c hasRef after off', c.port1.hasRef());
