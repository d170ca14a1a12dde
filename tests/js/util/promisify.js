// util.promisify and util.callbackify: results, errors, `this`, custom
// promisified functions and the properties copied onto the wrappers.
'use strict';
const util = require('util');

function later(value, fail, cb) {
  setTimeout(() => (fail ? cb(new Error(`failed ${value}`)) : cb(null, value, 'ignored')), 1);
}
later.extra = 'copied';

const steps = [];
async function main() {
  const p = util.promisify(later);
  console.log('name', p.name, 'length', p.length, 'extra', p.extra);
  console.log('same wrapper again', util.promisify(p) === p, p[util.promisify.custom] === p);
  console.log('value', await p('v1', false));
  try {
    await p('v2', true);
  } catch (e) {
    console.log('rejected', e.message);
  }

  const obj = { n: 7, get(cb) { cb(null, this.n); } };
  console.log('this', await util.promisify(obj.get).call(obj));

  function withCustom() {}
  withCustom[util.promisify.custom] = () => Promise.resolve('custom');
  const custom = util.promisify(withCustom);
  console.log('custom', custom === withCustom[util.promisify.custom], await custom());
  console.log('custom symbol', util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));

  function badCustom() {}
  badCustom[util.promisify.custom] = 42;
  try {
    util.promisify(badCustom);
  } catch (e) {
    console.log('bad custom', e.code, JSON.stringify(e.message));
  }

  // The original runs inside the promise executor: a synchronous throw rejects.
  const throwing = util.promisify(() => { throw new Error('sync'); });
  await throwing().catch((e) => console.log('sync throw', e.message));

  // callbackify
  async function add(a, b) { return a + b; }
  const cbAdd = util.callbackify(add);
  console.log('callbackified', cbAdd.name, cbAdd.length);
  await new Promise((resolve) => {
    cbAdd(1, 2, (err, sum) => {
      console.log('callback', err, sum);
      resolve();
    });
    steps.push('after call');
  });
  console.log('steps', steps.join(','));
  await new Promise((resolve) => {
    util.callbackify(async () => { throw new TypeError('bad'); })((err) => {
      console.log('callback error', err.name, err.message);
      resolve();
    });
  });
  await new Promise((resolve) => {
    util.callbackify(() => Promise.reject(undefined))((err) => {
      console.log('undefined rejection', err.code, err.reason, 'reason' in err);
      resolve();
    });
  });
  await new Promise((resolve) => {
    const ctx = { k: 'ctx' };
    util.callbackify(async function () { return this.k; }).call(ctx, function (err, v) {
      console.log('callback this', this === ctx, v);
      resolve();
    });
  });
}
main();
