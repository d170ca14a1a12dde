// spindle:pool, piscina-compatible API: results, handlers, options (output reviewed against piscina 5 semantics)
'use strict';
const assert = require('assert');
const path = require('path');
const { pathToFileURL } = require('url');
const Pool = require('spindle:pool');
const { Piscina } = require('spindle:pool');

const tasks = path.join(__dirname, 'fixtures', 'tasks.js');

(async () => {
  assert.strictEqual(Piscina, Pool);
  assert.strictEqual(Pool.isWorkerThread, false);
  const pool = new Pool({ filename: tasks, minThreads: 1, maxThreads: 2, workerData: { hello: 'world' } });
  console.log('default', await pool.run(41));
  console.log('named async', await pool.run(21, { name: 'double' }));
  console.log('workerData', await pool.run(null, { name: 'workerData' }));
  console.log('isWorkerThread in a worker', await pool.run(null, { name: 'isWorkerThread' }));
  console.log('esm default', await pool.run(5, { filename: path.join(__dirname, 'fixtures', 'esm-task.mjs') }));
  console.log('esm named', await pool.run(5, { filename: path.join(__dirname, 'fixtures', 'esm-task.mjs'), name: 'negate' }));
  console.log('promise of a handler', await pool.run('x', { filename: path.join(__dirname, 'fixtures', 'promised.js') }));
  console.log('file URL', await pool.run(1, { filename: pathToFileURL(tasks).href }));
  const err = await pool.run(1, { name: 'nothing' }).catch((e) => e);
  console.log('missing export:', err.message === `No handler function exported from ${tasks}`);
  console.log('completed', pool.completed);
  console.log('options', pool.options.minThreads, pool.options.maxThreads, pool.options.name, pool.options.maxQueue);
  console.log('threads are objects with threadId', pool.threads.every((t) => typeof t.threadId === 'number'));

  // Many tasks at once: every result, in order.
  const many = await Promise.all(Array.from({ length: 2000 }, (_, i) => pool.run(i)));
  assert.deepStrictEqual(many, Array.from({ length: 2000 }, (_, i) => i + 1));
  console.log('2000 tasks', many.length);

  // A pool with no filename needs one per run.
  const bare = new Pool({ maxThreads: 1 });
  console.log('no filename:', (await bare.run(1).catch((e) => e)).message);
  console.log('per-run filename', await bare.run(1, { filename: tasks }));
  await bare.destroy();

  // Option checks, with piscina's messages.
  for (const bad of [{ minThreads: -1 }, { maxThreads: 0 }, { maxQueue: 'lots' }, { concurrentTasksPerWorker: 0 },
    { idleTimeout: 'x' }, { filename: 3 }, { minThreads: 4, maxThreads: 2 }, { timeout: -5 }]) {
    try {
      new Pool(bad);
      console.log('accepted', bad);
    } catch (e) {
      console.log(e.name, e.message);
    }
  }
  for (const [task, opts] of [[1, null], [1, { transferList: 3 }], [1, { name: 5 }], [1, { signal: 'x' }]]) {
    const e = await pool.run(task, opts).catch((x) => x);
    console.log('run:', e.name, e.message);
  }
  await pool.destroy();
  console.log('run after destroy:', (await pool.run(1).catch((e) => e)).name);
})();
