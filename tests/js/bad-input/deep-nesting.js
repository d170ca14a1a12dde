// node-differs: node's serializer recurses and throws RangeError (Maximum call stack size exceeded) at this depth; spindle's (the engine's) is iterative and delivers the value whole
'use strict';
// A 100,000-deep nested array (and object) through postMessage, through
// structuredClone and to a worker: spindle clones it whole (depth kept);
// node throws a RangeError. Either way the process carries on: no crash,
// no hang.
const assert = require('assert');
const { MessageChannel, Worker } = require('worker_threads');

const DEPTH = 100000;
function nested(wrap) {
  let v = 'bottom';
  for (let i = 0; i < DEPTH; i++) v = wrap(v);
  return v;
}
function depth(v) {
  let d = 0;
  while (typeof v === 'object') { v = Array.isArray(v) ? v[0] : v.inner; d++; }
  assert.strictEqual(v, 'bottom');
  return d;
}
function attempt(label, fn) {
  try {
    console.log(label, 'depth', depth(fn()));
  } catch (err) {
    assert(err instanceof RangeError, `${label}: ${err}`);
    console.log(label, 'RangeError');
  }
}

const array = nested((v) => [v]);
const object = nested((v) => ({ inner: v }));
attempt('structuredClone(array)', () => structuredClone(array));
attempt('structuredClone(object)', () => structuredClone(object));
const { port1, port2 } = new MessageChannel();
attempt('postMessage(array)', () => {
  port1.postMessage(array);
  return require('worker_threads').receiveMessageOnPort(port2).message;
});
port1.close();
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.once('message', (m) => parentPort.postMessage(m));
`, { eval: true });
try {
  w.postMessage(object);
  w.once('message', (m) => { console.log('worker echo depth', depth(m)); w.terminate(); });
} catch (err) {
  assert(err instanceof RangeError);
  console.log('worker postMessage RangeError');
  w.terminate();
}
