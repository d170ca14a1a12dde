// Importing builtins from ESM: default and named forms, with and without the node: prefix.
import assert from 'node:assert';
import path from 'node:path';
import { join } from 'path';
import * as fsNs from 'fs';
import fs, { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { EventEmitter } from 'node:events';
import process from 'node:process';

const require = createRequire(import.meta.url);
console.log('join same function', path.join === join, join('a', 'b'));
console.log('default is the CommonJS object', path === require('path'), fs === require('fs'));
console.log('named equals property', readFileSync === fs.readFileSync, fsNs.default === fs);
console.log('namespace has readFile', typeof fsNs.readFile);
console.log('events', EventEmitter === require('events'));
console.log('process', process === globalThis.process);
assert.strictEqual(path.sep, '/');
