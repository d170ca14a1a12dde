'use strict';
// The names node:worker_threads exports, and the Worker prototype's members.
const wt = require('worker_threads');
console.log('exports', Object.keys(wt).sort().join(' '));
console.log('Worker.prototype', Object.getOwnPropertyNames(wt.Worker.prototype).sort().join(' '));
console.log('MessagePort.prototype', ['postMessage', 'start', 'close', 'ref', 'unref', 'hasRef']
  .map((k) => `${k}:${typeof wt.MessagePort.prototype[k]}`).join(' '));
console.log('BroadcastChannel.prototype', ['postMessage', 'close', 'ref', 'unref']
  .map((k) => `${k}:${typeof wt.BroadcastChannel.prototype[k]}`).join(' '));
console.log('globals', typeof MessageChannel, typeof MessagePort, typeof BroadcastChannel,
  typeof structuredClone, typeof MessageEvent);
console.log('same classes', globalThis.MessageChannel === wt.MessageChannel,
  globalThis.MessagePort === wt.MessagePort, globalThis.BroadcastChannel === wt.BroadcastChannel);
