// Workers started from an ES module: a URL made with new URL(..., import.meta.url)
// for an .mjs worker and a .js (CommonJS) worker, and worker_threads' named
// exports and default export.
import wt, { Worker, isMainThread, threadId } from 'node:worker_threads';
import { once } from 'node:events';

console.log('named exports', typeof Worker, isMainThread, threadId, 'default has Worker', wt.Worker === Worker);

const esm = new Worker(new URL('./fixtures/esm-worker.mjs', import.meta.url), { workerData: { n: 5 } });
// Listen for 'exit' up front: it can follow the last message in the same turn.
const esmExit = once(esm, 'exit');
const [fromEsm] = await once(esm, 'message');
console.log('esm worker', JSON.stringify(fromEsm));
console.log('esm worker exit', (await esmExit)[0]);

const cjs = new Worker(new URL('./fixtures/echo-info.js', import.meta.url), { workerData: 'from esm' });
const cjsExit = once(cjs, 'exit');
const [info] = await once(cjs, 'message');
console.log('cjs worker', info.kind, info.workerData, info.filename);
cjs.postMessage('bye');
console.log('cjs worker exit', (await cjsExit)[0]);

const [err] = await once(new Worker(new URL('./fixtures/throws.mjs', import.meta.url)), 'error');
console.log('esm worker error', err.constructor.name, err.message, err.code);
