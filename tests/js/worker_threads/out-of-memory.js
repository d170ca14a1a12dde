// A worker that outgrows maxOldGenerationSizeMb ends with
// ERR_WORKER_OUT_OF_MEMORY and exit code 1, promptly, while the parent and
// the other workers go on.
const { Worker } = require('worker_threads');
const started = Date.now();
const other = new Worker(`require('worker_threads').parentPort.on('message', (m) => {
  require('worker_threads').parentPort.postMessage(m * 2);
});`, { eval: true });
const hungry = new Worker(`const keep = []; for (;;) keep.push({ x: new Array(100).fill(1) });`,
  { eval: true, resourceLimits: { maxOldGenerationSizeMb: 32 } });
hungry.on('error', (e) => console.log('error', e.constructor.name, e.code, e.message));
hungry.on('exit', (code) => {
  console.log('exit', code, 'within 10 s:', Date.now() - started < 10000);
  other.postMessage(21);
  other.once('message', (m) => {
    console.log('other worker still answers', m);
    other.terminate();
    bigArrays();
  });
});


// Memory the heap's objects own outside it (the elements of big arrays)
// counts against the limit too.
function bigArrays() {
  const big = new Worker(`const keep = []; for (;;) keep.push(new Array(1e5).fill(keep.length));`,
    { eval: true, resourceLimits: { maxOldGenerationSizeMb: 32 } });
  big.on('error', (e) => console.log('big arrays: error', e.code));
  big.on('exit', (code) => console.log('big arrays: exit', code));
}
