// Workers started one after another, as a worker-per-task program does:
// spindle may run a later worker in the engine runtime of an earlier one
// that ended by itself (a renewed isolate). Nothing of the earlier worker
// may show: its globals, its changed built-ins, its unref'd server, its
// half-finished hash, its exit code, or an Atomics.waitAsync it left
// pending that the main thread settles later.
const { Worker } = require('worker_threads');
const net = require('net');
const assert = require('assert');

const leaky = `
const { parentPort } = require('worker_threads');
globalThis.leftBehind = 'yes';
Array.prototype.extra = 1;
JSON.stringify = () => 'patched';
process.env.SPINDLE_RENEW_TEST = 'set in worker';
process.exitCode = 3;
require('crypto').createHash('sha256').update('never digested');
const server = require('net').createServer(() => {}).listen(0, '127.0.0.1', () => {
  server.unref();
  parentPort.postMessage(server.address().port);
});`;

const waiter = `
const { parentPort, workerData } = require('worker_threads');
Atomics.waitAsync(new Int32Array(workerData), 0, 0).value.then(() => console.log('stale waitAsync continuation ran'));
parentPort.postMessage('waiting');`;

const compiler = `
const { parentPort } = require('worker_threads');
WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]))
  .then((m) => parentPort.postMessage(m instanceof WebAssembly.Module));`;

const probe = `
const { parentPort } = require('worker_threads');
parentPort.postMessage({
  leftBehind: typeof globalThis.leftBehind,
  extra: [].extra,
  json: JSON.stringify({ a: 1 }),
  exitCode: process.exitCode,
  hash: require('crypto').createHash('sha256').update('x').digest('hex').slice(0, 8),
});`;

function run(source, workerData) {
  return new Promise((resolve, reject) => {
    const w = new Worker(source, { eval: true, workerData });
    let message;
    w.on('message', (m) => { message = m; });
    w.on('error', reject);
    w.on('exit', (code) => resolve({ code, message }));
  });
}

function connect(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.on('connect', () => { socket.destroy(); resolve('connected'); });
    socket.on('error', (e) => resolve(e.code));
  });
}

(async () => {
  const first = await run(leaky);
  console.log('leaky worker exit code', first.code);
  // Let the ended worker's thread be made into a spare.
  await new Promise((r) => setTimeout(r, 50));
  for (let i = 0; i < 6; i++) {
    const { code, message } = await run(probe);
    assert.deepStrictEqual(message, {
      leftBehind: 'undefined', extra: undefined, json: '{"a":1}', exitCode: undefined, hash: '2d711642',
    });
    assert.strictEqual(code, 0);
  }
  console.log('six later workers saw none of it');
  console.log('env shared as in node:', process.env.SPINDLE_RENEW_TEST);
  console.log('server of the ended worker:', await connect(first.message));
  const exits = await Promise.all(Array.from({ length: 8 }, () => run(probe)));
  console.log('eight at once:', exits.map((e) => e.code).join(','));
  const shared = new Int32Array(new SharedArrayBuffer(4));
  console.log('waiter:', (await run(waiter, shared.buffer)).message);
  await new Promise((r) => setTimeout(r, 50));
  for (let i = 0; i < 3; i++) await run(probe);
  console.log('woken:', Atomics.notify(shared, 0));
  for (let i = 0; i < 3; i++) await run(probe);
  console.log('wasm compiled in a worker:', (await run(compiler)).message);
  for (let i = 0; i < 3; i++) await run(probe);
  await new Promise((r) => setTimeout(r, 50));
  console.log('done');
})();
