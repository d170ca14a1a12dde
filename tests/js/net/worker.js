'use strict';
// net inside worker threads: a TCP server owned by a worker answers the
// main thread; a worker connects to the main thread's server; each
// isolate's sockets report to its own event loop, and a worker whose
// sockets are all closed exits on its own.
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
const net = require('net');

function request(port, text) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.end(text));
    let reply = '';
    socket.setEncoding('utf8');
    socket.on('data', (d) => { reply += d; });
    socket.on('end', () => resolve(reply));
    socket.on('error', reject);
  });
}

if (isMainThread) {
  const main = net.createServer((s) => {
    s.setEncoding('utf8');
    let text = '';
    s.on('data', (d) => { text += d; });
    s.on('end', () => s.end(`main thread got "${text}"`));
  });
  main.listen(0, '127.0.0.1', () => {
    const worker = new Worker(__filename, { workerData: { mainPort: main.address().port } });
    worker.on('message', async (msg) => {
      if (msg.port) {
        console.log('from the worker\'s server:', await request(msg.port, 'hello worker'));
        worker.postMessage('stop');
      } else if (msg.fetched) {
        console.log('the worker heard:', msg.fetched);
      }
    });
    worker.on('exit', (code) => {
      console.log('worker exited', code);
      main.close(() => console.log('main server closed'));
    });
  });
} else {
  const server = net.createServer((s) => {
    s.setEncoding('utf8');
    let text = '';
    s.on('data', (d) => { text += d; });
    s.on('end', () => s.end(`worker got "${text}"`));
  });
  server.listen(0, '127.0.0.1', async () => {
    const fetched = await request(workerData.mainPort, 'hello main');
    parentPort.postMessage({ fetched });
    parentPort.postMessage({ port: server.address().port });
  });
  parentPort.once('message', () => {
    // Once the server is closed, nothing keeps the worker alive.
    server.close();
    parentPort.unref();
  });
}
