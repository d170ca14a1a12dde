'use strict';
// worker.terminate(): a worker stuck in a busy loop is stopped and the
// promise resolves with exit code 1 ('exit' fires with 1 too); calling it
// twice gives two promises with the same code; after the worker has exited
// it resolves with undefined; it can be called before 'online'; an idle
// worker (waiting on its port) is stopped too.
const assert = require('assert');
const { Worker } = require('worker_threads');

function busyWorker() {
  return new Worker(`
    const { parentPort } = require('worker_threads');
    parentPort.postMessage('spinning');
    for (;;) {}
  `, { eval: true });
}

(async () => {
  // A busy infinite loop.
  {
    const w = busyWorker();
    const events = [];
    w.on('exit', (code) => events.push(`exit:${code}`));
    w.on('error', (e) => events.push(`error:${e.message}`));
    await new Promise((resolve) => w.once('message', resolve));
    const p = w.terminate();
    console.log('terminate returns a promise', p instanceof Promise);
    const code = await p;
    console.log('busy: resolved with', code, 'events', events.join(' '), 'threadId', w.threadId);
  }

  // Twice in a row.
  {
    const w = busyWorker();
    await new Promise((resolve) => w.once('message', resolve));
    const results = await Promise.all([w.terminate(), w.terminate()]);
    console.log('twice:', results.join(','));
  }

  // After a natural exit.
  {
    const w = new Worker('', { eval: true });
    const code = await new Promise((resolve) => w.on('exit', resolve));
    console.log('natural exit code', code);
    console.log('terminate after exit:', await w.terminate());
  }

  // Right after the constructor, before 'online'. Node resolves with 0 when
  // the thread had not set up yet and 1 otherwise (a race), so only the
  // agreement with the 'exit' event is printed.
  {
    const w = busyWorker();
    const exitCode = new Promise((resolve) => w.on('exit', resolve));
    const code = await w.terminate();
    const fromEvent = await exitCode;
    assert(code === 0 || code === 1, `unexpected code ${code}`);
    console.log('before online: resolves with the exit code', code === fromEvent);
  }

  // Terminating a worker that waits on its port (idle, not busy).
  {
    const w = new Worker(`
      const { parentPort } = require('worker_threads');
      parentPort.on('message', () => {});
      parentPort.postMessage('ready');
    `, { eval: true });
    await new Promise((resolve) => w.once('message', resolve));
    console.log('idle: resolved with', await w.terminate());
  }

  // Messages posted after terminate() are dropped silently.
  {
    const w = busyWorker();
    await new Promise((resolve) => w.once('message', resolve));
    const p = w.terminate();
    w.postMessage('ignored');
    console.log('postMessage after terminate resolved with', await p);
    w.postMessage('ignored after exit');
  }
  console.log('done');
})();
