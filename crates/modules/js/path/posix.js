'use strict';
// node:path/posix — the posix flavour of node:path.
module.exports = require('path').posix;
