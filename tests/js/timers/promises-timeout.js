// timers/promises setTimeout and setImmediate: resolved values, ordering,
// argument validation (always a rejection, never a throw), AbortSignal
// handling with node's AbortError (ref: false is in promises-unref.js).
'use strict';
const assert = require('assert');
const tp = require('timers/promises');

const describe = (e) => `${e.name} ${e.code} ${e.constructor.name} ${JSON.stringify(e.message)}`;

async function settle(label, make) {
  let promise;
  try {
    promise = make();
  } catch (e) {
    console.log(label, 'threw synchronously', describe(e));
    return;
  }
  assert.ok(promise instanceof Promise, label);
  try {
    console.log(label, 'resolved', JSON.stringify(await promise));
  } catch (e) {
    console.log(label, 'rejected', describe(e));
    return e;
  }
}

async function main() {
  console.log('exports', Object.keys(tp).join(','));
  console.log('lengths', tp.setTimeout.length, tp.setImmediate.length, tp.setInterval.length);
  console.log('names', tp.setTimeout.name, tp.setImmediate.name, tp.setInterval.name);

  // Values and defaults.
  await settle('timeout value', () => tp.setTimeout(1, 'v'));
  await settle('timeout object', () => tp.setTimeout(2, { a: [1, 2] }));
  await settle('timeout no value', () => tp.setTimeout(1));
  await settle('timeout no delay', () => tp.setTimeout());
  await settle('timeout NaN delay', () => tp.setTimeout(NaN, 'nan'));
  await settle('timeout negative delay', () => tp.setTimeout(-10, 'neg'));
  await settle('timeout signal undefined', () => tp.setTimeout(1, 's', { signal: undefined }));
  await settle('immediate value', () => tp.setImmediate('i'));
  await settle('immediate no value', () => tp.setImmediate());
  await settle('immediate ref true', () => tp.setImmediate(7, { ref: true }));

  // Validation: the delay first, then options, options.signal, options.ref.
  await settle('delay string', () => tp.setTimeout('10', 'x'));
  await settle('delay null', () => tp.setTimeout(null, 'x'));
  await settle('delay string + bad options', () => tp.setTimeout('10', 'x', 5));
  await settle('options null', () => tp.setTimeout(1, 'x', null));
  await settle('options string', () => tp.setTimeout(1, 'x', 'opts'));
  await settle('options array', () => tp.setTimeout(1, 'x', []));
  await settle('signal number', () => tp.setTimeout(1, 'x', { signal: 1 }));
  await settle('signal plain object', () => tp.setTimeout(1, 'x', { signal: {} }));
  await settle('signal null', () => tp.setTimeout(1, 'x', { signal: null }));
  await settle('ref number', () => tp.setTimeout(1, 'x', { ref: 1 }));
  await settle('immediate options number', () => tp.setImmediate('x', 5));
  await settle('immediate options null', () => tp.setImmediate('x', null));
  await settle('immediate signal string', () => tp.setImmediate('x', { signal: 'sig' }));
  await settle('immediate ref string', () => tp.setImmediate('x', { ref: 'yes' }));

  // Ordering: by delay, then by creation for equal delays.
  const order = [];
  await Promise.all([
    tp.setTimeout(30, 'c').then((v) => order.push(v)),
    tp.setTimeout(1, 'a1').then((v) => order.push(v)),
    tp.setTimeout(15, 'b').then((v) => order.push(v)),
    tp.setTimeout(1, 'a2').then((v) => order.push(v)),
  ]);
  console.log('timeout order', order.join(','));
  const immOrder = [];
  await Promise.all([1, 2, 3].map((n) => tp.setImmediate(n).then((v) => immOrder.push(v))));
  console.log('immediate order', immOrder.join(','));

  // An already aborted signal rejects at once; cause is the signal's reason.
  const pre = new AbortController();
  pre.abort('stop');
  let e = await settle('pre-aborted timeout', () => tp.setTimeout(1, 'x', { signal: pre.signal }));
  console.log('  cause', JSON.stringify(e.cause), e instanceof Error);
  e = await settle('pre-aborted immediate', () => tp.setImmediate('x', { signal: pre.signal }));
  console.log('  cause', JSON.stringify(e.cause));
  const preDefault = new AbortController();
  preDefault.abort();
  e = await settle('pre-aborted default reason', () => tp.setTimeout(1, 'x', { signal: preDefault.signal }));
  console.log('  cause', e.cause.name, e.cause.constructor.name, e.cause === preDefault.signal.reason);

  // Aborting while waiting rejects and removes the timer.
  const later = new AbortController();
  const pending = tp.setTimeout(60000, 'never', { signal: later.signal });
  later.abort(new Error('changed my mind'));
  e = await settle('aborted while waiting', () => pending);
  console.log('  cause', e.cause.message);
  const laterImm = new AbortController();
  const pendingImm = tp.setImmediate('never', { signal: laterImm.signal });
  laterImm.abort(42);
  e = await settle('immediate aborted while waiting', () => pendingImm);
  console.log('  cause', e.cause);

  // Aborting after the timer fired changes nothing.
  const after = new AbortController();
  const done = await tp.setTimeout(1, 'fired', { signal: after.signal });
  after.abort();
  console.log('abort after resolve', done);

  // One signal for several timers: each one rejects.
  const shared = new AbortController();
  const many = [1, 2, 3].map((n) => tp.setTimeout(60000, n, { signal: shared.signal })
    .then(() => 'resolved', (err) => err.code));
  shared.abort();
  console.log('shared signal', (await Promise.all(many)).join(','));

  // AbortError shape.
  console.log('AbortError', e.name, e.code, Object.keys(e).join(','), e instanceof Error);
}

main().then(() => {
  tp.setTimeout(1, 'last').then((v) => console.log('last', v));
  process.on('exit', () => console.log('exit'));
});
