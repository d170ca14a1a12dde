// timers/promises: the abort listener a promise timer adds still runs when
// an earlier 'abort' listener calls stopImmediatePropagation (node adds it
// with kResistStopPropagation). Under scripts/with-spindle-modules.cjs the
// signals are node's, which ignore spindle's flag, so only node and spindle
// themselves agree on this file.
'use strict';
const tp = require('timers/promises');

async function main() {
  for (const [label, make] of [
    ['setTimeout', (signal) => tp.setTimeout(200, 'x', { signal })],
    ['setImmediate', (signal) => tp.setImmediate('x', { signal })],
    ['scheduler.wait', (signal) => tp.scheduler.wait(200, { signal })],
  ]) {
    const ac = new AbortController();
    ac.signal.addEventListener('abort', (ev) => ev.stopImmediatePropagation());
    const p = make(ac.signal);
    ac.abort('first listener stopped propagation');
    try {
      console.log(label, 'resolved', await p);
    } catch (e) {
      console.log(label, 'rejected', e.name, e.code, e.cause);
    }
  }
  const ac = new AbortController();
  ac.signal.addEventListener('abort', (ev) => ev.stopImmediatePropagation());
  const it = tp.setInterval(200, 'tick', { signal: ac.signal });
  const next = it.next();
  setTimeout(() => ac.abort('stop interval'), 5);
  try {
    console.log('setInterval', await next);
  } catch (e) {
    console.log('setInterval rejected', e.name, e.code, e.cause);
  }
}
main();
