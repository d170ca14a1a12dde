// The pool: new Pool → first result; 100,000 trivial tasks on 2 threads
// all submitted at once; the same with 64 in flight; one task at a time;
// memory per queued task under a 100,000 backlog. spindle:pool under
// spindle, piscina under node/bun/deno (npm i piscina@5 where
// $PISCINA_DIR points, default the benchmark tools folder).
const path = require('path');
const now = () => Number(process.hrtime.bigint()) / 1e6;

function loadPool() {
  try {
    return require('spindle:pool');
  } catch {
    const dir = process.env.PISCINA_DIR || process.env.BENCH_TOOLS || '/tmp/benchtools';
    return require(path.join(dir, 'node_modules', 'piscina'));
  }
}

const Pool = loadPool();
const filename = path.join(__dirname, 'pool-task.js');
const N = +(process.argv[2] || 100000);

async function main() {
  const t0 = now();
  const pool = new Pool({ filename, minThreads: 2, maxThreads: 2, idleTimeout: 60000 });
  await pool.run(0);
  const firstResultMs = now() - t0;

  // Warm up both workers and the JIT.
  await Promise.all(Array.from({ length: 20000 }, (_, i) => pool.run(i)));

  let t = now();
  const all = [];
  for (let i = 0; i < N; i++) all.push(pool.run(i));
  let results = await Promise.all(all);
  const allAtOnce = N / ((now() - t) / 1000);
  if (results[N - 1] !== N) throw new Error('wrong result');
  results = null;

  t = now();
  let next = 0;
  let done = 0;
  await new Promise((resolve, reject) => {
    const more = () => {
      if (next >= N) return;
      next++;
      pool.run(next).then(() => {
        if (++done === N) resolve();
        else more();
      }, reject);
    };
    for (let i = 0; i < 64; i++) more();
  });
  const inflight64 = N / ((now() - t) / 1000);

  const M = 20000;
  t = now();
  for (let i = 0; i < M; i++) await pool.run(i);
  const roundTripUs = ((now() - t) * 1000) / M;

  // Memory per queued task: both workers held by long tasks, 100,000
  // queued behind them.
  const holds = [pool.run(1500, { name: 'hold' }), pool.run(1500, { name: 'hold' })];
  await new Promise((resolve) => setTimeout(resolve, 50));
  if (global.gc) global.gc();
  const before = process.memoryUsage().rss;
  const backlog = [];
  for (let i = 0; i < N; i++) backlog.push(pool.run(i));
  const bytesPerTask = (process.memoryUsage().rss - before) / N;
  await Promise.all(holds);
  await Promise.all(backlog);
  await pool.destroy();
  console.log(JSON.stringify({
    bench: 'pool',
    first_result_ms: +firstResultMs.toFixed(2),
    all_at_once_per_s: Math.round(allAtOnce),
    inflight64_per_s: Math.round(inflight64),
    roundtrip_us: +roundTripUs.toFixed(1),
    queued_bytes_per_task: Math.round(bytesPerTask),
  }));
}

main();
