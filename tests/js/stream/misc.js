'use strict';
// The module's shape and the less common pieces: Duplex.from, duplexPair,
// Readable.wrap / readable.wrap, Stream classes, _events shaping.
const assert = require('assert');
const stream = require('stream');
const { Readable, Writable, Duplex, PassThrough, Stream } = stream;

const steps = [];
function step(name, fn) { steps.push([name, fn]); }
function runSteps() {
  const next = steps.shift();
  if (!next) return;
  console.log(`== ${next[0]}`);
  next[1](() => setImmediate(runSteps));
}

step('module shape', (done) => {
  console.log('Stream', stream === Stream, stream.Stream === stream, typeof stream.promises);
  for (const name of ['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough', 'pipeline', 'finished',
    'addAbortSignal', 'destroy', 'isReadable', 'isErrored', 'duplexPair']) {
    console.log(name, typeof stream[name]);
  }
  const r = new Readable();
  console.log('inheritance', r instanceof Stream, r instanceof require('events'), Readable.prototype.pipe !== Stream.prototype.pipe);
  console.log('call without new', Readable() instanceof Readable, Writable() instanceof Writable, PassThrough() instanceof PassThrough);
  console.log('helpers', stream._isUint8Array(new Uint8Array(1)), stream._isArrayBufferView(new DataView(new ArrayBuffer(1))),
    require('buffer').Buffer.isBuffer(stream._uint8ArrayToBuffer(new Uint8Array([1, 2]))));
  console.log('Writable hasInstance', new Duplex() instanceof Writable, {} instanceof Writable, new PassThrough() instanceof Writable);
  done();
});

step('listener bookkeeping', (done) => {
  const r = new Readable({ read() {} });
  const seen = [];
  r.on('removeListener', (name) => seen.push(`removed ${name}`));
  const fn = () => {};
  r.on('data', fn);
  r.on('custom', fn);
  r.removeListener('data', fn);
  r.removeListener('custom', fn);
  console.log(seen.join(',') || 'none', r.eventNames().join(','));
  r.once('end', () => {});
  console.log('eventNames', r.eventNames().join(','), r.listenerCount('end'));
  done();
});

step('Duplex.from iterable and async generator function', (done) => {
  const log = [];
  const d = Duplex.from(['a', 'b']);
  console.log('from array', d.readable, d.writable);
  d.on('data', (c) => log.push(`data ${c}`));
  d.on('end', () => {
    const upper = Duplex.from(async function* (source) {
      for await (const chunk of source) yield String(chunk).toUpperCase();
    });
    upper.on('data', (c) => log.push(`upper ${c}`));
    upper.on('end', () => {
      log.push('upper end');
      console.log(log.join(' | '));
      done();
    });
    upper.write('x');
    upper.end('y');
  });
});

step('Duplex.from pair, promise and stream', (done) => {
  const log = [];
  const readable = Readable.from(['r1']);
  const chunks = [];
  const writable = new Writable({ write(c, e, cb) { chunks.push(String(c)); cb(); } });
  const pair = Duplex.from({ readable, writable });
  pair.on('data', (c) => log.push(`pair data ${c}`));
  pair.end('w1');
  pair.on('finish', () => log.push(`pair finish ${chunks.join(',')}`));
  const p = new PassThrough();
  log.push(`same duplex ${Duplex.from(p) === p}`);
  const fromPromise = Duplex.from(Promise.resolve('resolved'));
  fromPromise.on('data', (c) => log.push(`promise data ${c}`));
  fromPromise.on('end', () => {
    try {
      Duplex.from(42);
    } catch (err) {
      log.push(`${err.code}`);
    }
    setImmediate(() => {
      console.log(log.join(' | '));
      done();
    });
  });
});

step('duplexPair', (done) => {
  const [a, b] = stream.duplexPair();
  const log = [];
  b.on('data', (c) => log.push(`b got ${c}`));
  a.on('data', (c) => log.push(`a got ${c}`));
  a.write('hello b');
  b.write('hello a');
  a.end();
  b.on('end', () => {
    log.push('b end');
    console.log(log.join(' | '));
    done();
  });
});

step('wrap an old-style stream', (done) => {
  const old = new Stream();
  old.pause = () => {};
  old.resume = () => {};
  const r = new Readable({ objectMode: true }).wrap(old);
  const got = [];
  r.on('data', (c) => got.push(c));
  r.on('end', () => {
    console.log('wrapped', got.join(','));
    const w2 = Readable.wrap(new Stream());
    console.log('Readable.wrap', w2 instanceof Readable, w2.readableObjectMode);
    done();
  });
  old.emit('data', 'one');
  old.emit('data', 'two');
  old.emit('end');
});

step('compose', (done) => {
  const { compose, Transform } = stream;
  const double = new Transform({ transform(c, e, cb) { cb(null, String(c) + String(c)); } });
  const composed = compose(double, async function* (source) {
    for await (const chunk of source) yield String(chunk).toUpperCase();
  });
  const out = [];
  composed.on('data', (c) => out.push(String(c)));
  composed.on('end', () => {
    console.log('composed', out.join(','), composed.readable, composed.writable);
    try {
      compose();
    } catch (err) {
      console.log(err.code);
    }
    try {
      compose(new Writable({ write(c, e, cb) { cb(); } }), new PassThrough());
    } catch (err) {
      console.log(err.code, err.message);
    }
    done();
  });
  composed.write('a');
  composed.end('b');
});

step('captureRejections destroys', (done) => {
  const r = new Readable({ captureRejections: true, read() {} });
  r.on('error', (err) => {
    console.log('captured', err.message, r.destroyed);
    done();
  });
  r.on('data', async () => {
    throw new Error('async listener failed');
  });
  r.push('x');
});

step('read() with string arguments and readableBuffer', (done) => {
  const r = new Readable({ read() {} });
  r.push('12345');
  console.log(String(r.read('2')), r.readableBuffer.length, r.readableLength);
  done();
});

runSteps();
process.on('exit', () => assert.strictEqual(steps.length, 0));
