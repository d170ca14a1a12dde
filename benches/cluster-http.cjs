// cluster: 2 workers share one HTTP port answering res.end('ok'); the
// primary loads it with `wrk -t2 -c32 -d5s` and reports wrk's requests/s.
// Needs wrk on PATH.
const cluster = require('cluster');
const http = require('http');
const { execFile } = require('child_process');

if (cluster.isWorker) {
  http.createServer((req, res) => res.end('ok')).listen(0, '127.0.0.1');
} else {
  let listening = 0;
  cluster.on('listening', (worker, address) => {
    if (++listening === 2) load(address.port);
  });
  cluster.on('exit', (worker, code, signal) => {
    if (!worker.exitedAfterDisconnect) fail(`worker ${worker.id} died (${code ?? signal})`);
  });
  cluster.fork();
  cluster.fork();
}

function load(port) {
  const args = ['-t2', '-c32', '-d5s', `http://127.0.0.1:${port}/`];
  execFile('wrk', args, (err, stdout) => {
    if (err && err.code === 'ENOENT') fail('wrk is not installed (apt-get install wrk)');
    if (err) fail(`wrk failed: ${err.message}`);
    const rate = /Requests\/sec:\s+([\d.]+)/.exec(stdout);
    if (rate === null || /Non-2xx|Socket errors/.test(stdout)) fail(`unexpected wrk output:\n${stdout}`);
    console.log(JSON.stringify({ bench: 'cluster-http', req_per_s: Math.round(Number(rate[1])) }));
    cluster.disconnect();
  });
}

function fail(message) {
  console.error(message);
  for (const worker of Object.values(cluster.workers)) worker.kill();
  process.exit(1);
}
