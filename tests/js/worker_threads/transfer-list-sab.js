'use strict';
// Node 20 refuses a SharedArrayBuffer in a transfer list (it is shared by
// cloning, never transferred) and sends nothing; structuredClone too.
const { MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
const received = [];
port2.on('message', (m) => received.push(m));
const sab = new SharedArrayBuffer(4);
try {
  port1.postMessage('sab in list', [sab]);
  console.log('postMessage: no throw');
} catch (err) {
  console.log('postMessage:', err.name, err.code, err.message);
}
try {
  structuredClone(sab, { transfer: [sab] });
  console.log('structuredClone: no throw');
} catch (err) {
  console.log('structuredClone:', err.name, err.code, err.message);
}
port1.postMessage('after');
setTimeout(() => {
  console.log('received', JSON.stringify(received));
  port1.close();
}, 30);
