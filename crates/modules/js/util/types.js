'use strict';
// `require('util/types')`, the same object as `require('util').types`.
module.exports = require('internal/types');
