// timers/promises scheduler: wait(delay, options) and yield(), the class
// that cannot be constructed, and the brand check on `this`.
'use strict';
const util = require('util');
const { scheduler, setTimeout: sleep } = require('timers/promises');

const describe = (e) => `${e.name} ${e.code} ${JSON.stringify(e.message)}`;

async function main() {
  const proto = Object.getPrototypeOf(scheduler);
  console.log('class', proto.constructor.name, Object.getOwnPropertyNames(proto).join(','));
  console.log('inspect', util.inspect(scheduler));
  console.log('keys', Object.keys(scheduler).length, Object.getOwnPropertySymbols(scheduler).length);
  try {
    new proto.constructor();
  } catch (e) {
    console.log('construct', describe(e));
  }
  for (const name of ['wait', 'yield']) {
    try {
      scheduler[name].call({}, 1);
    } catch (e) {
      console.log(`${name} on another this`, describe(e));
    }
  }

  console.log('wait resolves', await scheduler.wait(2));
  console.log('yield resolves', await scheduler.yield());
  console.log('yield ignores arguments', await scheduler.yield('ignored'));

  for (const [label, call] of [
    ['wait delay string', () => scheduler.wait('1')],
    ['wait options number', () => scheduler.wait(1, 5)],
    ['wait options null', () => scheduler.wait(1, null)],
    ['wait ref string', () => scheduler.wait(1, { ref: 'no' })],
    ['wait signal bad', () => scheduler.wait(1, { signal: true })],
  ]) {
    try {
      await call();
      console.log(label, 'resolved');
    } catch (e) {
      console.log(label, describe(e));
    }
  }

  const ac = new AbortController();
  const waiting = scheduler.wait(60000, { signal: ac.signal });
  ac.abort('cancelled');
  try {
    await waiting;
  } catch (e) {
    console.log('wait aborted', describe(e), e.cause);
  }

  // Ordering: yield runs after already queued microtasks; waits by delay.
  const yieldOrder = [];
  Promise.resolve().then(() => yieldOrder.push('microtask'));
  await scheduler.yield();
  yieldOrder.push('after yield');
  console.log('yield order', yieldOrder.join(' < '));
  const order = [];
  await Promise.all([
    scheduler.wait(20).then(() => order.push('wait 20')),
    scheduler.wait(1).then(() => order.push('wait 1')),
    sleep(10).then(() => order.push('sleep 10')),
  ]);
  console.log('wait order', order.join(' < '));
}
main().then(() => console.log('done'));
