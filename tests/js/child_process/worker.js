'use strict';
// A worker thread starts processes of its own: the sync, callback and fork
// forms report to that worker's event loop, not the main one.
const { Worker } = require('worker_threads');
const path = require('path');

const echo = path.join(__dirname, 'fixtures', 'echo.js');
const worker = new Worker(`
const { execFile, execFileSync, fork } = require('child_process');
const { parentPort, workerData } = require('worker_threads');
parentPort.postMessage('sync: ' + execFileSync('echo', ['from sync']).toString().trim());
execFile('sh', ['-c', 'echo from async; exit 4'], (err, out) => {
  parentPort.postMessage('async: ' + out.trim() + ' code ' + err.code);
  const child = fork(workerData.echo);
  child.on('message', (m) => {
    parentPort.postMessage('fork answered: ' + JSON.stringify(m));
    child.send({ cmd: 'exit' });
  });
  child.on('exit', (code) => parentPort.postMessage('fork exit ' + code));
  child.send('ping');
});
`, { eval: true, workerData: { echo } });
worker.on('message', (m) => console.log(m));
worker.on('exit', (code) => console.log('worker exit', code));
