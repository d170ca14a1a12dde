'use strict';
// A cluster of 2 workers serving HTTP on one port (listen(0): the primary
// hands both the same port). The primary sends 200 requests, each on a new
// connection, and both workers must answer some of them.
const cluster = require('cluster');
const http = require('http');
const assert = require('assert');

const REQUESTS = 200;

if (cluster.isWorker) {
  const server = http.createServer((req, res) => res.end(String(cluster.worker.id)));
  server.listen(0, () => {
    process.send({ port: server.address().port, state: cluster.worker.state });
  });
} else {
  const ports = new Set();
  const infos = [];
  const workerEvents = [];
  cluster.on('message', (worker, message) => {
    assert.strictEqual(message.state, 'online');
    ports.add(message.port);
  });
  cluster.on('listening', (worker, address) => {
    assert.strictEqual(worker.state, 'listening');
    infos.push(address);
    ports.add(address.port);
    if (infos.length === 2) run();
  });
  for (let i = 0; i < 2; i++) {
    const worker = cluster.fork();
    worker.on('listening', (address) => workerEvents.push(address.port));
  }

  function run() {
    console.log('listening infos', infos.map((a) => ({ ...a, port: typeof a.port })));
    console.log('one port for both workers', ports.size === 1, 'worker events', workerEvents.length);
    const port = [...ports][0];
    assert.deepStrictEqual(workerEvents, [port, port]);
    const answers = {};
    let done = 0;
    const request = () => {
      const req = http.get({ host: '127.0.0.1', port, path: '/', agent: false, headers: { connection: 'close' } }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => { body += chunk; });
        res.on('end', () => {
          answers[body] = (answers[body] || 0) + 1;
          if (++done < REQUESTS) request();
          else finish(answers);
        });
      });
      req.on('error', (err) => {
        console.log('request failed', err.code);
        process.exit(1);
      });
    };
    request();
  }

  function finish(answers) {
    const ids = Object.keys(answers).sort();
    console.log('both workers answered:', ids.length === 2 && ids[0] === '1' && ids[1] === '2');
    console.log('total', Object.values(answers).reduce((a, b) => a + b, 0));
    cluster.disconnect(() => console.log('disconnected'));
    cluster.on('exit', (worker, code, signal) => assert.strictEqual(code, 0, `worker ${worker.id} ${signal}`));
  }
}
