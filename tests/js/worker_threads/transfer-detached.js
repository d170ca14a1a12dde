'use strict';
// Sending an ArrayBuffer that is already detached (node 20): cloning it is
// a DataCloneError, but listing it for transfer again is not an error and
// the receiver gets an empty buffer.
const { MessageChannel } = require('worker_threads');

function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'no throw', r === undefined ? '' : `byteLength ${r.byteLength}`);
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

const ab = new ArrayBuffer(4);
structuredClone(ab, { transfer: [ab] });
attempt('structuredClone', () => structuredClone(ab));
attempt('structuredClone in an object', () => structuredClone({ ab }));
attempt('structuredClone, transferred again', () => structuredClone(ab, { transfer: [ab] }));

const { port1, port2 } = new MessageChannel();
const received = [];
port2.on('message', (m) => {
  received.push(m === 'end' ? m : `byteLength ${m.byteLength}`);
  if (m === 'end') {
    console.log('received', received.join(', '));
    port1.close();
  }
});
attempt('postMessage', () => { port1.postMessage(ab); });
attempt('postMessage, transferred again', () => { port1.postMessage(ab, [ab]); });
port1.postMessage('end');
