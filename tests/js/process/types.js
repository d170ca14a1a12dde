// Types and basic shapes of process identity properties.
'use strict';
const assert = require('assert');
console.log('pid', typeof process.pid, Number.isInteger(process.pid) && process.pid > 0);
console.log('ppid', typeof process.ppid, Number.isInteger(process.ppid) && process.ppid >= 0);
console.log('pid != ppid', process.pid !== process.ppid);
console.log('platform', typeof process.platform, process.platform === require('os').platform());
console.log('arch', typeof process.arch, process.arch === require('os').arch());
console.log('version', typeof process.version, /^v\d+\.\d+\.\d+/.test(process.version));
console.log('versions', typeof process.versions, typeof process.versions.node);
console.log('version matches versions.node', process.version === 'v' + process.versions.node);
console.log('title', typeof process.title);
console.log('execPath', typeof process.execPath);
console.log('release', typeof process.release);
console.log('toString', Object.prototype.toString.call(process));
console.log('is EventEmitter', process instanceof require('events'));
for (const fn of ['nextTick', 'cwd', 'chdir', 'exit', 'hrtime', 'memoryUsage', 'cpuUsage', 'uptime', 'emitWarning', 'on', 'kill']) {
  assert.strictEqual(typeof process[fn], 'function', fn);
}
console.log('functions present');
