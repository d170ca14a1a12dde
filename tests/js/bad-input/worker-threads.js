'use strict';
// worker_threads called with wrong types and out-of-range values: every
// public function and constructor, with node's error class, code and
// message (or node's acceptance) for each.
const wt = require('worker_threads');
const { runTable, WRONG, ENGINE_TEXT } = require('./fixtures/table');

const { Worker, MessageChannel, MessagePort, BroadcastChannel } = wt;

// A Worker that did start is stopped at once (and may fail quietly).
function worker(...args) {
  const w = new Worker(...args);
  w.on('error', () => {});
  w.terminate();
  return w;
}

runTable('Worker filename', WRONG.map(([label, v]) => [`new Worker(${label})`, () => worker(v)]));
runTable('Worker options', [
  ...WRONG.map(([label, v]) => [`argv: ${label}`, () => worker('0', { eval: true, argv: v })]),
  ...WRONG.map(([label, v]) => [`execArgv: ${label}`, () => worker('0', { eval: true, execArgv: v })]),
  ...WRONG.map(([label, v]) => [`env: ${label}`, () => worker('0', { eval: true, env: v })]),
  ...WRONG.map(([label, v]) => [`name: ${label}`, () => worker('0', { eval: true, name: v })]),
  ...WRONG.map(([label, v]) => [`stdout: ${label}`, () => worker('0', { eval: true, stdout: v })]),
  ['transferList with a number', () => worker('0', { eval: true, transferList: [1] })],
  ['transferList with a plain object', () => worker('0', { eval: true, transferList: [{}] })],
  ['transferList twice the same buffer', () => {
    const ab = new ArrayBuffer(8);
    return worker('0', { eval: true, workerData: ab, transferList: [ab, ab] });
  }],
  ['workerData a function', () => worker('0', { eval: true, workerData: () => {} })],
  ['workerData a symbol', () => worker('0', { eval: true, workerData: Symbol('x') })],
  ['workerData with a WeakMap', () => worker('0', { eval: true, workerData: { w: new WeakMap() } })],
  ['eval: true, filename an object', () => worker({}, { eval: true })],
  ['relative path without ./', () => worker('no-such-worker.js')],
]);
runTable('Worker resourceLimits', [
  ...[-1, 0, 0.5, NaN, Infinity, 'x', null].map((v) => [`maxOldGenerationSizeMb: ${String(v)}`,
    () => worker('0', { eval: true, resourceLimits: { maxOldGenerationSizeMb: v } })]),
  ...[-1, 0, 'x'].map((v) => [`stackSizeMb: ${String(v)}`,
    () => worker('0', { eval: true, resourceLimits: { stackSizeMb: v } })]),
]);

const w = new Worker('0', { eval: true });
w.on('error', () => {});
runTable('worker methods', [
  ['postMessage()', () => w.postMessage()],
  ['postMessage(fn)', () => w.postMessage(() => {})],
  ['postMessage(symbol)', () => w.postMessage(Symbol('s'))],
  ['postMessage(1, 5)', () => w.postMessage(1, 5)],
  ['postMessage(1, "x")', () => w.postMessage(1, 'x')],
  ['postMessage(1, [1])', () => w.postMessage(1, [1])],
  ['postMessage(1, [{}])', () => w.postMessage(1, [{}])],
  ['postMessage(1, { transfer: 5 })', () => w.postMessage(1, { transfer: 5 })],
  ['postMessage(1, null)', () => w.postMessage(1, null)],
  ['getHeapSnapshot type', () => typeof w.getHeapSnapshot],
  ['ref(1, 2)', () => w.ref(1, 2)],
  ['unref("x")', () => w.unref('x')],
]);
w.terminate();

const { port1, port2 } = new MessageChannel();
runTable('MessagePort', [
  ['new MessagePort()', () => new MessagePort()],
  ['MessageChannel() without new', () => MessageChannel()],
  ['postMessage to self in transfer', () => port1.postMessage(1, [port1])],
  ['postMessage peer in transfer', () => port1.postMessage(1, [port2])],
  ['postMessage(1, [ab, ab])', () => { const ab = new ArrayBuffer(1); port1.postMessage(ab, [ab, ab]); }],
  ['postMessage(SharedArrayBuffer in transfer)', () => port1.postMessage(1, [new SharedArrayBuffer(4)])],
  ['postMessage(1, 5)', () => port1.postMessage(1, 5)],
  ['postMessage(1, "str")', () => port1.postMessage(1, 'str')],
  ['postMessage(1, {transfer: [1]})', () => port1.postMessage(1, { transfer: [1] })],
  ['postMessage(new WeakSet())', () => port1.postMessage(new WeakSet())],
  ['postMessage(Promise)', () => port1.postMessage(Promise.resolve())],
  ['postMessage(proxy)', () => port1.postMessage(new Proxy({}, {}))],
  ['postMessage(getter throws)', () => port1.postMessage({ get x() { throw new RangeError('from getter'); } })],
  ['postMessage.call({})', () => MessagePort.prototype.postMessage.call({}, 1)],
  ['start.call({})', () => MessagePort.prototype.start.call({})],
  ['close.call(null)', () => MessagePort.prototype.close.call(null)],
  ['ref.call(undefined)', () => MessagePort.prototype.ref.call(undefined)],
  ['on("message", 5)', () => port1.on('message', 5)],
  ['once("message", "x")', () => port1.once('message', 'x')],
  ['removeEventListener("message", 5)', () => port1.removeEventListener('message', 5)],
  ['unref.call({})', () => MessagePort.prototype.unref.call({})],
  ['hasRef.call({})', () => MessagePort.prototype.hasRef.call({})],
  ['addEventListener("message", 5)', () => port1.addEventListener('message', 5)],
]);
port1.close();
runTable('closed port', [
  ['postMessage after close', () => port1.postMessage(1)],
  ['close twice', () => port1.close()],
  ['transfer a closed port', () => { const c = new MessageChannel(); port2.postMessage; c.port1.postMessage(1, [port2]); c.port1.close(); }],
]);

runTable('receiveMessageOnPort', [
  ...WRONG.map(([label, v]) => [`receiveMessageOnPort(${label})`, () => wt.receiveMessageOnPort(v)]),
  ['closed port', () => wt.receiveMessageOnPort(port1)],
]);

runTable('BroadcastChannel', [
  ...WRONG.map(([label, v]) => [`new BroadcastChannel(${label})`, () => { const b = new BroadcastChannel(v); b.close(); return b.name; },
    typeof v === 'symbol' ? ENGINE_TEXT : undefined]),
  ['BroadcastChannel() without new', () => BroadcastChannel('x'), ENGINE_TEXT],
  ['postMessage(fn)', () => { const b = new BroadcastChannel('t'); try { b.postMessage(() => {}); } finally { b.close(); } }],
  ['postMessage after close', () => { const b = new BroadcastChannel('t'); b.close(); b.postMessage(1); }],
  ['postMessage with transfer', () => { const b = new BroadcastChannel('t'); const ab = new ArrayBuffer(2); try { b.postMessage(ab, [ab]); return ab.byteLength; } finally { b.close(); } }],
  ['postMessage.call({})', () => BroadcastChannel.prototype.postMessage.call({}, 1)],
  ['close.call({})', () => BroadcastChannel.prototype.close.call({})],
  ['ref.call({})', () => BroadcastChannel.prototype.ref.call({})],
  ['addEventListener("message", 5)', () => { const b = new BroadcastChannel('t'); try { b.addEventListener('message', 5); } finally { b.close(); } }],
]);

runTable('markAsUntransferable', [
  ...WRONG.map(([label, v]) => [`markAsUntransferable(${label})`, () => wt.markAsUntransferable(v)]),
  ['marked buffer in transfer list', () => {
    const ab = new ArrayBuffer(4);
    wt.markAsUntransferable(ab);
    const c = new MessageChannel();
    try { c.port1.postMessage(ab, [ab]); return ab.byteLength; } finally { c.port1.close(); }
  }],
]);

runTable('environment data', [
  ...WRONG.map(([label, v]) => [`setEnvironmentData(${label}, 1)`, () => wt.setEnvironmentData(v, 1)]),
  ['setEnvironmentData("k", fn)', () => wt.setEnvironmentData('k', () => {})],
  ['setEnvironmentData("k", symbol)', () => wt.setEnvironmentData('k', Symbol('s'))],
  ['setEnvironmentData("k")', () => wt.setEnvironmentData('k')],
  ['getEnvironmentData("k") after unset', () => wt.getEnvironmentData('k')],
  ['getEnvironmentData()', () => wt.getEnvironmentData()],
  ['getEnvironmentData({})', () => wt.getEnvironmentData({})],
]);

runTable('structuredClone', [
  ['structuredClone()', () => structuredClone()],
  ['structuredClone(fn)', () => structuredClone(() => {})],
  ['structuredClone(1, 5)', () => structuredClone(1, 5)],
  ['structuredClone(1, { transfer: 5 })', () => structuredClone(1, { transfer: 5 })],
  ['structuredClone(1, { transfer: [1] })', () => structuredClone(1, { transfer: [1] })],
  ['structuredClone(port in transfer)', () => { const c = new MessageChannel(); try { return structuredClone(c.port1, { transfer: [c.port1] }); } finally { c.port2.close(); } }],
]);
