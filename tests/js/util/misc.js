// util.types, util/types, TextEncoder/TextDecoder, debuglog, aborted.
'use strict';
const util = require('util');

console.log('util/types', require('util/types') === util.types, typeof util.types.isPromise);
console.log('text codecs', util.TextEncoder === globalThis.TextEncoder, util.TextDecoder === globalThis.TextDecoder);
console.log('isArray', util.isArray === Array.isArray);
console.log('inspect custom', util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));

// NODE_DEBUG is not set: loggers do nothing.
const log = util.debuglog('spindle-test');
console.log('debuglog', typeof log, log.enabled, Object.keys(log).join(','), util.debug === util.debuglog);
log('not printed %s', 'anywhere');
let callbackCalls = 0;
const log2 = util.debuglog('spindle-other', () => callbackCalls++);
log2('x');
log2('y');
console.log('debuglog callback calls', callbackCalls);

const ac = new AbortController();
const resource = {};
util.aborted(ac.signal, resource).then((v) => console.log('aborted resolved', v instanceof Event, v.type));
setTimeout(() => {
  console.log('aborting');
  ac.abort();
}, 1);
util.aborted(AbortSignal.abort(), resource).then((v) => console.log('already aborted resolved', v));
