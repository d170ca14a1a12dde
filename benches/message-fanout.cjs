// Fan-out: main posts every message to each of 4 workers; each worker sums what it gets and answers once.
const { Worker } = require('worker_threads');
const now = () => Number(process.hrtime.bigint()) / 1e6;
const N = +(process.argv[2] || 50000), W = 4;
const SRC = `const {parentPort, workerData}=require('worker_threads'); let n=0, sum=0;
parentPort.on('message', m => { n++; sum += m.i; if (n === workerData) parentPort.postMessage(sum); });
parentPort.postMessage('ready');`;
const ws = Array.from({ length: W }, () => new Worker(SRC, { eval: true, workerData: N }));
const next = (w) => new Promise((resolve, reject) => { w.once('message', resolve); w.once('error', reject); });
Promise.all(ws.map(next)).then(() => {
  const t = now();
  const done = ws.map(next);
  for (let i = 0; i < N; i++) { const m = { i, topic: 'fanout', tags: ['x', 'y'] }; for (const w of ws) w.postMessage(m); }
  return Promise.all(done).then((sums) => {
    const dt = now() - t;
    if (sums.some((s) => s !== N * (N - 1) / 2)) throw new Error('lost messages: ' + sums);
    console.log(JSON.stringify({ bench: 'message-fanout', ms: +dt.toFixed(1), deliveries_per_s: Math.round(N * W / dt * 1000) }));
    return Promise.all(ws.map((w) => w.terminate()));
  });
});
