'use strict';
// node's `fs/promises`.

module.exports = require('fs').promises;
