// The globals a program sees as enumerable, and how each is defined, as in
// node (which also has `fetch`, not in spindle).
const keys = Object.keys(globalThis).filter((k) => k !== 'fetch');
console.log(keys.join(','));
for (const name of ['global', 'setTimeout', 'queueMicrotask', 'structuredClone', 'performance', 'console', 'Buffer', 'process', 'URL']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, 'enumerable:', d.enumerable, 'configurable:', d.configurable);
}
// Reading a lazy global gives its value; assigning one replaces it.
console.log(typeof structuredClone, typeof atob('aGk='), btoa('hi'));
globalThis.performance = 'mine';
console.log(performance);
console.log(global === globalThis, typeof WebAssembly);

// Lazy globals: a write or a delete before the first read wins; a read
// gives the same value every time.
globalThis.TextDecoder = 'replaced before use';
console.log(TextDecoder);
delete globalThis.URLSearchParams;
console.log(typeof URLSearchParams);
console.log(Buffer.name, Buffer === globalThis.Buffer, Object.getOwnPropertyDescriptor(globalThis, 'Buffer').enumerable);
