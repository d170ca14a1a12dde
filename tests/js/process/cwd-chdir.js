// process.cwd()/chdir: change to '/' and the temp dir and back; errors for a missing directory.
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const start = process.cwd();
console.log('cwd absolute', path.isAbsolute(start));
process.chdir('/');
console.log('after chdir /', process.cwd());
const tmp = fs.realpathSync(os.tmpdir());
process.chdir(tmp);
console.log('after chdir tmpdir matches', process.cwd() === tmp);
process.chdir(start);
console.log('back to start', process.cwd() === start);
// Relative paths resolve against the current directory.
process.chdir('/');
process.chdir(path.relative('/', start));
console.log('relative chdir back', process.cwd() === start);
try {
  process.chdir(path.join(tmp, 'spindle-no-such-dir-' + process.pid));
  console.log('no error');
} catch (e) {
  console.log('error', e.code, e.syscall, typeof e.errno);
}
console.log('cwd unchanged after error', process.cwd() === start);
try {
  process.chdir(1);
} catch (e) {
  console.log('bad arg', e.name, e.code);
}
assert.strictEqual(process.cwd(), start);
