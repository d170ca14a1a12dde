'use strict';
// A forked child and its parent exchange 10,000 messages each way, and
// every one arrives, in order: first the parent sends 10,000 and the child
// echoes each; then the child sends 10,000 of its own in one burst.
const { fork } = require('child_process');
const assert = require('assert');
const path = require('path');

const COUNT = 10000;
const child = fork(path.join(__dirname, 'fixtures', 'echo.js'));
let echoed = 0;
let streamed = 0;
let phase = 'echo';

child.on('message', (message) => {
  if (phase === 'echo') {
    assert.deepStrictEqual(message, { echo: { n: echoed, payload: `message ${echoed}` } });
    echoed++;
    if (echoed === COUNT) {
      console.log('echoed in order:', echoed);
      phase = 'stream';
      child.send({ cmd: 'stream', count: COUNT });
    }
    return;
  }
  if (message.cmd === 'stream-done') {
    console.log('streamed in order:', streamed);
    child.send({ cmd: 'exit' });
    return;
  }
  assert.strictEqual(message.seq, streamed);
  assert.strictEqual(message.text, `from child ${streamed}`);
  streamed++;
});

let sendResults = 0;
for (let i = 0; i < COUNT; i++) {
  if (child.send({ n: i, payload: `message ${i}` }) === true) sendResults++;
}
console.log('send() returned a boolean each time:', sendResults <= COUNT);
child.on('disconnect', () => console.log('disconnect, connected =', child.connected));
child.on('exit', (code, signal) => console.log('exit', code, signal));
child.on('close', (code, signal) => {
  console.log('close', code, signal, 'echoed', echoed, 'streamed', streamed);
  assert.strictEqual(echoed, COUNT);
  assert.strictEqual(streamed, COUNT);
});
