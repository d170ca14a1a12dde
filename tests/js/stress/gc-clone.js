// flags: --expose-gc
'use strict';
// GC stress around structured clone, transfer and ports: a full collection
// between every step (serialize, queue, receive, transfer, share), so that
// anything the engine layer holds unrooted across a step is collected
// while still in use. Run by scripts/memcheck.sh under valgrind too. The
// prebuilt engine has no GC zeal mode; gc() at every step is the nearest.
const assert = require('assert');
const { isDeepStrictEqual } = require('util');
const { Worker, MessageChannel, receiveMessageOnPort } = require('worker_threads');

const ROUNDS = 40;

function value(i) {
  const shared = { id: i, text: `v${i}`.repeat(i % 7) };
  return {
    i,
    list: [1.5, -0, 'x', null, undefined, 2n ** BigInt(i)],
    map: new Map([[i, shared], ['s', new Set([shared, i])]]),
    bytes: new Uint16Array([i, i + 1, i + 2]),
    date: new Date(i * 1000),
    re: /a+b/gi,
    err: new RangeError(`bad ${i}`),
    shared,
    again: shared,
  };
}

let checked = 0;
for (let i = 0; i < ROUNDS; i++) {
  const v = value(i);
  gc();
  const copy = structuredClone(v);
  gc();
  assert(isDeepStrictEqual(copy, value(i)));
  assert.strictEqual(copy.shared, copy.again);

  const { port1, port2 } = new MessageChannel();
  port1.postMessage(value(i));
  gc();
  const got = receiveMessageOnPort(port2).message;
  gc();
  assert(isDeepStrictEqual(got, value(i)));

  const buffer = new Uint8Array(1024).fill(i).buffer;
  port1.postMessage(buffer, [buffer]);
  gc();
  const moved = receiveMessageOnPort(port2).message;
  gc();
  assert.strictEqual(buffer.byteLength, 0);
  assert.strictEqual(new Uint8Array(moved)[1023], i);

  const inner = new MessageChannel();
  port1.postMessage({ port: inner.port1 }, [inner.port1]);
  gc();
  const carried = receiveMessageOnPort(port2).message.port;
  gc();
  inner.port2.postMessage(i);
  gc();
  assert.strictEqual(receiveMessageOnPort(carried).message, i);
  carried.close();
  inner.port2.close();
  port1.close();
  checked++;
}
console.log('clone/transfer/port rounds checked', checked);

// Across threads: a worker echoes each value back, collecting as it goes.
const sab = new SharedArrayBuffer(16);
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', (m) => {
    globalThis.gc();
    if (m.sab) Atomics.add(new Int32Array(m.sab), 0, 1);
    parentPort.postMessage(m);
    globalThis.gc();
  });
`, { eval: true }); // (inherits --expose-gc)
let echoed = 0;
w.on('message', (m) => {
  gc();
  assert(isDeepStrictEqual(m.v, value(echoed)));
  echoed++;
  if (echoed < ROUNDS) {
    w.postMessage({ v: value(echoed), sab });
  } else {
    console.log('worker echoes checked', echoed, 'shared adds', Atomics.load(new Int32Array(sab), 0));
    w.terminate();
  }
});
w.postMessage({ v: value(0), sab });
