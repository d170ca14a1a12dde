// The first script every isolate runs. It receives the native binding,
// sets up the loader of built-in modules, and hands over to
// `internal/bootstrap/node`, whose exports are the hooks the Rust event loop
// calls (processTimers, onCompletion, onUncaughtException, ...).
(function bootstrap(binding) {
  'use strict';
  const cache = new Map();
  function requireBuiltin(id) {
    if (id.startsWith('node:')) id = id.slice(5);
    if (id === 'internal/binding') return binding;
    const cached = cache.get(id);
    if (cached !== undefined) return cached.exports;
    const fn = binding.evalBuiltin(id);
    if (fn === undefined) {
      const err = new Error(`No such built-in module: ${id}`);
      err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
      throw err;
    }
    const module = { exports: {}, id, loaded: false };
    cache.set(id, module);
    fn.call(module.exports, module.exports, requireBuiltin, module, binding);
    module.loaded = true;
    return module.exports;
  }
  requireBuiltin.cache = cache;
  return requireBuiltin('internal/bootstrap/node').createHooks(requireBuiltin);
})
