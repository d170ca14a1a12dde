// timers/promises setInterval: an async iterator yielding the value once per
// tick; validation errors and aborts surface from next(); break/return
// clears the interval so the process can exit.
'use strict';
const assert = require('assert');
const tp = require('timers/promises');

const describe = (e) => `${e.name} ${e.code} ${JSON.stringify(e.message)}`;

async function firstResult(label, iterator) {
  try {
    console.log(label, 'next', JSON.stringify(await iterator.next()));
  } catch (e) {
    console.log(label, 'rejected', describe(e), e.cause === undefined ? '' : `cause=${String(e.cause)}`);
  }
}

async function main() {
  const it = tp.setInterval(5, 'tick');
  console.log('iterator', Object.prototype.toString.call(it), typeof it[Symbol.asyncIterator],
    it[Symbol.asyncIterator]() === it, tp.setInterval.constructor.name);

  // Counting a few ticks, then break.
  let n = 0;
  for await (const value of it) {
    n++;
    console.log('tick', n, value);
    if (n === 3) break;
  }
  console.log('after break', JSON.stringify(await it.next()));

  // No value: yields undefined; return() ends it.
  const bare = tp.setInterval(2);
  console.log('bare', JSON.stringify(await bare.next()));
  console.log('return', JSON.stringify(await bare.return('r')));
  console.log('after return', JSON.stringify(await bare.next()));

  // Validation happens on the first next(), not at the call.
  let lazy;
  assert.doesNotThrow(() => { lazy = tp.setInterval('5', 'x'); });
  await firstResult('delay string', lazy);
  await firstResult('options null', tp.setInterval(1, 'x', null));
  await firstResult('options number', tp.setInterval(1, 'x', 3));
  await firstResult('signal bad', tp.setInterval(1, 'x', { signal: 'nope' }));
  await firstResult('ref bad', tp.setInterval(1, 'x', { ref: 0 }));

  // Aborted before the first next().
  const pre = new AbortController();
  pre.abort('before');
  await firstResult('pre-aborted', tp.setInterval(1, 'x', { signal: pre.signal }));

  // Aborted while the consumer waits.
  const ac = new AbortController();
  const waiting = tp.setInterval(60000, 'x', { signal: ac.signal });
  const pending = waiting.next();
  setTimeout(() => ac.abort('while waiting'), 5);
  try {
    await pending;
  } catch (e) {
    console.log('aborted while waiting', describe(e), String(e.cause));
  }
  console.log('then', JSON.stringify(await waiting.next()));

  // Aborted between ticks, inside the loop body.
  const ac2 = new AbortController();
  const seen = [];
  try {
    for await (const v of tp.setInterval(2, 'v', { signal: ac2.signal })) {
      seen.push(v);
      if (seen.length === 2) ac2.abort(new Error('enough'));
    }
  } catch (e) {
    console.log('aborted in loop', describe(e), e.cause.message, seen.length);
  }

  // Ticks that happen while the consumer is busy are each yielded once.
  const busy = tp.setInterval(1, 'b');
  await busy.next();
  const start = Date.now();
  while (Date.now() - start < 20) { /* let several ticks fall due */ }
  await tp.setTimeout(10);
  const quick = [];
  for (let i = 0; i < 2; i++) quick.push((await busy.next()).value);
  await busy.return();
  console.log('busy consumer', quick.join(','));

  console.log('done');
}
main();
