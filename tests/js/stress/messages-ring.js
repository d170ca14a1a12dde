'use strict';
// Messages across 4 ports and 4 threads: four workers in a ring, each
// sending its share of numbered messages to the next one over a
// MessagePort of its own while receiving from the previous one. Every
// receiver checks that sequence numbers arrive exactly once and in order;
// the totals must add up exactly. 1,000,000 messages with STRESS_FULL=1.
const assert = require('assert');
const path = require('path');
const { Worker, MessageChannel } = require('worker_threads');
const { size } = require('./fixtures/scale');

const THREADS = 4;
const TOTAL = size(100000, 1000000);
const PER_THREAD = TOTAL / THREADS;

const channels = Array.from({ length: THREADS }, () => new MessageChannel());
const results = [];
let exited = 0;
for (let i = 0; i < THREADS; i++) {
  // Worker i sends on channel i and receives on channel i - 1.
  const send = channels[i].port1;
  const receive = channels[(i + THREADS - 1) % THREADS].port2;
  const w = new Worker(path.join(__dirname, 'fixtures', 'ring-member.js'), {
    workerData: { index: i, count: PER_THREAD, send, receive },
    transferList: [send, receive],
  });
  w.on('message', (m) => results.push(m));
  w.on('error', (err) => { console.log('worker error', err.message); process.exitCode = 1; });
  w.on('exit', () => {
    if (++exited < THREADS) return;
    results.sort((a, b) => a.index - b.index);
    let received = 0;
    let lost = 0;
    let duplicated = 0;
    let reordered = 0;
    for (const r of results) {
      received += r.received;
      lost += r.lost;
      duplicated += r.duplicated;
      reordered += r.reordered;
    }
    console.log('threads', THREADS, 'messages sent', TOTAL === THREADS * PER_THREAD ? 'all' : 'some');
    console.log('received all', received === TOTAL);
    console.log('lost', lost, 'duplicated', duplicated, 'reordered', reordered);
    assert.strictEqual(results.length, THREADS);
    assert.strictEqual(received, TOTAL);
    assert.strictEqual(lost + duplicated + reordered, 0);
  });
}
