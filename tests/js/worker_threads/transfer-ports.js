'use strict';
// MessagePorts moving between threads: a port sent to a worker in
// workerData and in a message, and a port moved main -> worker A -> worker
// B that stays connected to the end kept on the main thread.
const path = require('path');
const { Worker, MessageChannel, MessagePort } = require('worker_threads');

// Resolves when `emitter` emits `name`, with the first argument.
const when = (emitter, name) => new Promise((resolve) => emitter.once(name, resolve));

(async () => {
  // In workerData, with transferList.
  {
    const { port1, port2 } = new MessageChannel();
    const w = new Worker(`
      const { workerData } = require('worker_threads');
      workerData.port.postMessage('hello from workerData port ' + workerData.tag);
      workerData.port.close();
    `, { eval: true, workerData: { port: port2, tag: 't' }, transferList: [port2] });
    port1.on('message', (m) => console.log('main got:', m));
    const [, code] = await Promise.all([when(port1, 'close'), when(w, 'exit')]);
    console.log('port1 closed; worker exit', code);
  }

  // In a message: the worker echoes on the port; the sent port is unusable here.
  {
    const { port1, port2 } = new MessageChannel();
    const w = new Worker(`
      const { parentPort } = require('worker_threads');
      parentPort.once('message', ({ port, label }) => {
        port.on('message', (m) => {
          if (m === 'stop') { port.close(); return; }
          port.postMessage(label + ' echo ' + m);
        });
      });
    `, { eval: true });
    w.postMessage({ port: port2, label: 'w' }, [port2]);
    console.log('sent port is detached: post is a no-op', port2.postMessage('x'));
    const got = [];
    port1.on('message', (m) => {
      got.push(m);
      if (got.length === 3) port1.postMessage('stop');
    });
    port1.postMessage(1);
    port1.postMessage(2);
    port1.postMessage(3);
    const [, code] = await Promise.all([when(port1, 'close'), when(w, 'exit')]);
    console.log('echoes', JSON.stringify(got), 'echo worker exit', code);
  }

  // main -> A -> B.
  {
    const { port1, port2 } = new MessageChannel();
    const a = new Worker(path.join(__dirname, 'fixtures', 'port-relay.js'));
    const fromA = [];
    a.on('message', (m) => fromA.push(m));
    a.postMessage({ port: port2 }, [port2]);
    const seen = [];
    port1.on('message', (m) => {
      seen.push(m);
      if (m === 'A has the port') port1.postMessage('one');
      else if (m.startsWith('B has the port')) port1.postMessage('two');
      else if (m === 'B heard two') port1.postMessage('close');
    });
    const [, code] = await Promise.all([when(port1, 'close'), when(a, 'exit')]);
    for (const line of seen) console.log('port1:', line);
    console.log('port1 closed; from A:', fromA.join(', '), '| A exit', code);
  }

  // The received port is a real MessagePort of this thread.
  await new Promise((resolve) => {
    const w = new Worker(`
      const { parentPort, MessageChannel } = require('worker_threads');
      const { port1, port2 } = new MessageChannel();
      parentPort.postMessage({ port: port1 }, [port1]);
      port2.postMessage('made in the worker');
      port2.close();
    `, { eval: true });
    w.on('message', ({ port }) => {
      console.log('received port instanceof MessagePort', port instanceof MessagePort);
      port.on('message', (m) => console.log('worker-made port says:', m));
      port.on('close', () => { console.log('worker-made port closed'); resolve(); });
    });
  });
})();
