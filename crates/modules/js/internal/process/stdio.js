'use strict';
// Where this isolate's stdout and stderr bytes go: straight to the file
// descriptor (synchronous, so nothing is lost at exit), unless a worker
// started with `stdout: true` / `stderr: true` sends them to its parent.

const binding = require('internal/binding');

let redirect = null;

/** Writes a string or bytes to fd 1 or 2 (or any fd, unredirected). */
function write(fd, chunk) {
  if (redirect !== null && (fd === 1 || fd === 2) && redirect(fd, chunk)) return;
  binding.writeFd(fd, chunk);
}

/** `fn(fd, chunk)` takes the writes it wants (returning true). */
function setRedirect(fn) {
  redirect = fn;
}

module.exports = { write, setRedirect };
