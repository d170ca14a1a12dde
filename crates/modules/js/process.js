'use strict';
// node's `process` built-in: the same object as the global.

module.exports = globalThis.process;
