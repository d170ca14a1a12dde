'use strict';
// An uncaught exception or unhandled rejection in a worker: the parent gets
// 'error' with the error rebuilt (class, name, message, cause, own
// properties such as code and custom fields), then 'exit' with code 1.
// Thrown non-errors arrive as values. The parent keeps running. (More
// detail of the rebuilt error is in error-details.js.)
const { Worker } = require('worker_threads');

function describe(e) {
  if (e === null || (typeof e !== 'object' && typeof e !== 'function')) {
    return `${typeof e} ${JSON.stringify(e)}`;
  }
  const parts = [
    `ctor=${e.constructor && e.constructor.name}`,
    `instanceofError=${e instanceof Error}`,
    `name=${e.name}`,
    `message=${JSON.stringify(e.message)}`,
    `keys=${Object.keys(e).join(',')}`,
    `stackType=${typeof e.stack}`,
  ];
  if (e.code !== undefined) parts.push(`code=${e.code}`);
  if (e.extra !== undefined) parts.push(`extra=${JSON.stringify(e.extra)}`);
  if (e.cause !== undefined) parts.push(`cause=${e.cause instanceof Error}:${e.cause.message}`);
  if (e.errors !== undefined) parts.push(`errors=${e.errors.map((x) => x.message)}`);
  if (typeof e.valueOf() !== 'object') parts.push(`value=${JSON.stringify(e.valueOf())}`);
  return parts.join(' ');
}

function run(label, code, { showMessage = true } = {}) {
  return new Promise((resolve) => {
    const w = new Worker(code, { eval: true });
    const events = [];
    w.on('online', () => events.push('online'));
    w.on('error', (e) => {
      events.push('error');
      let text = describe(e);
      if (!showMessage) text = text.replace(/message=("(?:[^"\\]|\\.)*")/, 'message=<engine text>');
      console.log(label, text);
    });
    w.on('exit', (code) => {
      events.push(`exit:${code}`);
      console.log(label, events.join(' '));
      resolve();
    });
  });
}

(async () => {
  await run('Error', `throw new Error('plain')`);
  await run('RangeError with fields', `
    const e = new RangeError('out of range');
    e.code = 'E_RANGE';
    e.extra = { list: [1, 2], nested: { ok: true } };
    throw e;
  `);
  await run('TypeError from engine', `null.x`, { showMessage: false });
  await run('ReferenceError', `undefinedVariable + 1`, { showMessage: false });
  await run('SyntaxError in script', `let let = 1;`, { showMessage: false });
  await run('custom subclass', `
    class MyError extends Error {
      constructor(message) { super(message); this.name = 'MyError'; this.code = 'E_MINE'; }
    }
    throw new MyError('mine');
  `);
  await run('cause', `throw new Error('outer', { cause: new TypeError('inner') })`);
  await run('unhandled rejection', `Promise.reject(new TypeError('rejected'))`);
  await run('rejection in timer', `setTimeout(async () => { throw new URIError('late'); }, 1)`);
  await run('throw string', `throw 'just a string'`);
  await run('throw number', `throw 42`);
  await run('throw null', `throw null`);
  await run('throw undefined', `throw undefined`);
  await run('throw plain object', `throw { a: 1, b: 'two' }`);
  await new Promise((resolve) => {
    const w = new Worker(`
      const { parentPort } = require('worker_threads');
      parentPort.on('message', (m) => { throw new Error('from handler: ' + m); });
    `, { eval: true });
    w.on('error', (e) => console.log('error in message handler', describe(e)));
    w.on('exit', (code) => { console.log('error in message handler exit', code); resolve(); });
    w.postMessage('hello');
  });
  console.log('parent still running');
})();
