// spindle:pool: every way a task can fail settles its promise, and the
// pool replaces the worker and goes on.
'use strict';
const path = require('path');
const Pool = require('spindle:pool');

const tasks = path.join(__dirname, 'fixtures', 'tasks.js');
const show = (label, e) => console.log(label, '->', e.name, e.code || '-', e.message.split('\n')[0]);

(async () => {
  const pool = new Pool({ filename: tasks, minThreads: 1, maxThreads: 1, resourceLimits: { maxOldGenerationSizeMb: 16 } });
  const first = await pool.run(null, { name: 'threadId' });
  show('throw', await pool.run(1, { name: 'typeError' }).catch((e) => e));
  show('reject', await pool.run(1, { name: 'reject' }).catch((e) => e));
  console.log('same worker after handler errors', (await pool.run(null, { name: 'threadId' })) === first);
  show('process.exit', await pool.run(3, { name: 'exit' }).catch((e) => e));
  const second = await pool.run(null, { name: 'threadId' });
  console.log('replaced after exit', second !== first);
  show('uncaught in a timer', await pool.run(null, { name: 'uncaught' }).catch((e) => e));
  show('out of memory', await pool.run(null, { name: 'grow' }).catch((e) => e));
  show('unclonable result', await pool.run(null, { name: 'unclonable' }).catch((e) => e));
  show('unclonable task', await pool.run(() => 1).catch((e) => e));
  console.log('still serving', await pool.run(1));

  // A handler file that does not load: tasks reject with its error
  // instead of waiting for ever.
  const broken = new Pool({ filename: path.join(__dirname, 'fixtures', 'broken.js'), minThreads: 1, maxThreads: 1 });
  broken.on('error', (e) => console.log('pool error event:', e.message));
  show('broken file', await broken.run(1).catch((e) => e));
  show('broken file again', await broken.run(1).catch((e) => e));
  await broken.destroy();
  await pool.destroy();
  console.log('done');
})();
