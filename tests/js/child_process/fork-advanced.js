'use strict';
// serialization: 'advanced' carries what structured clone carries — Map,
// Set, Date, RegExp, BigInt, typed arrays, errors, shared references and
// cycles — across the process boundary and back; what cannot be cloned
// throws before anything is sent.
const { fork } = require('child_process');
const assert = require('assert');
const path = require('path');
const util = require('util');

const cyclic = { name: 'loop' };
cyclic.self = cyclic;
const shared = { id: 7 };

const values = [
  'a string',
  42,
  -0,
  NaN,
  true,
  null,
  [1, 'two', [3]],
  { nested: { deep: { deeper: 1 } } },
  new Map([['a', 1], [2, { b: true }]]),
  new Set([1, 'x', 2n]),
  new Date(0),
  /ab+c/gi,
  { big: 12345678901234567890n },
  new Uint8Array([1, 2, 255]),
  new Float64Array([0.5, -1.25]),
  new Int32Array([-1, 2147483647]),
  new BigInt64Array([-5n]),
  Buffer.from('a buffer'),
  { inner: Buffer.from([1, 2]), plain: new Uint8Array([3]), list: [new Uint8Array(1), Buffer.alloc(2)] },
  new Map([['buf', Buffer.from('in a map')]]),
  new ArrayBuffer(3),
  cyclic,
  { first: shared, second: shared },
  [undefined, , 3],
  new Error('sent across', { cause: 'why' }),
  new RangeError('out of range'),
  { text: 'ünïcödé ✓ 😀' },
];

function describe(value) {
  if (value === null || typeof value !== 'object') return typeof value;
  return value.constructor.name;
}

function show(value) {
  if (value instanceof Error) return `${value.name}: ${value.message} cause=${value.cause}`;
  return util.inspect(value, { depth: 4, breakLength: Infinity });
}

const child = fork(path.join(__dirname, 'fixtures', 'inspect-echo.js'), [], {
  serialization: 'advanced',
  stdio: ['inherit', 'pipe', 'inherit', 'ipc'],
});
let childOut = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', (chunk) => { childOut += chunk; });

const received = [];
child.on('message', (message) => {
  received.push(message);
  if (received.length === values.length) child.send('bye');
});

for (const value of values) child.send(value);

for (const bad of [() => {}, Symbol('s'), { f() {} }]) {
  try {
    child.send(bad);
    console.log('sent?', typeof bad);
  } catch (err) {
    console.log('cannot send', typeof bad, err.name, err.constructor.name);
  }
}

child.on('close', (code) => {
  console.log('child exit code', code);
  process.stdout.write(childOut);
  for (let i = 0; i < values.length; i++) {
    const back = received[i];
    console.log('back', describe(back), show(back));
  }
  const loop = received[values.indexOf(cyclic)];
  assert.strictEqual(loop.self, loop);
  const pair = received.find((v) => v && v.first);
  assert.strictEqual(pair.first, pair.second);
  assert.ok(Buffer.isBuffer(received.find((v) => v && v.inner).inner));
});
