// The smallest spindle program: node's APIs, run on SpiderMonkey.
const os = require('os');
const path = require('path');

console.log('hello from spindle on', os.platform(), 'in', path.basename(__filename));
setTimeout(() => console.log('and a timer, 10 ms later'), 10);
