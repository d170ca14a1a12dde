// A growable SharedArrayBuffer grows for every thread that holds it.
const { Worker } = require('worker_threads');
const sab = new SharedArrayBuffer(4, { maxByteLength: 64 });
console.log('growable', sab.growable, sab.maxByteLength);
const w = new Worker(`const { parentPort, workerData } = require('worker_threads');
parentPort.on('message', () => { parentPort.postMessage([workerData.byteLength, workerData.growable]); process.exit(0); });
parentPort.postMessage('ready');`, { eval: true, workerData: sab });
w.once('message', () => { sab.grow(32); w.postMessage('check'); w.once('message', (m) => console.log('worker sees', m)); });
