// spindle:pool: maxQueue refuses tasks beyond the limit with piscina's
// errors; needsDrain/drain tell a producer when to wait; close() lets
// running tasks finish, close({ force }) and destroy() settle the rest.
'use strict';
const path = require('path');
const Pool = require('spindle:pool');

const tasks = path.join(__dirname, 'fixtures', 'tasks.js');

(async () => {
  const pool = new Pool({ filename: tasks, minThreads: 1, maxThreads: 1, maxQueue: 2 });
  await pool.run(0);
  const events = [];
  pool.on('needsDrain', () => events.push('needsDrain'));
  pool.on('drain', () => events.push('drain'));
  const accepted = [pool.run(30, { name: 'sleep' }), pool.run(1), pool.run(2)];
  await null;
  console.log('needsDrain', pool.needsDrain);
  const refused = await pool.run(3).catch((e) => e);
  console.log('over the limit:', refused.message);
  console.log('accepted:', await Promise.all(accepted));
  await new Promise((resolve) => setImmediate(resolve));
  console.log('events:', events.join(' '), 'needsDrain', pool.needsDrain);
  await pool.destroy();

  const none = new Pool({ filename: tasks, minThreads: 1, maxThreads: 1, maxQueue: 0 });
  await none.run(0);
  const busy = none.run(20, { name: 'sleep' });
  console.log('no queue:', (await none.run(1).catch((e) => e)).message);
  await busy;
  await none.destroy();

  const auto = new Pool({ filename: tasks, maxThreads: 3, maxQueue: 'auto' });
  console.log('auto maxQueue', auto.options.maxQueue);
  await auto.destroy();

  // close(): waits for running and queued tasks, then 'close'.
  const closing = new Pool({ filename: tasks, maxThreads: 1 });
  closing.on('close', () => console.log('close event'));
  const work = [closing.run(30, { name: 'sleep' }), closing.run(5)];
  await closing.close();
  console.log('after close:', await Promise.all(work));
  console.log('run after close:', (await closing.run(1).catch((e) => e)).name);

  // close({ force: true }): queued tasks are aborted, the running one ends.
  const forced = new Pool({ filename: tasks, maxThreads: 1 });
  await forced.run(0);
  const running = forced.run(50, { name: 'sleep' });
  await new Promise((resolve) => setTimeout(resolve, 10));
  const queued = [forced.run(1), forced.run(2)].map((p) => p.catch((e) => e));
  await forced.close({ force: true });
  console.log('running:', await running);
  for (const q of queued) {
    const e = await q;
    console.log('queued:', e.name, e.message, e.cause);
  }

  // closeTimeout: a task that never ends cannot hold close() up.
  const stuck = new Pool({ filename: tasks, maxThreads: 1, closeTimeout: 50 });
  stuck.on('error', (e) => console.log('error event:', e.message));
  const spin = stuck.run(null, { name: 'spin' }).catch((e) => e);
  await stuck.close();
  console.log('spinning task:', (await spin).message);

  // destroy(): queued and running tasks reject.
  const doomed = new Pool({ filename: tasks, maxThreads: 1 });
  const all = [doomed.run(null, { name: 'spin' }), doomed.run(1), doomed.run(2)].map((p) => p.catch((e) => e));
  await new Promise((resolve) => setTimeout(resolve, 20));
  await doomed.destroy();
  for (const p of all) console.log('destroyed:', (await p).message);
})();
