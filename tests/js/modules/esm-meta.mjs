// import.meta: url, filename, dirname, resolve; and what CommonJS globals ESM lacks.
import assert from 'node:assert';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
const { url, filename, dirname } = import.meta;
console.log('url scheme', url.startsWith('file:///'));
console.log('url ends with file name', url.endsWith('/esm-meta.mjs'));
console.log('filename', path.isAbsolute(filename), path.basename(filename));
console.log('dirname', path.isAbsolute(dirname), path.basename(dirname));
console.log('filename matches url', fileURLToPath(url) === filename, pathToFileURL(filename).href === url);
console.log('dirname matches filename', path.dirname(filename) === dirname);
const resolved = import.meta.resolve('./fixtures/esm-lib.mjs');
console.log('resolve', typeof resolved, path.relative(dirname, fileURLToPath(resolved)));
console.log('resolve builtin', import.meta.resolve('node:fs'), import.meta.resolve('fs'));
console.log('no CommonJS globals', typeof require, typeof module, typeof exports, typeof __filename, typeof __dirname);
console.log('this at top level', this);
assert.strictEqual(Object.getPrototypeOf(import.meta), null);
