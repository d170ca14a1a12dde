'use strict';
// node's `module` built-in: the CommonJS Module class and its helpers.

module.exports = require('internal/modules/cjs').Module;
