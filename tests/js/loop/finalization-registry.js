// FinalizationRegistry callbacks run (as tasks, after a GC found the
// targets dead) and WeakRefs let go of their targets between turns.
let called = 0;
const reg = new FinalizationRegistry((held) => {
  if (typeof held !== 'number') throw new Error('held value lost');
  called++;
});
(function register() {
  for (let i = 0; i < 100000; i++) reg.register({ i }, i);
})();
let ref = new WeakRef({ payload: new Array(1000).fill(7) });
(async () => {
  for (let round = 0; round < 200 && (called === 0 || ref.deref() !== undefined); round++) {
    let junk = [];
    for (let i = 0; i < 20; i++) junk.push(new Array(100000).fill(i));
    junk = null;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  console.log('cleanup callbacks ran:', called > 0);
  console.log('weak ref cleared:', ref.deref() === undefined);
})();
