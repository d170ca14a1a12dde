// fork() → the child's first message: how long a parent waits from the
// call until a freshly started child runtime has said hello over the IPC
// channel (ms, median of sequential forks). The child is this same file.
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  process.send('hello');
  process.disconnect();
} else {
  const now = () => Number(process.hrtime.bigint()) / 1e6;
  const once = () => new Promise((resolve, reject) => {
    const start = now();
    let elapsed = -1;
    const child = fork(__filename, ['child']);
    child.once('message', () => { elapsed = now() - start; });
    child.once('error', reject);
    child.once('exit', () => (elapsed < 0 ? reject(new Error('no message')) : resolve(elapsed)));
  });
  (async () => {
    const times = [];
    for (let i = 0; i < 15; i++) times.push(await once());
    times.sort((a, b) => a - b);
    const median = times[times.length >> 1];
    console.log(JSON.stringify({ bench: 'fork-first-message', ms: +median.toFixed(2) }));
  })();
}
