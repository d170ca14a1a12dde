'use strict';
// What port methods return in node 20: ref() and unref() return undefined
// (unlike timers, which return themselves); postMessage returns true on an
// open port and undefined on a closed one; Worker.postMessage returns undefined.
const { MessageChannel, Worker } = require('worker_threads');
const { port1 } = new MessageChannel();
console.log('unref returns', port1.unref());
console.log('ref returns', port1.ref());
console.log('postMessage returns', port1.postMessage('x'));
port1.close();
console.log('postMessage on closed returns', port1.postMessage('x'));
const w = new Worker('', { eval: true });
console.log('worker.postMessage returns', w.postMessage('x'));
