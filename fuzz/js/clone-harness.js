// The bootstrap of the clone fuzz targets' isolate (spindle-core only, no
// runtime): the hooks the structured clone asks for, plus `roundTrip`
// (build a value from the fuzzer's bytes, clone it through the core's
// serializer and read it back, compare) and `readForeign` (read arbitrary
// bytes as an image, then walk what came out).
(function harness(binding) {
  'use strict';
  const { build, compare } = binding.evalScript(binding.compareSource(), 'clone-compare.js');
  // Host objects stand in for MessagePorts: transferable by id.
  const hosts = new Map();
  let nextId = 1;
  function walk(v, depth) {
    if (depth > 64 || v === null || typeof v !== 'object') return String(typeof v);
    let n = 0;
    if (v instanceof Map || v instanceof Set) for (const e of v) n += walk(e, depth + 1).length;
    else for (const k of Object.keys(v)) n += walk(v[k], depth + 1).length;
    return Object.prototype.toString.call(v) + n;
  }
  return {
    transferId(obj) {
      for (const [id, o] of hosts) if (o === obj) return id;
      return undefined;
    },
    receiveTransfer(id) {
      return binding.newHostObject(Object.prototype);
    },
    cloneError(kind, value, message) {
      return new TypeError(`cannot clone (${kind}): ${message}`);
    },
    roundTrip(bytes) {
      const flags = bytes.length ? bytes[0] : 0;
      const value = build(bytes.subarray(1));
      const transfer = [];
      const wrapper = [value];
      if (flags & 1) {
        // Move every ArrayBuffer reachable at the top level.
        const add = (v) => { if (v instanceof ArrayBuffer && !transfer.includes(v)) transfer.push(v); };
        add(value);
        if (ArrayBuffer.isView(value)) add(value.buffer);
        if (Array.isArray(value)) for (const v of value) { add(v); if (ArrayBuffer.isView(v)) add(v.buffer); }
      }
      if (flags & 2) {
        const host = binding.newHostObject(Object.prototype);
        hosts.set(nextId++, host);
        wrapper.push(host);
        transfer.push(host);
      }
      if (flags & 4) {
        // Something that cannot be cloned: must throw, never crash.
        wrapper.push(() => {});
        let threw = false;
        try { binding.clone(wrapper, transfer); } catch { threw = true; }
        hosts.clear();
        return threw ? '' : 'a function was cloned';
      }
      const copy = binding.clone(wrapper, transfer);
      hosts.clear();
      // Compare with a fresh build: the original's moved buffers are gone.
      const problem = compare([build(bytes.subarray(1))], copy.slice(0, 1));
      if (problem) return problem;
      for (const moved of transfer) {
        if (moved instanceof ArrayBuffer && moved.byteLength !== 0) return 'a moved buffer kept its bytes';
      }
      return '';
    },
    readForeign(bytes) {
      let copy;
      try {
        copy = binding.readForeign(bytes);
      } catch {
        return 'refused';
      }
      walk(copy, 0);
      return 'read';
    },
  };
})
