'use strict';
// node's error classes by code (`codes.ERR_X`), with internal/errors (the
// classes, their messages and helpers) loaded on first use: most isolates
// never make one, and loading that module costs each worker ~70 µs.
// For modules loaded at every start; the rest use internal/errors.

let codes = null;

module.exports = new Proxy(Object.create(null), {
  get(_, code) {
    codes ??= require('internal/errors').codes;
    return codes[code];
  },
});
