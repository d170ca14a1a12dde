'use strict';
// Transferring ArrayBuffers: the sender's buffer (and every view on it) is
// detached, byteLength 0, and the receiver has the bytes; over a port, to a
// worker (message and workerData) and back; structuredClone with transfer;
// a buffer not in the list is copied; markAsUntransferable keeps a copy.
// (Detached buffers sent again: transfer-detached.js.)
const assert = require('assert');
const { Worker, MessageChannel, markAsUntransferable } = require('worker_threads');

function bytes(n, start = 1) {
  const u8 = new Uint8Array(n);
  for (let i = 0; i < n; i++) u8[i] = (start + i) & 0xff;
  return u8;
}

(async () => {
  // structuredClone with transfer.
  {
    const u8 = bytes(6);
    const copy = structuredClone(u8, { transfer: [u8.buffer] });
    console.log('structuredClone: sender', u8.byteLength, u8.buffer.byteLength, u8.length,
      'receiver', Array.from(copy), copy.buffer.byteLength);
    try { u8.buffer.slice(0); console.log('slice of detached: no throw'); } catch (e) { console.log('slice of detached:', e.name); }
  }

  // Over a MessageChannel on this thread.
  {
    const { port1, port2 } = new MessageChannel();
    const ab = bytes(16, 10).buffer;
    const view = new Uint32Array(ab);
    const copied = bytes(4);
    const received = new Promise((resolve) => port2.once('message', resolve));
    port1.postMessage({ ab, view, copied }, [ab]);
    console.log('port: sender ab', ab.byteLength, 'view length', view.length, 'copied kept', copied.byteLength);
    const m = await received;
    console.log('port: receiver', new Uint8Array(m.ab).slice(0, 4).join(','), m.ab.byteLength,
      'view on same buffer', m.view.buffer === m.ab, 'copied', Array.from(m.copied));
    port1.close();
  }

  // To a worker and back: the worker sums, then transfers the buffer back.
  {
    const w = new Worker(`
      const { parentPort, workerData } = require('worker_threads');
      const fromData = new Uint8Array(workerData.ab);
      parentPort.on('message', (ab) => {
        const u8 = new Uint8Array(ab);
        const sum = u8.reduce((a, b) => a + b, 0);
        for (let i = 0; i < u8.length; i++) u8[i] *= 2;
        parentPort.postMessage({ sum, ab, dataLength: fromData.length }, [ab]);
        parentPort.postMessage({ afterTransferBack: ab.byteLength });
        parentPort.close();
      });
    `, { eval: true, workerData: { ab: bytes(3).buffer } });
    const big = bytes(1 << 20).buffer;
    const small = bytes(5);
    const replies = [];
    w.on('message', (m) => replies.push(m));
    w.postMessage(small.buffer, [small.buffer]);
    console.log('worker: sender after postMessage', small.byteLength, small.length);
    await new Promise((resolve) => w.on('exit', resolve));
    const [first, second] = replies;
    console.log('worker: sum', first.sum, 'returned', Array.from(new Uint8Array(first.ab)),
      'workerData buffer length', first.dataLength, 'worker side after', second.afterTransferBack);
    assert.strictEqual(big.byteLength, 1 << 20);
  }

  // workerData with transferList detaches in the parent.
  {
    const ab = bytes(8).buffer;
    const w = new Worker(`
      const { parentPort, workerData } = require('worker_threads');
      parentPort.postMessage(Array.from(new Uint8Array(workerData)));
    `, { eval: true, workerData: ab, transferList: [ab] });
    console.log('workerData transfer: parent byteLength', ab.byteLength);
    console.log('workerData transfer: worker saw', (await new Promise((r) => w.once('message', r))).join(','));
  }

  // A large buffer transferred arrives whole.
  {
    const { port1, port2 } = new MessageChannel();
    const big = bytes(8 << 20, 3);
    const received = new Promise((resolve) => port2.once('message', resolve));
    port1.postMessage(big, [big.buffer]);
    const got = await received;
    let ok = got.length === 8 << 20;
    for (let i = 0; ok && i < got.length; i += 4099) ok = got[i] === ((3 + i) & 0xff);
    console.log('8 MiB transfer: sender', big.length, 'receiver ok', ok);
    port1.close();
  }

  // markAsUntransferable: listed but copied, the sender keeps it.
  {
    const u8 = bytes(4);
    markAsUntransferable(u8.buffer);
    const copy = structuredClone(u8, { transfer: [u8.buffer] });
    console.log('untransferable: sender', u8.byteLength, 'receiver', Array.from(copy));
  }

})();
