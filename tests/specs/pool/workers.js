// spindle:pool: transfers and move(), tasks sharing a worker, recycling
// after maxTasksPerWorker, idle workers retired after idleTimeout (and
// running their timers between tasks), timing histograms and events.
'use strict';
const path = require('path');
const { MessageChannel } = require('worker_threads');
const Pool = require('spindle:pool');

const tasks = path.join(__dirname, 'fixtures', 'tasks.js');
const buffers = path.join(__dirname, 'fixtures', 'buffers.js');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

(async () => {
  // Transfers: a buffer moves into the task and back out, never copied.
  const pool = new Pool({ filename: buffers, maxThreads: 1 });
  const input = new ArrayBuffer(8);
  const back = await pool.run(input, { transferList: [input] });
  console.log('sent buffer detached', input.byteLength, 'result', back.constructor.name, [...back]);
  const view = new Uint8Array(4);
  const again = await pool.run(Pool.move(view.buffer));
  console.log('move() on input detaches too', view.byteLength, again.length);
  const { port1, port2 } = new MessageChannel();
  const heard = new Promise((resolve) => port1.once('message', resolve));
  console.log('port task', await pool.run(port2, { name: 'port', transferList: [port2] }));
  console.log('port message:', await heard);
  port1.close();
  await pool.destroy();

  // Several async tasks at once on one worker.
  const shared = new Pool({ filename: tasks, maxThreads: 1, concurrentTasksPerWorker: 4 });
  const most = await Promise.all([1, 2, 3, 4].map(() => shared.run(100, { name: 'overlap' })));
  console.log('4 concurrent sleeps ran at once:', Math.max(...most));
  const ids = new Set(await Promise.all([1, 2, 3, 4].map(() => shared.run(null, { name: 'threadId' }))));
  console.log('on one worker', ids.size);
  await shared.destroy();

  // Recycling: a fresh worker after every 2 tasks.
  const recycled = new Pool({ filename: tasks, maxThreads: 1, maxTasksPerWorker: 2 });
  const seen = [];
  for (let i = 0; i < 6; i++) seen.push(await recycled.run(null, { name: 'threadId' }));
  console.log('threads used', new Set(seen).size, 'pairs share', seen[0] === seen[1] && seen[2] === seen[3]);
  await recycled.destroy();

  // Idle workers above minThreads are retired; the idle one runs timers.
  const idle = new Pool({ filename: tasks, minThreads: 1, maxThreads: 3, idleTimeout: 50 });
  const created = [];
  const destroyed = [];
  idle.on('workerCreate', (w) => created.push(w.threadId));
  idle.on('workerDestroy', (w) => destroyed.push(w.threadId));
  await Promise.all([1, 2, 3, 4, 5, 6].map(() => idle.run(30, { name: 'sleep' })));
  console.log('grew to', idle.threads.length);
  await sleep(400);
  console.log('shrank to', idle.threads.length, 'destroy events', destroyed.length, 'create events', created.length);
  const t1 = await idle.run(null, { name: 'ticks' });
  await sleep(30);
  const t2 = await idle.run(null, { name: 'ticks' });
  console.log('timers ran between tasks', t2 > t1);

  // Timing, utilization and 'message'.
  const h = idle.histogram.runTime;
  console.log('runTime summary keys', Object.keys(h).length, 'p50 >= 0', h.p50 >= 0, 'max >= min', h.max >= h.min);
  console.log('waitTime has p99', typeof idle.histogram.waitTime.p99);
  const u = idle.utilization;
  console.log('utilization in [0, 1]', u > 0 && u <= 1, 'duration > 0', idle.duration > 0);
  const message = new Promise((resolve) => idle.once('message', resolve));
  console.log(await idle.run(5, { name: 'post' }), await message);
  console.log('completed', idle.completed, 'queueSize', idle.queueSize);
  await idle.close();
})();
