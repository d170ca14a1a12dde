'use strict';
// Structured clone semantics, the same for the structuredClone global, a
// MessageChannel on one thread, and a round trip through a worker:
// primitives (-0, NaN, BigInt), boxed primitives, arrays with holes and
// extra properties, Date, RegExp (lastIndex reset), Map, Set, errors
// (name, message, cause), views sharing one buffer, cycles and shared
// references, class instances and getters.
const assert = require('assert');
const path = require('path');
const { Worker, MessageChannel } = require('worker_threads');

function describe(v) {
  if (typeof v === 'bigint') return `bigint ${v}`;
  if (typeof v === 'number') return Object.is(v, -0) ? 'number -0' : `number ${v}`;
  if (v === null || typeof v !== 'object') return `${typeof v} ${String(v)}`;
  const tag = Object.prototype.toString.call(v);
  const proto = Object.getPrototypeOf(v);
  const ctor = proto && proto.constructor ? proto.constructor.name : 'null-proto';
  return `${tag} ${ctor}`;
}

const cases = [];
function add(label, make, check) { cases.push({ label, make, check }); }

add('undefined', () => undefined, describe);
add('null', () => null, describe);
add('-0', () => -0, describe);
add('NaN', () => NaN, describe);
add('Infinity', () => -Infinity, describe);
add('bigint', () => -(2n ** 70n), describe);
add('string', () => 'h\u00e9llo \u{1F600} \0 end', (v) => `${typeof v} ${JSON.stringify(v)} length=${v.length}`);
add('lone surrogate', () => '\ud800x', (v) => `${v.charCodeAt(0).toString(16)} ${v.length}`);
add('boolean', () => false, describe);
add('boxed number', () => Object(-0), (v) => `${describe(v)} value=${Object.is(v.valueOf(), -0) ? '-0' : v.valueOf()}`);
add('boxed string', () => Object('abc'), (v) => `${describe(v)} value=${v.valueOf()} length=${v.length}`);
add('boxed boolean', () => Object(true), (v) => `${describe(v)} value=${v.valueOf()}`);
add('boxed bigint', () => Object(7n), (v) => `${describe(v)} value=${v.valueOf()}`);
add('array with holes and props', () => {
  const a = [1, , 3]; // eslint-disable-line no-sparse-arrays
  a[6] = 'six';
  a.extra = 'prop';
  return a;
}, (v) => `${describe(v)} length=${v.length} has1=${1 in v} has4=${4 in v} keys=${Object.keys(v).join(',')}`);
add('Date', () => new Date(Date.UTC(1999, 11, 31, 23, 59, 59, 999)), (v) => `${describe(v)} ${v.toISOString()}`);
add('invalid Date', () => new Date(NaN), (v) => `${describe(v)} ${v.getTime()}`);
add('RegExp', () => {
  const re = /x(y)?/gimsuy;
  re.lastIndex = 5;
  re.extra = 1;
  return re;
}, (v) => `${describe(v)} source=${v.source} flags=${v.flags} lastIndex=${v.lastIndex} extra=${v.extra}`);
add('Map', () => new Map([[{ k: 1 }, 'obj key'], [NaN, 'nan'], ['s', new Map([[1, 2]])]]),
  (v) => `${describe(v)} size=${v.size} keys=${[...v.keys()].map((k) => JSON.stringify(k)).join(';')} nested=${v.get('s').get(1)} nan=${v.get(NaN)}`);
add('Set', () => new Set([1, '1', -0, { a: 1 }]),
  (v) => `${describe(v)} size=${v.size} zero=${[...v][2]} ${Object.is([...v][2], -0)} obj=${JSON.stringify([...v][3])}`);
add('Error', () => new Error('plain'), (v) => `${describe(v)} name=${v.name} message=${v.message} ownKeys=${Object.keys(v)}`);
add('TypeError with cause', () => new TypeError('typed', { cause: { why: 'because' } }),
  (v) => `${describe(v)} name=${v.name} message=${v.message} cause=${JSON.stringify(v.cause)} stackType=${typeof v.stack}`);
add('RangeError', () => new RangeError('r'), (v) => `${describe(v)} ${v instanceof RangeError}`);
add('EvalError', () => new EvalError('e'), (v) => `${describe(v)} ${v instanceof EvalError}`);
add('SyntaxError', () => new SyntaxError('s'), (v) => `${describe(v)} ${v instanceof SyntaxError}`);
add('ReferenceError', () => new ReferenceError('r'), (v) => `${describe(v)} ${v instanceof ReferenceError}`);
add('URIError', () => new URIError('u'), (v) => `${describe(v)} ${v instanceof URIError}`);
add('error subclass', () => {
  class MyError extends Error {}
  const e = new MyError('mine');
  e.code = 'E_X';
  return e;
}, (v) => `${describe(v)} name=${v.name} message=${v.message} code=${v.code}`);
add('error with custom name', () => {
  const e = new Error('named');
  e.name = 'TypeError';
  return e;
}, (v) => `${describe(v)} name=${v.name}`);
add('ArrayBuffer', () => new Uint8Array([1, 2, 3]).buffer, (v) => `${describe(v)} ${new Uint8Array(v)}`);
add('views sharing a buffer', () => {
  const buffer = new ArrayBuffer(8);
  const u8 = new Uint8Array(buffer, 2, 4);
  const dv = new DataView(buffer, 1, 3);
  u8.set([9, 8, 7, 6]);
  return { buffer, u8, dv, f32: new Float32Array(buffer, 4, 1) };
}, (v) => {
  const same = v.u8.buffer === v.buffer && v.dv.buffer === v.buffer && v.f32.buffer === v.buffer;
  v.u8[0] = 42;
  return `same buffer=${same} u8=${describe(v.u8)} offset=${v.u8.byteOffset} len=${v.u8.length} dv=${describe(v.dv)} dvOffset=${v.dv.byteOffset} dvLen=${v.dv.byteLength} write through view=${new Uint8Array(v.buffer)[2]} dv sees=${v.dv.getUint8(1)}`;
});
add('typed arrays', () => [new Int8Array([-1]), new Uint16Array([65535]), new Int32Array([-5]),
  new Float64Array([Math.PI]), new BigInt64Array([-3n]), new BigUint64Array([2n ** 64n - 1n]),
  new Uint8ClampedArray([300])],
(v) => v.map((x) => `${x.constructor.name}:${x[0]}`).join(' '));
add('Buffer becomes Uint8Array', () => Buffer.from('hi'), (v) => `${describe(v)} isBuffer=${Buffer.isBuffer(v)} ${Array.from(v)}`);
add('cycle', () => {
  const o = { name: 'root', list: [] };
  o.self = o;
  o.list.push(o, o.list);
  return o;
}, (v) => `self=${v.self === v} list0=${v.list[0] === v} list1=${v.list[1] === v.list}`);
add('shared references', () => {
  const shared = { n: 1 };
  const m = new Map([['a', shared]]);
  return [shared, shared, { shared }, m, new Set([shared])];
}, (v) => `same=${v[0] === v[1]} nested=${v[2].shared === v[0]} map=${v[3].get('a') === v[0]} set=${[...v[4]][0] === v[0]}`);
add('class instance', () => {
  class Point {
    constructor() { this.x = 1; this.y = 2; }
    get sum() { return this.x + this.y; }
    norm() { return 0; }
  }
  return new Point();
}, (v) => `${describe(v)} keys=${Object.keys(v)} sum=${v.sum} norm=${typeof v.norm}`);
add('getters are read, non-enumerable and symbol keys dropped', () => {
  const o = { get computed() { return 'got'; } };
  Object.defineProperty(o, 'hidden', { value: 1, enumerable: false });
  o[Symbol('s')] = 1;
  return o;
}, (v) => `${JSON.stringify(Object.getOwnPropertyDescriptor(v, 'computed'))} hidden=${'hidden' in v} symbols=${Object.getOwnPropertySymbols(v).length}`);
add('null prototype', () => Object.assign(Object.create(null), { a: 1 }),
  (v) => `proto=${Object.getPrototypeOf(v) === Object.prototype} a=${v.a}`);
add('deep nesting', () => {
  let o = { leaf: true };
  for (let i = 0; i < 500; i++) o = { child: o };
  return o;
}, (v) => {
  let depth = 0;
  while (v.child) { v = v.child; depth++; }
  return `depth=${depth} leaf=${v.leaf}`;
});

function runLocal() {
  for (const c of cases) {
    const original = c.make();
    const copy = structuredClone(original);
    if (original !== null && typeof original === 'object') assert.notStrictEqual(copy, original);
    console.log(`clone ${c.label}: ${c.check(copy)}`);
  }
}

// The same cases through a port: results must match the global's.
function viaPort(send, receive) {
  return cases.reduce((prev, c) => prev.then(async () => {
    const expected = c.check(structuredClone(c.make()));
    send(c.make());
    const got = c.check(await receive());
    assert.strictEqual(got, expected, c.label);
  }), Promise.resolve());
}

(async () => {
  runLocal();

  const { port1, port2 } = new MessageChannel();
  const queue = [];
  let waiting = null;
  port2.on('message', (m) => { if (waiting) { const w = waiting; waiting = null; w(m); } else queue.push(m); });
  await viaPort((v) => port1.postMessage(v),
    () => (queue.length ? Promise.resolve(queue.shift()) : new Promise((r) => { waiting = r; })));
  port1.close();
  console.log('MessageChannel gives the same results');

  const w = new Worker(path.join(__dirname, 'fixtures', 'echo.js'));
  await viaPort((v) => w.postMessage(v), () => new Promise((r) => w.once('message', r)));
  w.postMessage('bye');
  console.log('worker round trip gives the same results');
})();
