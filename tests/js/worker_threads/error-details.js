'use strict';
// Finer points of the error a worker's uncaught exception becomes in the
// parent, as node 20 does them: its toString tag is Error, yet
// util.types.isNativeError says false (node rebuilds it from a plain
// object), a name inherited from a prototype becomes an own property,
// and an AggregateError arrives as an Error keeping its name and errors.
const { Worker } = require('worker_threads');

function run(label, code, show) {
  return new Promise((resolve) => {
    const w = new Worker(code, { eval: true });
    w.on('error', (e) => console.log(label, show(e)));
    w.on('exit', (code) => { console.log(label, 'exit', code); resolve(); });
  });
}

(async () => {
  await run('tag', `throw new RangeError('r')`,
    (e) => `${Object.prototype.toString.call(e)} ${e instanceof RangeError} isNativeError=${require('util').types.isNativeError(e)}`);
  await run('prototype name', `
    class Quiet extends TypeError {}
    Quiet.prototype.name = 'Quiet';
    throw new Quiet('proto name');
  `, (e) => `${e.constructor.name} ${e.name} own=${Object.prototype.hasOwnProperty.call(e, 'name')} keys=${Object.keys(e)}`);
  await run('AggregateError', `throw new AggregateError([new Error('a'), new Error('b')], 'many')`,
    (e) => `${e.constructor.name} ${e.name} ${e.message} errors=${e.errors && e.errors.map((x) => x.message)}`);
})();
