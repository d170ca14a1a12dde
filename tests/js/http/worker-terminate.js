'use strict';
// A worker's HTTP server closes with the worker: after terminate() its port
// refuses connections and can be listened on again.
const { Worker } = require('worker_threads');
const http = require('http');
const w = new Worker(`const http = require('http'); const { parentPort } = require('worker_threads');
  const s = http.createServer((q, r) => r.end('from worker')); s.listen(0, () => parentPort.postMessage(s.address().port));`, { eval: true });
w.once('message', (port) => {
  http.get({ port, agent: false }, (res) => {
    let b = ''; res.on('data', (d) => b += d); res.on('end', async () => {
      console.log('before terminate:', b);
      console.log('exit code', await w.terminate());
      http.get({ port, agent: false }, () => console.log('still served?!')).on('error', (e) => {
        console.log('after terminate:', e.code);
        const s = http.createServer().listen(port, () => { console.log('port free again'); s.close(); });
      });
    });
  });
});
