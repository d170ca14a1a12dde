'use strict';
// Async iteration of Readables and Readable.from() over arrays, generators,
// async generators, strings, Buffers and promises.
const assert = require('assert');
const { Readable, PassThrough } = require('stream');
const { Buffer } = require('buffer');

function describe(err) {
  return `${err.name}|${err.code}|${err.message}`;
}

async function collect(stream) {
  const out = [];
  for await (const chunk of stream) {
    out.push(Buffer.isBuffer(chunk) ? `<buf ${chunk}>` : JSON.stringify(chunk));
  }
  return out.join(',');
}

async function main() {
  console.log('array', await collect(Readable.from([1, 'two', { three: 3 }])));
  console.log('generator', await collect(Readable.from((function* () { yield 'a'; yield 'b'; })())));
  console.log('async generator', await collect(Readable.from((async function* () {
    yield 'x';
    await new Promise((r) => setTimeout(r, 1));
    yield 'y';
  })())));
  console.log('string', await collect(Readable.from('whole string')));
  console.log('buffer', await collect(Readable.from(Buffer.from('bytes'))));
  console.log('promises', await collect(Readable.from([Promise.resolve('p1'), 'plain', Promise.resolve('p2')])));
  console.log('not objectMode', await collect(Readable.from(['a', 'b'], { objectMode: false })));
  const r = Readable.from([1]);
  console.log('from defaults', r.readableObjectMode, r.readableHighWaterMark);

  try {
    Readable.from(42);
  } catch (err) {
    console.log('from(42)', describe(err));
  }

  try {
    await collect(Readable.from([1, null, 2]));
  } catch (err) {
    console.log('null value', describe(err));
  }

  try {
    await collect(Readable.from((async function* () { yield 1; throw new Error('gen failed'); })()));
  } catch (err) {
    console.log('generator error', err.message);
  }

  // Breaking out destroys the stream and returns the generator.
  const log = [];
  const gen = (async function* () {
    try {
      for (let i = 0; ; i++) yield i;
    } finally {
      log.push('generator finally');
    }
  })();
  const infinite = Readable.from(gen);
  infinite.on('close', () => log.push('close'));
  for await (const n of infinite) {
    log.push(`n=${n}`);
    if (n === 2) break;
  }
  log.push(`after break destroyed=${infinite.destroyed}`);
  await new Promise((r) => setImmediate(r));
  console.log(log.join(' | '));

  // Iterating a byte stream, chunks as pushed.
  const bytes = new Readable({ read() {} });
  bytes.push('ab');
  bytes.push('cd');
  setTimeout(() => { bytes.push('ef'); bytes.push(null); }, 1);
  console.log('bytes', await collect(bytes));

  // setEncoding makes strings.
  const text = new PassThrough();
  text.setEncoding('utf8');
  text.end('text');
  console.log('encoded', await collect(text));

  // Errors from destroy(err) reject the loop.
  const failing = new Readable({ read() {} });
  failing.push('before');
  setTimeout(() => failing.destroy(new Error('destroyed mid-way')), 1);
  try {
    const seen = [];
    for await (const c of failing) seen.push(String(c));
    console.log('no error?', seen);
  } catch (err) {
    console.log('iteration error', err.message, failing.destroyed);
  }

  // Premature close surfaces as an error.
  const closing = new Readable({ read() {} });
  setTimeout(() => closing.destroy(), 1);
  try {
    await collect(closing);
  } catch (err) {
    console.log('premature', describe(err));
  }

  // iterator({ destroyOnReturn: false }) leaves the stream usable.
  const keep = Readable.from(['k1', 'k2', 'k3']);
  for await (const c of keep.iterator({ destroyOnReturn: false })) {
    console.log('first', c);
    break;
  }
  console.log('kept destroyed', keep.destroyed);
  console.log('rest', await collect(keep));

  // Event order while iterating.
  const order = [];
  const ev = new Readable({ objectMode: true, read() {} });
  ev.on('end', () => order.push('end'));
  ev.on('close', () => order.push('close'));
  ev.push('o1');
  ev.push(null);
  for await (const c of ev) order.push(c);
  order.push('loop done');
  await new Promise((r) => setImmediate(r));
  console.log(order.join(' | '));

  // The iterator exposes the stream; Symbol.asyncIterator returns a fresh one.
  const s = Readable.from([]);
  const it = s[Symbol.asyncIterator]();
  console.log('it.stream', it.stream === s, typeof it.next);
  console.log('empty', JSON.stringify(await it.next()));
}

main().then(() => console.log('done'), (err) => {
  console.log('unexpected', err);
  process.exitCode = 1;
});
process.on('exit', () => assert.strictEqual(process.exitCode ?? 0, 0));
