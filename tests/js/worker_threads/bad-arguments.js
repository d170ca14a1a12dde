'use strict';
// What the Worker constructor rejects, synchronously, with node's error
// classes, codes and messages. (Edge cases where spindle is known to
// differ are in bad-arguments-edges.js.)
const { Worker } = require('worker_threads');

function attempt(label, fn) {
  try {
    const w = fn();
    console.log(label, 'no throw');
    w.terminate();
  } catch (err) {
    console.log(label, `${err.name} ${err.code}: ${err.message}`);
  }
}

attempt('bare name', () => new Worker('worker.js'));
attempt('bare subdir', () => new Worker('fixtures/echo-info.js'));
attempt('http URL', () => new Worker(new URL('http://example.com/w.js')));
attempt('number', () => new Worker(42));
attempt('undefined', () => new Worker());
attempt('null', () => new Worker(null));
attempt('object', () => new Worker({}));
attempt('argv not array', () => new Worker('', { eval: true, argv: 'a b' }));
attempt('execArgv not array', () => new Worker('', { eval: true, execArgv: 'x' }));
attempt('env number', () => new Worker('', { eval: true, env: 5 }));
attempt('env string', () => new Worker('', { eval: true, env: 'x' }));
attempt('name number', () => new Worker('', { eval: true, name: 5 }));
