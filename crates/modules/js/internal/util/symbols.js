'use strict';
// Private symbols shared between util and other built-ins.

// A callback API that passes several values (dns.lookup: address, family;
// child_process.exec: stdout, stderr) lists their names under this key;
// util.promisify's version then resolves with an object of them.
const kCustomPromisifyArgs = Symbol('customPromisifyArgs');

module.exports = { kCustomPromisifyArgs };
