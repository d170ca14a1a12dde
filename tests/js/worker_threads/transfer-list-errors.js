'use strict';
// What postMessage refuses in a transfer list, with node's classes, codes
// and messages: the source port, a port twice, a non-iterable, an object
// that cannot be transferred, a port in the message but not in the list.
// A failed postMessage sends nothing and leaves the ports usable. (A
// SharedArrayBuffer in the list: transfer-list-sab.js.)
const { MessageChannel, Worker } = require('worker_threads');

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (err) {
    console.log(label, `${err.constructor.name} ${err.name} ${err.code}: ${err.message}`);
  }
}

const { port1, port2 } = new MessageChannel();
const other = new MessageChannel();
const received = [];
port2.on('message', (m) => received.push(typeof m === 'object' ? Object.keys(m).join('+') : m));

attempt('source port', () => port1.postMessage('x', [port1]));
attempt('duplicate port', () => port1.postMessage('x', [other.port1, other.port1]));
attempt('not iterable (number)', () => port1.postMessage('x', 5));
attempt('not iterable (string)', () => port1.postMessage('x', 'abc'));
attempt('not iterable (plain object)', () => port1.postMessage('x', {}));
attempt('invalid object in list', () => port1.postMessage('x', [{}]));
attempt('number in list', () => port1.postMessage('x', [1]));
attempt('port not in transfer list', () => port1.postMessage({ p: other.port1 }));
attempt('port inside array, not listed', () => port1.postMessage([other.port2]));
attempt('duplicate ArrayBuffer', () => {
  const ab = new ArrayBuffer(4);
  port1.postMessage(ab, [ab, ab]);
});
attempt('typed array in list', () => port1.postMessage('x', [new Uint8Array(2)]));
attempt('options object with transfer', () => {
  const ab = new ArrayBuffer(8);
  port1.postMessage({ ab }, { transfer: [ab] });
  console.log('  ab after options.transfer', ab.byteLength);
});
attempt('null list', () => port1.postMessage('null list', null));
attempt('undefined list', () => port1.postMessage('undefined list', undefined));
attempt('empty list', () => port1.postMessage('empty list', []));

// Ports named in a failed call were not moved: they still work.
other.port2.on('message', (m) => {
  console.log('other port still works:', m);
  other.port1.close();
});
other.port1.postMessage('still here');

// Worker.postMessage and the Worker constructor's transferList check the same way.
const w = new Worker(`require('worker_threads').parentPort.on('message', () => {})`, { eval: true });
attempt('worker.postMessage source-free duplicate', () => {
  const c = new MessageChannel();
  w.postMessage('x', [c.port1, c.port1]);
});
attempt('worker.postMessage missing transferable', () => {
  const c = new MessageChannel();
  w.postMessage({ port: c.port1 });
});
attempt('workerData port without transferList', () => {
  const c = new MessageChannel();
  new Worker('', { eval: true, workerData: { port: c.port1 } });
});
w.terminate();

setTimeout(() => {
  console.log('received', JSON.stringify(received));
  port1.close();
}, 50);
