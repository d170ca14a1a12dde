// util.inspect of promises: pending, fulfilled, rejected (state read through
// the runtime, not through `then`).
'use strict';
const { inspect } = require('util');

function show(value, options) {
  console.log(options === undefined ? inspect(value) : inspect(value, options));
}

const rejectedError = new Error('rejected');
Object.defineProperty(rejectedError, 'stack', { value: 'Error: rejected', configurable: true });

const rejected = Promise.reject(rejectedError);
rejected.catch(() => {});
const rejectedValue = Promise.reject(3);
rejectedValue.catch(() => {});

show(Promise.resolve(1));
show(Promise.resolve('str'));
show(Promise.resolve({ a: { b: { c: 1 } } }));
show(Promise.resolve(undefined));
show(Promise.resolve([1, 2, 3]));
show(new Promise(() => {}));
show(rejected);
show(rejectedValue);
show({ p: Promise.resolve(1) });
show({ a: { b: { p: Promise.resolve(1) } } });
show([Promise.resolve(Promise.resolve(2))]);
show(Promise.resolve('x'.repeat(80)));
const withKey = Promise.resolve(1);
withKey.extra = 'e';
show(withKey);
class MyPromise extends Promise {}
show(MyPromise.resolve(5));
show(new MyPromise(() => {}));
show(Object.create(Promise.prototype));
show(Promise.resolve(1), { colors: true });
show(new Promise(() => {}), { colors: true });
show(rejectedValue, { colors: true });

// A promise fulfilled later shows its value once settled.
let resolveLater;
const later = new Promise((resolve) => { resolveLater = resolve; });
show(later);
resolveLater('done');
later.then(() => {
  show(later);
});
