'use strict';
// An HTTP server owned by a worker thread, called from the main thread
// (and a client request made from inside the worker to the main thread's
// server): each isolate's sockets report to their own event loop.
const { Worker, isMainThread, parentPort } = require('worker_threads');
const http = require('http');

function fetchText(port, path) {
  return new Promise((resolve) => {
    http.get({ port, path }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve(body));
    });
  });
}

if (isMainThread) {
  const main = http.createServer((req, res) => res.end(`main thread answers ${req.url}`));
  main.listen(0, () => {
    const worker = new Worker(__filename, { workerData: null });
    worker.on('message', async (msg) => {
      if (msg.port) {
        console.log('from the worker\'s server:', await fetchText(msg.port, '/hello'));
        worker.postMessage({ mainPort: main.address().port });
      } else if (msg.fetched) {
        console.log('the worker fetched:', msg.fetched);
        worker.postMessage({ stop: true });
      }
    });
    worker.on('exit', (code) => {
      console.log('worker exit', code);
      main.close(() => console.log('main server closed'));
    });
  });
} else {
  const server = http.createServer((req, res) => res.end(`worker answers ${req.url}`));
  server.listen(0, () => parentPort.postMessage({ port: server.address().port }));
  parentPort.on('message', async (msg) => {
    if (msg.mainPort) {
      parentPort.postMessage({ fetched: await fetchText(msg.mainPort, '/from-worker') });
    } else if (msg.stop) {
      server.close(() => parentPort.close());
    }
  });
}
