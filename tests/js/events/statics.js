'use strict';
// The statics of node:events: once, on, getEventListeners, max listeners,
// captureRejections, addAbortListener, and the module's shape.
const events = require('events');
const { EventEmitter } = events;

console.log('keys', Object.keys(events).join(','));
console.log('identity', events.EventEmitter === events, require('node:events') === events, typeof events.init);
console.log('symbols', String(events.errorMonitor), String(events.captureRejectionSymbol),
  events.captureRejectionSymbol === Symbol.for('nodejs.rejection'), events.usingDomains);
console.log('defaults', events.defaultMaxListeners, events.captureRejections);
console.log('listenerCount static', events.listenerCount(new EventEmitter().on('a', () => {}), 'a'));

async function main() {
  // once resolves with the arguments.
  const ee = new EventEmitter();
  const p1 = events.once(ee, 'ready');
  ee.emit('ready', 1, 'two');
  console.log('once', JSON.stringify(await p1), ee.listenerCount('ready'), ee.listenerCount('error'));

  // once rejects on 'error' and cleans up.
  const p2 = events.once(ee, 'ready');
  ee.emit('error', new Error('failed'));
  await p2.then(() => console.log('unexpected'), (err) => console.log('once error', err.message, ee.listenerCount('ready'), ee.listenerCount('error')));

  // once('error') resolves with the error.
  const p3 = events.once(ee, 'error');
  ee.emit('error', new Error('as value'));
  console.log('once error event', (await p3)[0].message);

  // Abort before and during.
  await events.once(ee, 'x', { signal: AbortSignal.abort('early') })
    .catch((err) => console.log('aborted early', err.name, err.code, err.message, err.cause));
  const ac = new AbortController();
  const p4 = events.once(ee, 'x', { signal: ac.signal });
  ac.abort('later');
  await p4.catch((err) => console.log('aborted later', err.name, err.cause, ee.listenerCount('x'), ee.listenerCount('error')));
  await events.once(ee, 'x', { signal: 'nope' })
    .catch((err) => console.log('bad signal', err.code, err.message));
  await events.once({}, 'x').catch((err) => console.log('bad emitter', err.code, err.message));

  // once on an EventTarget.
  const et = new EventTarget();
  const p5 = events.once(et, 'ping');
  et.dispatchEvent(new Event('ping'));
  const [event] = await p5;
  console.log('once EventTarget', event.type, event instanceof Event, events.getEventListeners(et, 'ping').length);

  // on(): queued events, then close.
  const src = new EventEmitter();
  process.nextTick(() => {
    src.emit('data', 1);
    src.emit('data', 2, 3);
    src.emit('end');
    src.emit('data', 4);
  });
  for await (const args of events.on(src, 'data', { close: ['end'] })) console.log('on', JSON.stringify(args));
  console.log('on cleaned', src.listenerCount('data'), src.listenerCount('error'), src.listenerCount('end'));

  // on(): break calls return().
  const src2 = new EventEmitter();
  process.nextTick(() => { src2.emit('tick', 'a'); src2.emit('tick', 'b'); });
  for await (const [value] of events.on(src2, 'tick')) {
    console.log('tick', value);
    if (value === 'b') break;
  }
  console.log('after break', src2.listenerCount('tick'));

  // on(): error rejects the pending next().
  const src3 = new EventEmitter();
  const it = events.on(src3, 'v');
  const pending = it.next();
  src3.emit('error', new Error('iter error'));
  await pending.catch((err) => console.log('on error', err.message));
  console.log('after error', JSON.stringify(await it.next()));

  // on(): abort.
  const ac2 = new AbortController();
  const it2 = events.on(new EventEmitter(), 'v', { signal: ac2.signal });
  const pending2 = it2.next();
  ac2.abort();
  await pending2.catch((err) => console.log('on abort', err.name, err.code));
  try { events.on(new EventEmitter(), 'v', { signal: AbortSignal.abort() }); } catch (err) { console.log('on aborted', err.name); }
  try { events.on(new EventEmitter(), 'v', { highWaterMark: 0 }); } catch (err) { console.log('hwm', err.code, err.message); }
  try { it2.throw('x'); } catch (err) { console.log('iterator throw', err.code, err.message); }
  console.log('return', JSON.stringify(await it2.return()), typeof it2[Symbol.asyncIterator]);

  // on(): highWaterMark pauses and resumes.
  const paused = new EventEmitter();
  paused.pause = () => console.log('pause');
  paused.resume = () => console.log('resume');
  const it3 = events.on(paused, 'd', { highWaterMark: 2, lowWaterMark: 1 });
  for (let i = 0; i < 4; i++) paused.emit('d', i);
  for (let i = 0; i < 4; i++) console.log('hwm next', JSON.stringify(await it3.next()));
  await it3.return();

  // getEventListeners / getMaxListeners / setMaxListeners.
  const f = () => {};
  const emitter = new EventEmitter();
  emitter.on('g', f);
  emitter.once('g', f);
  console.log('getEventListeners', events.getEventListeners(emitter, 'g').length, events.getEventListeners(emitter, 'g')[1] === f);
  const target = new EventTarget();
  target.addEventListener('g', f);
  target.addEventListener('g', f, { capture: true });
  console.log('getEventListeners target', events.getEventListeners(target, 'g').length, events.getEventListeners(target, 'none').length);
  console.log('getMaxListeners', events.getMaxListeners(emitter), events.getMaxListeners(target));
  events.setMaxListeners(5, emitter, target);
  console.log('setMaxListeners', events.getMaxListeners(emitter), events.getMaxListeners(target));
  events.setMaxListeners(7);
  console.log('default now', events.defaultMaxListeners, new EventEmitter().getMaxListeners());
  events.setMaxListeners();
  console.log('default restored', events.defaultMaxListeners);

  // captureRejections.
  const cap = new EventEmitter({ captureRejections: true });
  cap.on('job', async () => { throw new Error('async failure'); });
  cap.on('error', (err) => console.log('captured', err.message));
  cap.emit('job');
  const hook = new EventEmitter({ captureRejections: true });
  hook[events.captureRejectionSymbol] = (err, type, ...args) => console.log('hook', err.message, type, JSON.stringify(args));
  hook.on('job', async () => { throw new Error('hooked'); });
  hook.emit('job', 1, 2);
  const plain = new EventEmitter();
  plain.on('job', async () => 'fine');
  console.log('plain emit', plain.emit('job'));
  await new Promise((resolve) => setTimeout(resolve, 5));
  events.captureRejections = true;
  console.log('static capture', events.captureRejections, new EventEmitter()[Object.getOwnPropertySymbols(EventEmitter.prototype)[0]]);
  events.captureRejections = false;

  // addAbortListener.
  const ac3 = new AbortController();
  const disposable = events.addAbortListener(ac3.signal, () => console.log('abort listener'));
  console.log('disposable', typeof disposable, Object.getPrototypeOf(disposable));
  ac3.abort();
  const ac4 = new AbortController();
  const d2 = events.addAbortListener(ac4.signal, () => console.log('never'));
  d2[Object.getOwnPropertySymbols(d2)[0]]();
  ac4.abort();
  events.addAbortListener(AbortSignal.abort(), () => console.log('already aborted listener'));
  console.log('sync after addAbortListener');
  await null;
  try { events.addAbortListener(undefined, () => {}); } catch (err) { console.log('addAbortListener', err.code, err.message); }
  try { events.addAbortListener(ac4.signal, 1); } catch (err) { console.log('addAbortListener', err.code, err.message); }
}

main().then(() => console.log('done'));
