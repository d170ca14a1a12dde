'use strict';
// A minimal `performance` global: now() and timeOrigin, on the isolate's
// monotonic clock.

const binding = require('internal/binding');

const timeOrigin = Date.now() - binding.now();

const performance = {
  now: () => binding.now(),
  timeOrigin,
  mark() {},
  measure() {},
  toJSON() {
    return { timeOrigin };
  },
};

module.exports = { performance };
