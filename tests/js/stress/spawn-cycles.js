// spindle-only: reads /proc/self/status for thread count and RSS, which node's own thread pool makes incomparable
'use strict';
// 1,000 workers (10,000 with STRESS_FULL=1) started and stopped one after
// another (half end by themselves after a message round trip, half are
// terminated): every one
// reports online, message and exit; afterwards the process's thread count
// is back to where it started or below (spare threads kept for later
// workers are let go when idle) and resident memory has not grown by more
// than RSS_SLACK_MIB (allowing for allocator and GC slack, not a leak of
// ~1 MiB or more per worker).
const assert = require('assert');
const fs = require('fs');
const { Worker } = require('worker_threads');
const { size } = require('./fixtures/scale');

const CYCLES = size(1000, 10000);
const RSS_SLACK_MIB = 30;

function status() {
  const text = fs.readFileSync('/proc/self/status', 'utf8');
  const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(text)[1]);
  return { threads: field('Threads'), rssKiB: field('VmRSS') };
}

function cycle(i) {
  return new Promise((resolve, reject) => {
    const terminate = i % 2 === 1;
    const w = new Worker(terminate
      ? `require('worker_threads').parentPort.on('message', (m) => require('worker_threads').parentPort.postMessage(m + 1))`
      : `require('worker_threads').parentPort.once('message', (m) => require('worker_threads').parentPort.postMessage(m + 1))`,
    { eval: true });
    let online = false;
    let reply = null;
    w.on('online', () => { online = true; });
    w.on('error', reject);
    w.on('message', (m) => {
      reply = m;
      if (terminate) w.terminate();
    });
    w.on('exit', (code) => {
      const expected = terminate ? 1 : 0;
      if (!online || reply !== i + 1 || code !== expected) {
        reject(new Error(`cycle ${i}: online=${online} reply=${reply} code=${code}`));
      } else {
        resolve();
      }
    });
    w.postMessage(i);
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Threads are joined just after 'exit'; give them a moment. Returns the
// status once the thread count is down to `target` (or after ~2 s).
async function settle(target) {
  for (let i = 0; i < 200 && status().threads > target; i++) await sleep(10);
  return status();
}

// The thread count at rest: the lowest seen over ~300 ms.
async function restingThreads() {
  let lowest = Infinity;
  for (let i = 0; i < 30; i++) {
    lowest = Math.min(lowest, status().threads);
    await sleep(10);
  }
  return lowest;
}

(async () => {
  // Warm-up workers, one of each kind, so that one-time setup is not
  // counted as growth (the first terminate() starts the thread that
  // re-asks stopped workers to stop, kept for the next ones).
  await cycle(0);
  await cycle(1);
  const before = await settle(await restingThreads());
  for (let i = 0; i < CYCLES; i++) await cycle(i);
  if (typeof gc === 'function') gc();
  const after = await settle(before.threads);
  const growthMiB = (after.rssKiB - before.rssKiB) / 1024;
  console.log('cycles completed', CYCLES);
  if (process.env.STRESS_REPORT) {
    console.error(`threads ${before.threads} -> ${after.threads}, rss ${before.rssKiB} -> ${after.rssKiB} KiB`);
  }
  console.log('threads back to start', after.threads <= before.threads);
  console.log(`rss growth under ${RSS_SLACK_MIB} MiB`, growthMiB < RSS_SLACK_MIB);
  if (after.threads > before.threads || growthMiB >= RSS_SLACK_MIB) {
    console.error(`threads ${before.threads} -> ${after.threads}, rss ${before.rssKiB} -> ${after.rssKiB} KiB`);
  }
  assert(after.threads <= before.threads, `threads ${before.threads} -> ${after.threads}`);
  assert(growthMiB < RSS_SLACK_MIB, `rss grew ${growthMiB.toFixed(1)} MiB`);
})().catch((err) => {
  console.log('failed:', err.message);
  process.exitCode = 1;
});
