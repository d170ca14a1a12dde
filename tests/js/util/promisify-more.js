// util.promisify of the callback timers (their custom promisified forms are
// timers/promises), multi-value callbacks, callbackify's falsy rejections,
// and util.deprecate reading process.noDeprecation at each call.
'use strict';
const util = require('util');

process.on('warning', (w) => console.log('warning event', w.name, w.code, JSON.stringify(w.message)));

async function main() {
  const sleep = util.promisify(setTimeout);
  const nextTurn = util.promisify(setImmediate);
  console.log('timer wrappers', sleep.name, sleep.length, nextTurn.name, nextTurn.length);
  console.log('promisify again', util.promisify(sleep) === sleep, util.promisify(setTimeout) === sleep);
  console.log('sleep value', await sleep(2, 'value'));
  console.log('sleep no value', await sleep(1));
  console.log('immediate value', await nextTurn('imm'));
  await sleep('bad').catch((e) => console.log('sleep bad delay', e.code, JSON.stringify(e.message)));
  const ac = new AbortController();
  const waiting = sleep(60000, null, { signal: ac.signal });
  ac.abort('reason');
  await waiting.catch((e) => console.log('sleep aborted', e.name, e.code, e.cause));
  // setInterval has no promisified form: the generic wrapper appends a callback.
  console.log('setInterval custom', setInterval[util.promisify.custom]);

  // Without a custom list of names, only the first value is kept.
  const two = util.promisify((cb) => cb(null, 'first', 'second'));
  console.log('first value only', await two());
  const none = util.promisify((cb) => cb(null));
  console.log('no value', await none());
  const falsyError = util.promisify((cb) => cb(0, 'ignored'));
  console.log('falsy error resolves', await falsyError());

  // callbackify: each falsy rejection becomes ERR_FALSY_VALUE_REJECTION.
  for (const reason of [null, undefined, 0, '', false, NaN]) {
    await new Promise((resolve) => {
      util.callbackify(() => Promise.reject(reason))((err, value) => {
        console.log('falsy rejection', String(reason), err.name, err.code, JSON.stringify(err.message),
          Object.is(err.reason, reason), value);
        resolve();
      });
    });
  }
  try {
    util.callbackify(async () => 1)('no callback');
  } catch (e) {
    console.log('callbackify without callback', e.code, JSON.stringify(e.message));
  }
  try {
    util.callbackify('x');
  } catch (e) {
    console.log('callbackify non-function', e.code, JSON.stringify(e.message));
  }
  // A non-promise result surfaces as a synchronous TypeError.
  try {
    util.callbackify(() => 5)(() => {});
  } catch (e) {
    console.log('callbackify non-promise', e.name);
  }

  // deprecate: while noDeprecation is set, calls neither warn nor use up
  // the one warning.
  const target = () => 'result';
  process.noDeprecation = true;
  const early = util.deprecate(target, 'made while silenced', 'DEP_SPINDLE_SILENT');
  console.log('wrapper made while silenced', early === target, early());
  process.noDeprecation = false;
  console.log('called after', early());
  const quiet = util.deprecate(target, 'silenced call', 'DEP_SPINDLE_QUIET');
  process.noDeprecation = true;
  quiet();
  process.noDeprecation = false;
  quiet();
  quiet();
  await sleep(1);
  try {
    util.deprecate(target, 'msg', 12);
  } catch (e) {
    console.log('deprecate bad code', e.code, JSON.stringify(e.message));
  }
}
main();
