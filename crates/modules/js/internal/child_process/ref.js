'use strict';
// ref()/unref() for child_process's native handles (a process, an IPC
// channel): a ref'd handle whose native id is live keeps the event loop
// alive. Both handle classes keep `refed` and `id` fields.

const binding = require('internal/binding');

function ref() {
  if (!this.refed) {
    this.refed = true;
    if (this.id !== 0) binding.refLoop(1);
  }
}

function unref() {
  if (this.refed) {
    this.refed = false;
    if (this.id !== 0) binding.refLoop(-1);
  }
}

/** Gives a handle class ref() and unref() (non-enumerable, as methods are). */
function addRefMethods(Class) {
  for (const fn of [ref, unref]) {
    Object.defineProperty(Class.prototype, fn.name, { value: fn, writable: true, configurable: true });
  }
}

module.exports = { addRefMethods };
