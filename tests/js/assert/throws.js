// assert.throws / doesNotThrow / rejects / doesNotReject with the different
// kinds of `error` argument: class, RegExp, validation function, object.
'use strict';
const assert = require('assert');

function report(label, e) {
  if (e === undefined) {
    console.log(label, 'passed');
  } else if (e instanceof assert.AssertionError) {
    console.log(label, JSON.stringify({ message: e.message, generated: e.generatedMessage, operator: e.operator }));
  } else {
    console.log(label, 'threw', e.name, e.code, JSON.stringify(e.message));
  }
}

function show(label, fn) {
  try {
    fn();
    report(label);
  } catch (e) {
    report(label, e);
  }
}

const thrower = (err) => () => { throw err; };
const typeError = () => new TypeError('wrong type');

show('no error expected', () => assert.throws(thrower(typeError())));
show('class', () => assert.throws(thrower(typeError()), TypeError));
show('base class', () => assert.throws(thrower(typeError()), Error));
show('wrong class', () => assert.throws(thrower(typeError()), RangeError));
show('wrong class same name', () => assert.throws(thrower(typeError()), class TypeError extends Error {}));
show('class, primitive thrown', () => assert.throws(thrower(5), RangeError));
show('regexp', () => assert.throws(thrower(typeError()), /wrong/));
show('regexp fail', () => assert.throws(thrower(typeError()), /right/));
show('validator', () => assert.throws(thrower(typeError()), (e) => e instanceof TypeError));
show('validator fail', () => assert.throws(thrower(typeError()), (e) => false));
show('named validator fail', () => assert.throws(thrower(typeError()), function check() { return 'yes'; }));
show('object', () => assert.throws(thrower(typeError()), { name: 'TypeError', message: 'wrong type' }));
show('object regexp', () => assert.throws(thrower(typeError()), { message: /^wrong/ }));
show('object fail', () => assert.throws(thrower(typeError()), { name: 'TypeError', message: 'right type' }));
show('object fail message', () => assert.throws(thrower(typeError()), { message: 'x' }, 'custom'));
show('object missing key', () => assert.throws(thrower(typeError()), { code: 'X' }));
show('object nested', () => assert.throws(thrower(Object.assign(new Error('e'), { info: { a: [1] } })), { info: { a: [1] } }));
show('object primitive thrown', () => assert.throws(thrower('str'), { message: 'x' }));
show('error instance', () => assert.throws(thrower(typeError()), new TypeError('wrong type')));
show('error instance fail', () => assert.throws(thrower(typeError()), new TypeError('other')));
show('empty object', () => assert.throws(thrower(typeError()), {}));
show('bad error arg', () => assert.throws(thrower(typeError()), 5));
show('not a function', () => assert.throws('nope'));
show('nothing thrown', () => assert.throws(() => {}));
show('nothing thrown class', () => assert.throws(() => {}, TypeError));
show('nothing thrown message', () => assert.throws(() => {}, 'my message'));
show('nothing thrown class message', () => assert.throws(() => {}, TypeError, 'my message'));
show('string is message', () => assert.throws(thrower(typeError()), 'unused message'));
show('ambiguous message', () => assert.throws(thrower(typeError()), 'wrong type'));
show('ambiguous value', () => assert.throws(thrower('text'), 'text'));
show('string then message', () => assert.throws(thrower(typeError()), 'a', 'b'));

show('doesNotThrow', () => assert.doesNotThrow(() => {}));
show('doesNotThrow fail', () => assert.doesNotThrow(thrower(typeError())));
show('doesNotThrow message', () => assert.doesNotThrow(thrower(typeError()), 'my message'));
show('doesNotThrow matching class', () => assert.doesNotThrow(thrower(typeError()), TypeError));
show('doesNotThrow other class', () => assert.doesNotThrow(thrower(typeError()), RangeError));
show('doesNotThrow regexp', () => assert.doesNotThrow(thrower(typeError()), /wrong/, 'msg'));
show('doesNotThrow bad expected', () => assert.doesNotThrow(thrower(typeError()), 5));

async function main() {
  const tryAsync = async (label, fn) => {
    try {
      await fn();
      report(label);
    } catch (e) {
      report(label, e);
    }
  };
  await tryAsync('rejects', () => assert.rejects(Promise.reject(typeError()), TypeError));
  await tryAsync('rejects fn', () => assert.rejects(async () => { throw typeError(); }, /wrong/));
  await tryAsync('rejects fail', () => assert.rejects(Promise.reject(typeError()), RangeError));
  await tryAsync('rejects resolved', () => assert.rejects(Promise.resolve(1)));
  await tryAsync('rejects resolved message', () => assert.rejects(Promise.resolve(1), TypeError, 'msg'));
  await tryAsync('rejects not promise', () => assert.rejects(() => 5));
  await tryAsync('rejects bad arg', () => assert.rejects(5));
  await tryAsync('rejects sync throw', () => assert.rejects(() => { throw typeError(); }));
  await tryAsync('doesNotReject', () => assert.doesNotReject(Promise.resolve(1)));
  await tryAsync('doesNotReject fail', () => assert.doesNotReject(Promise.reject(typeError())));
  await tryAsync('doesNotReject fn', () => assert.doesNotReject(async () => { throw typeError(); }, 'msg'));
  await tryAsync('doesNotReject thenable', () => assert.doesNotReject({ then(r) { r(); }, catch() {} }));
}
main();
