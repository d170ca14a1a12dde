'use strict';
// Values structured clone refuses: DataCloneError (a DOMException, code 25)
// naming the value, from structuredClone, port.postMessage and
// worker.postMessage alike; nothing is sent and the port stays usable.
// (More messages: clone-error-messages.js.)
const { MessageChannel, Worker } = require('worker_threads');

function report(label, fn) {
  try {
    fn();
    console.log(label, 'no throw');
  } catch (err) {
    console.log(label, `${err.constructor.name} ${err.name} code=${err.code} ${JSON.stringify(err.message)} isDOMException=${err instanceof DOMException}`);
  }
}

function namedFunction() {}
const values = [
  ['function', () => namedFunction],
  ['arrow', () => (a) => a],
  ['class', () => class Foo {}],
  ['function in object', () => ({ nested: { fn: namedFunction } })],
  ['symbol', () => Symbol('sym')],
  ['symbol in array', () => [1, Symbol.for('registered')]],
  ['WeakMap', () => new WeakMap()],
  ['WeakSet', () => new WeakSet()],
  ['WeakRef', () => new WeakRef({})],
  ['Promise', () => Promise.resolve(1)],
  ['Proxy', () => new Proxy({}, {})],
];

for (const [label, make] of values) report(`structuredClone ${label}`, () => structuredClone(make()));

const { port1, port2 } = new MessageChannel();
const received = [];
port2.on('message', (m) => received.push(m));
for (const [label, make] of values.slice(0, 4)) report(`port ${label}`, () => port1.postMessage(make()));
report('port symbol', () => port1.postMessage(Symbol('p')));
port1.postMessage('after the failures');

const w = new Worker(`require('worker_threads').parentPort.once('message', (m) => require('worker_threads').parentPort.postMessage('worker got ' + m))`, { eval: true });
report('worker function', () => w.postMessage({ f() {} }));
report('worker Promise', () => w.postMessage(new Promise(() => {})));
w.postMessage('ok');
w.on('message', (m) => console.log(m));
w.on('exit', () => {
  console.log('port received', JSON.stringify(received));
  port1.close();
});

report('structuredClone(1, null)', () => console.log(' ->', structuredClone(1, null)));
report('structuredClone(1, { transfer: 5 })', () => structuredClone(1, { transfer: 5 }));
console.log('DOMException.DATA_CLONE_ERR', DOMException.DATA_CLONE_ERR);
