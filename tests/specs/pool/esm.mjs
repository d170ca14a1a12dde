// spindle:pool from an ES module: default and named imports, a file: URL
// filename, top-level await.
import Pool, { Piscina, move, isWorkerThread, TimeoutError, AbortError } from 'spindle:pool';

console.log(Pool === Piscina, typeof move, isWorkerThread, TimeoutError.name, AbortError.name);
const pool = new Piscina({ filename: new URL('./fixtures/esm-task.mjs', import.meta.url).href, maxThreads: 1 });
console.log(await pool.run(7), await pool.run(7, { name: 'negate' }));
await pool.destroy();
