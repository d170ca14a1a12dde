'use strict';
// The WHATWG globals: Event, CustomEvent, EventTarget, AbortController,
// AbortSignal and DOMException, as node 20 behaves.
const events = require('events');

function attempt(label, fn) {
  try {
    const value = fn();
    console.log(label, 'ok', value === undefined ? '' : String(value));
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

const uncaught = [];
process.on('uncaughtException', (err) => uncaught.push(`${err.name}: ${err.message}`));

// --- Event ---
console.log('Event keys', Object.keys(Event).join(','), Object.keys(Event.prototype).join(','));
console.log('Event lengths', Event.length, CustomEvent.length, EventTarget.length, AbortController.length, DOMException.length);
const e = new Event('foo', { cancelable: true, bubbles: 1 });
console.log('fresh', e.type, e.bubbles, e.cancelable, e.composed, e.eventPhase, e.target, e.currentTarget,
  e.srcElement, e.returnValue, e.cancelBubble, e.composedPath().length, e.isTrusted, e.defaultPrevented,
  typeof e.timeStamp, Object.keys(e).length, String(e), Object.prototype.toString.call(e));
e.preventDefault();
console.log('prevented', e.defaultPrevented, e.returnValue);
const plainEvent = new Event('bar');
plainEvent.preventDefault();
console.log('not cancelable', plainEvent.defaultPrevented, plainEvent.returnValue);
plainEvent.cancelBubble = true;
console.log('cancelBubble', plainEvent.cancelBubble);
const e2 = new Event('x');
e2.stopImmediatePropagation();
console.log('sIP sets cancelBubble', e2.cancelBubble);
const e3 = new Event('x');
e3.initEvent('renamed', true, true);
console.log('initEvent', e3.type, e3.bubbles, e3.cancelable);
console.log('type coercion', new Event(5).type, new Event(null).type, new Event({ toString: () => 'obj' }).type);
console.log('constants', Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE, 'NONE' in e);
attempt('Event()', () => new Event());
attempt('Event options number', () => new Event('x', 1));
attempt('Event options array', () => new Event('x', []));
attempt('Event options null', () => new Event('x', null).type);
attempt('Event brand', () => Object.getOwnPropertyDescriptor(Event.prototype, 'type').get.call({}));
attempt('initEvent()', () => e3.initEvent());

// --- CustomEvent ---
const ce = new CustomEvent('c', { detail: { n: 1 } });
console.log('CustomEvent', ce.detail.n, new CustomEvent('c').detail, ce instanceof Event, String(ce), Object.keys(CustomEvent.prototype).join(','));
attempt('CustomEvent()', () => new CustomEvent());
attempt('detail brand', () => Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get.call(new Event('x')));

// --- EventTarget: order, once, duplicates, capture identity, handleEvent ---
const log = [];
const t = new EventTarget();
const l1 = function (ev) { log.push(`l1 this=${this === t} phase=${ev.eventPhase} current=${ev.currentTarget === t} path=${ev.composedPath().length}`); };
const l2 = { handleEvent(ev) { log.push(`l2 this=${this === l2} target=${ev.target === t}`); } };
const l3 = () => log.push('l3');
t.addEventListener('x', l1, { once: true });
t.addEventListener('x', l2);
t.addEventListener('x', l2);
t.addEventListener('x', l2, true);
t.addEventListener('x', l3);
console.log('dispatch', t.dispatchEvent(new Event('x')));
console.log(log.join(' | '));
log.length = 0;
t.dispatchEvent(new Event('x'));
console.log('second', log.join(' | '));
log.length = 0;
t.removeEventListener('x', l2);
t.removeEventListener('x', l2, true);
t.dispatchEvent(new Event('x'));
console.log('remove with true', log.join(' | '));
log.length = 0;
t.removeEventListener('x', l2, { capture: true });
t.dispatchEvent(new Event('x'));
console.log('remove with capture', log.join(' | '));
log.length = 0;

// Adding and removing during dispatch.
const t2 = new EventTarget();
const a = () => { log.push('a'); t2.removeEventListener('y', b); t2.addEventListener('y', b); };
const b = () => log.push('b');
t2.addEventListener('y', a);
t2.addEventListener('y', b);
t2.dispatchEvent(new Event('y'));
console.log('remove+re-add', log.join(','));
log.length = 0;
const t3 = new EventTarget();
t3.addEventListener('z', () => log.push('1'));
t3.addEventListener('z', () => { log.push('2'); t3.addEventListener('z', () => log.push('late')); });
t3.dispatchEvent(new Event('z'));
log.push('/');
t3.dispatchEvent(new Event('z'));
console.log('added by last', log.join(','));
log.length = 0;

// stopImmediatePropagation, passive, preventDefault and the return value.
const t4 = new EventTarget();
t4.addEventListener('p', (ev) => { ev.preventDefault(); log.push(`passive ${ev.defaultPrevented}`); }, { passive: true });
t4.addEventListener('p', (ev) => { log.push('stopper'); ev.stopImmediatePropagation(); });
t4.addEventListener('p', () => log.push('never'));
const pe = new Event('p', { cancelable: true });
console.log('cancel return', t4.dispatchEvent(pe), log.join(','));
log.length = 0;
t4.dispatchEvent(pe);
console.log('stopped event redispatched', JSON.stringify(log));
log.length = 0;

// After the first listener returns the event no longer counts as being
// dispatched (node), so it can even be dispatched again from a listener.
const t5 = new EventTarget();
const re = new Event('r');
let depth = 0;
t5.addEventListener('r', (ev) => {
  depth++;
  log.push(`first phase=${ev.eventPhase}`);
  if (depth === 1) {
    try { t5.dispatchEvent(ev); } catch (err) { log.push(err.code); }
  }
});
t5.addEventListener('r', (ev) => {
  log.push(`second phase=${ev.eventPhase} current=${ev.currentTarget} target=${ev.target === t5}`);
  if (depth === 1) {
    depth++;
    try { t5.dispatchEvent(ev); log.push('re-dispatched'); } catch (err) { log.push(err.code); }
  }
});
t5.dispatchEvent(re);
console.log('recursion', log.join(' | '));
log.length = 0;
console.log('after dispatch', re.eventPhase, re.target === t5, re.currentTarget, re.srcElement === t5);

// Signals remove listeners.
const t6 = new EventTarget();
const ac = new AbortController();
t6.addEventListener('s', () => log.push('with signal'), { signal: ac.signal });
t6.dispatchEvent(new Event('s'));
ac.abort();
t6.dispatchEvent(new Event('s'));
t6.addEventListener('s', () => log.push('added after abort'), { signal: ac.signal });
t6.dispatchEvent(new Event('s'));
console.log('signal', log.join(','));
log.length = 0;

// Odd listeners and arguments.
const t7 = new EventTarget();
t7.addEventListener('o', {});
t7.addEventListener('o', () => log.push('after empty object'));
t7.addEventListener('o', null);
t7.addEventListener('o', undefined);
t7.addEventListener(7, () => log.push('numeric type'));
t7.dispatchEvent(new Event('o'));
t7.dispatchEvent(new Event('7'));
console.log('odd', log.join(','));
log.length = 0;
attempt('add 1 arg', () => t7.addEventListener('x'));
attempt('add number listener', () => t7.addEventListener('x', 1));
attempt('add options number', () => t7.addEventListener('x', () => {}, 5));
attempt('add options array', () => t7.addEventListener('x', () => {}, []));
attempt('add options null', () => t7.addEventListener('x', () => {}, null));
attempt('add bad signal', () => t7.addEventListener('x', () => {}, { signal: 1 }));
attempt('add symbol type', () => t7.addEventListener(Symbol('s'), () => {}));
attempt('remove 1 arg', () => t7.removeEventListener('x'));
attempt('dispatch nothing', () => t7.dispatchEvent());
attempt('dispatch non-event', () => t7.dispatchEvent({ type: 'x' }));
attempt('brand', () => EventTarget.prototype.addEventListener.call({}, 'x', () => {}));
console.log('EventTarget keys', Object.keys(EventTarget.prototype).join(','), String(t7), Object.keys(t7).length);

// Listener errors are reported as uncaught exceptions after dispatch.
const t8 = new EventTarget();
t8.addEventListener('e', () => { throw new Error('sync listener error'); });
t8.addEventListener('e', async () => { throw new Error('async listener error'); });
t8.addEventListener('e', { handleEvent() { throw new Error('handleEvent error'); } });
t8.addEventListener('e', () => log.push('still runs'));
console.log('dispatch with errors', t8.dispatchEvent(new Event('e')), log.join(','));
log.length = 0;

// Subclasses and events.getEventListeners.
class Emitterish extends EventTarget {}
const sub = new Emitterish();
const f = () => {};
sub.addEventListener('q', f);
sub.addEventListener('q', f, { capture: true });
console.log('subclass', sub instanceof EventTarget, events.getEventListeners(sub, 'q').length,
  events.getEventListeners(sub, 'q')[0] === f, events.getMaxListeners(sub));

// --- DOMException ---
const d = new DOMException('msg', 'NotFoundError');
console.log('DOMException', d.name, d.message, d.code, String(d), Object.prototype.toString.call(d),
  d instanceof Error, d instanceof DOMException, Object.keys(d).length, typeof d.stack);
console.log('defaults', JSON.stringify(new DOMException().message), new DOMException().name, new DOMException().code);
for (const name of ['IndexSizeError', 'InvalidStateError', 'NotSupportedError', 'AbortError', 'TimeoutError',
  'DataCloneError', 'SyntaxError', 'QuotaExceededError', 'EncodingError', 'Custom']) {
  console.log('code', name, new DOMException('m', name).code);
}
console.log('options', new DOMException('m', { name: 'TimeoutError' }).name, new DOMException('m', {}).name,
  new DOMException('m', null).name, new DOMException('m', { cause: 'why' }).cause, 'cause' in new DOMException('m'));
console.log('constants', DOMException.ABORT_ERR, DOMException.DATA_CLONE_ERR, DOMException.prototype.TIMEOUT_ERR,
  Object.keys(DOMException).length, Object.keys(DOMException.prototype).slice(0, 4).join(','));
attempt('DOMException brand', () => Object.getOwnPropertyDescriptor(DOMException.prototype, 'code').get.call({}));

// --- AbortController / AbortSignal ---
console.log('shapes', Object.keys(AbortSignal.prototype).join(','), Object.keys(AbortController.prototype).join(','),
  Object.getOwnPropertyNames(AbortSignal).sort().join(','));
attempt('new AbortSignal', () => new AbortSignal());
const controller = new AbortController();
const signal = controller.signal;
console.log('signal', signal instanceof EventTarget, signal.aborted, signal.reason, signal.onabort,
  String(signal), String(controller), controller.signal === signal);
signal.onabort = (ev) => log.push(`onabort ${ev.type} trusted=${ev.isTrusted} this=${this === undefined}`);
signal.addEventListener('abort', function (ev) {
  log.push(`listener this=${this === signal} target=${ev.target === signal} aborted=${signal.aborted}`);
});
controller.abort();
controller.abort('again');
console.log('abort', log.join(' | '));
log.length = 0;
console.log('reason', signal.reason instanceof DOMException, signal.reason.name, signal.reason.message, signal.reason.code);
attempt('throwIfAborted', () => signal.throwIfAborted());
attempt('throwIfAborted live', () => new AbortController().signal.throwIfAborted());
const c2 = new AbortController();
c2.abort(null);
console.log('null reason', c2.signal.reason);
const c3 = new AbortController();
c3.abort(undefined);
console.log('undefined reason', c3.signal.reason.name);

// onabort keeps the place where it was first set.
const c4 = new AbortController();
c4.signal.onabort = () => log.push('h1');
c4.signal.addEventListener('abort', () => log.push('h2'));
c4.signal.onabort = () => log.push('h1b');
c4.abort();
const c5 = new AbortController();
c5.signal.onabort = () => log.push('removed');
c5.signal.onabort = null;
c5.abort();
console.log('onabort order', log.join(','), c5.signal.onabort);
log.length = 0;

const s1 = AbortSignal.abort();
console.log('static abort', s1.aborted, s1.reason.name, AbortSignal.abort('R').reason, AbortSignal.abort(undefined).reason.name);
attempt('timeout -1', () => AbortSignal.timeout(-1));
attempt('timeout string', () => AbortSignal.timeout('1'));
attempt('timeout float', () => AbortSignal.timeout(1.5));
attempt('any non-array', () => AbortSignal.any(1));
attempt('any bad element', () => AbortSignal.any([signal, {}]));
console.log('any empty', AbortSignal.any([]).aborted, 'any aborted', AbortSignal.any([new AbortController().signal, AbortSignal.abort('X')]).reason);

// any(): the source's listeners run first, then the combined signal's.
const ca = new AbortController();
const cb = new AbortController();
const combined = AbortSignal.any([ca.signal, cb.signal]);
const nested = AbortSignal.any([combined]);
combined.addEventListener('abort', () => log.push(`combined ${combined.reason} src=${ca.signal.aborted}`));
nested.addEventListener('abort', () => log.push(`nested ${nested.reason}`));
ca.signal.addEventListener('abort', () => log.push(`source combined=${combined.aborted}`));
ca.abort('first');
cb.abort('second');
console.log('any', log.join(' | '), combined.reason);
log.length = 0;

// Max listeners warning on EventTarget.
process.on('warning', (w) => console.log('warning', w.name, w.message, w.type, w.count));
const noisy = new EventTarget();
for (let i = 0; i < 11; i++) noisy.addEventListener('m', () => {});
events.setMaxListeners(2, noisy);
noisy.addEventListener('m2', () => {});
noisy.addEventListener('m2', () => {});
noisy.addEventListener('m2', () => {});

// events.once with an AbortSignal from AbortSignal.timeout (long enough
// that a slow start on a loaded machine still sees the warnings first).
const timed = AbortSignal.timeout(50);
timed.addEventListener('abort', () => {
  console.log('timeout', timed.reason.name, timed.reason.message, timed.reason.code);
});
setTimeout(() => {
  console.log('uncaught', uncaught.join(' | '));
}, 80);
