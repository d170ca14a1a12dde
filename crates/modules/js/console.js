'use strict';
// node's `console` built-in: the same object as the global.

module.exports = globalThis.console;
