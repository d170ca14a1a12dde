// spindle:pool: a task over its timeout rejects with a TimeoutError and
// its worker is stopped (even in a busy loop) and replaced; aborting a
// queued task never touches a worker, aborting a running one stops it.
'use strict';
const path = require('path');
const Pool = require('spindle:pool');

const tasks = path.join(__dirname, 'fixtures', 'tasks.js');

(async () => {
  const pool = new Pool({ filename: tasks, minThreads: 1, maxThreads: 1 });
  const before = await pool.run(null, { name: 'threadId' });
  const started = Date.now();
  const err = await pool.run(null, { name: 'spin', timeout: 50 }).catch((e) => e);
  console.log('busy loop:', err.name, err.code, err.message, err instanceof Pool.TimeoutError);
  console.log('stopped promptly', Date.now() - started < 2000);
  const after = await pool.run(null, { name: 'threadId' });
  console.log('worker replaced', after !== before);
  console.log('async task within its time', await pool.run(5, { name: 'sleep', timeout: 5000 }));
  console.log('async task over its time:', (await pool.run(5000, { name: 'sleep', timeout: 20 }).catch((e) => e)).name);

  // A pool-wide default timeout.
  const strict = new Pool({ filename: tasks, maxThreads: 1, timeout: 30 });
  console.log('pool timeout:', (await strict.run(null, { name: 'spin' }).catch((e) => e)).message);
  console.log('then', await strict.run(1));
  await strict.destroy();

  // Abort: already aborted, queued (never reaches a worker), running.
  const ac = new AbortController();
  ac.abort('no thanks');
  const pre = await pool.run(1, { signal: ac.signal }).catch((e) => e);
  console.log('pre-aborted:', pre.name, pre.message, pre.cause);
  const running = new AbortController();
  const spinning = pool.run(null, { name: 'spin', signal: running.signal });
  const queued = new AbortController();
  const waiting = pool.run(1, { signal: queued.signal });
  const completedBefore = pool.completed;
  queued.abort();
  const q = await waiting.catch((e) => e);
  console.log('queued abort:', q.name, q.message);
  setTimeout(() => running.abort(new Error('enough')), 20);
  const r = await spinning.catch((e) => e);
  console.log('running abort:', r.name, r.cause.message);
  console.log('completed unchanged by aborts', pool.completed === completedBefore);

  // Two tasks share a worker; one times out: the worker is stopped, and
  // the other fails with a clear error rather than hanging.
  const shared = new Pool({ filename: tasks, maxThreads: 1, concurrentTasksPerWorker: 2 });
  const sleeper = shared.run(10000, { name: 'sleep' });
  await new Promise((resolve) => setTimeout(resolve, 20));
  const spinner = shared.run(null, { name: 'spin', timeout: 30 });
  console.log('spinner:', (await spinner.catch((e) => e)).name);
  console.log('sleeper:', (await sleeper.catch((e) => e)).message);
  await shared.destroy();
  console.log('serving again', await pool.run(1));
  await pool.destroy();
})();
