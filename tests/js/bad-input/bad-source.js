'use strict';
// Source files that cannot be compiled (a NUL byte, UTF-16 text), loaded
// by require, by import() and as a worker's script: each ends in a
// SyntaxError (the engines word the message differently), never a crash.
const path = require('path');
const { Worker } = require('worker_threads');

const files = ['nul-byte.js', 'utf16.js'].map((f) => path.join(__dirname, 'fixtures', f));

for (const file of files) {
  try {
    require(file);
    console.log('require', path.basename(file), 'loaded');
  } catch (err) {
    console.log('require', path.basename(file), err.constructor.name);
  }
}

(async () => {
  for (const file of files) {
    try {
      await import(file);
      console.log('import', path.basename(file), 'loaded');
    } catch (err) {
      console.log('import', path.basename(file), err.constructor.name);
    }
  }
  for (const file of files) {
    await new Promise((resolve) => {
      const w = new Worker(file);
      w.on('error', (err) => console.log('worker', path.basename(file), 'error', err.constructor.name));
      w.on('exit', (code) => { console.log('worker', path.basename(file), 'exit', code); resolve(); });
    });
  }
})();
