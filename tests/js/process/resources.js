// memoryUsage(), cpuUsage() and uptime(): keys and types, and relations that always hold.
'use strict';
const assert = require('assert');
const mem = process.memoryUsage();
console.log('memoryUsage keys', Object.keys(mem).sort().join(','));
console.log('memoryUsage numbers', Object.values(mem).every((v) => typeof v === 'number' && v >= 0));
console.log('heapUsed <= heapTotal', mem.heapUsed <= mem.heapTotal);
console.log('rss()', typeof process.memoryUsage.rss(), process.memoryUsage.rss() > 0);
const cpu = process.cpuUsage();
console.log('cpuUsage keys', Object.keys(cpu).sort().join(','));
console.log('cpuUsage numbers', Number.isInteger(cpu.user) && Number.isInteger(cpu.system));
let x = 0;
for (let i = 0; i < 1e5; i++) x += i;
const diff = process.cpuUsage(cpu);
console.log('cpuUsage diff non-negative', diff.user >= 0 && diff.system >= 0, x > 0);
try {
  process.cpuUsage({ user: 'a', system: 1 });
} catch (e) {
  console.log('bad cpuUsage arg', e.name, e.code);
}
const u1 = process.uptime();
const u2 = process.uptime();
console.log('uptime', typeof u1, u1 >= 0, u2 >= u1);
assert.strictEqual(typeof u1, 'number');
