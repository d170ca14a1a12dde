'use strict';
// Duplex (allowHalfOpen, side options, objectMode per side), Transform
// (_transform/_flush, push from transform, backpressure) and PassThrough.
const assert = require('assert');
const { Duplex, Transform, PassThrough, Readable, Writable } = require('stream');

const steps = [];
function step(name, fn) { steps.push([name, fn]); }
function runSteps() {
  const next = steps.shift();
  if (!next) return;
  console.log(`== ${next[0]}`);
  next[1](() => setImmediate(runSteps));
}

function track(stream, log, prefix = '') {
  for (const ev of ['end', 'finish', 'prefinish', 'close', 'error']) {
    stream.on(ev, (e) => log.push(`${prefix}${ev}${e ? ` ${e.message}` : ''}`));
  }
}

step('Duplex allowHalfOpen default', (done) => {
  const log = [];
  const d = new Duplex({
    read() {},
    write(c, e, cb) { log.push(`write ${c}`); cb(); },
  });
  track(d, log);
  d.on('data', (c) => log.push(`data ${c}`));
  d.push('from readable side');
  d.push(null);
  setImmediate(() => {
    log.push(`after end: writable=${d.writable} readable=${d.readable} destroyed=${d.destroyed}`);
    d.end('last');
    d.on('close', () => {
      log.push(`closed destroyed=${d.destroyed}`);
      console.log(log.join(' | '));
      done();
    });
  });
});

step('Duplex allowHalfOpen false', (done) => {
  const log = [];
  const d = new Duplex({
    allowHalfOpen: false,
    read() {},
    write(c, e, cb) { cb(); },
  });
  track(d, log);
  d.resume();
  d.push(null);
  d.on('close', () => {
    log.push(`writableEnded=${d.writableEnded} allowHalfOpen=${d.allowHalfOpen}`);
    console.log(log.join(' | '));
    done();
  });
});

step('Duplex sides disabled, per-side objectMode', (done) => {
  const d = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
  console.log('readable:false', d.readable, d.writable, d.readableEnded);
  const d2 = new Duplex({ writable: false, read() {} });
  console.log('writable:false', d2.readable, d2.writable, d2.writableFinished);
  const d3 = new Duplex({
    readableObjectMode: true,
    writableHighWaterMark: 7,
    read() {},
    write(c, e, cb) { cb(); },
  });
  console.log('per side', d3.readableObjectMode, d3.writableObjectMode, d3.readableHighWaterMark, d3.writableHighWaterMark);
  console.log('instanceof', d3 instanceof Writable, d3 instanceof Readable, new Transform() instanceof Duplex);
  done();
});

step('Transform upper-case with flush', (done) => {
  const log = [];
  const t = new Transform({
    transform(chunk, enc, cb) {
      log.push(`_transform ${chunk} ${enc}`);
      cb(null, String(chunk).toUpperCase());
    },
    flush(cb) {
      log.push('_flush');
      this.push('!');
      cb(null, '?');
    },
  });
  track(t, log);
  t.on('data', (c) => log.push(`data ${c}`));
  t.write('ab');
  t.write('cd', () => log.push('write cb'));
  t.end('ef');
  t.on('close', () => {
    console.log(log.join(' | '));
    done();
  });
});

step('Transform pushing several chunks, objectMode', (done) => {
  const out = [];
  const t = new Transform({
    objectMode: true,
    transform(obj, enc, cb) {
      for (let i = 0; i < obj.n; i++) this.push({ id: obj.id, i });
      cb();
    },
  });
  t.on('data', (o) => out.push(`${o.id}.${o.i}`));
  t.on('end', () => {
    console.log(out.join(' '));
    done();
  });
  t.write({ id: 'a', n: 2 });
  t.write({ id: 'b', n: 0 });
  t.end({ id: 'c', n: 3 });
});

step('Transform backpressure', (done) => {
  const log = [];
  const t = new Transform({
    highWaterMark: 2,
    transform(c, e, cb) { log.push(`t ${c}`); cb(null, c); },
  });
  for (let i = 0; i < 5; i++) log.push(`w${i}=${t.write(String(i))}`);
  log.push(`rlen=${t.readableLength} wlen=${t.writableLength}`);
  t.on('drain', () => log.push('drain'));
  setImmediate(() => {
    log.push('start reading');
    t.on('data', (c) => log.push(`data ${c}`));
    t.end();
    t.on('end', () => {
      console.log(log.join(' | '));
      done();
    });
  });
});

step('Transform errors', (done) => {
  const log = [];
  const t = new Transform({
    transform(c, e, cb) { cb(new Error(`cannot ${c}`)); },
  });
  track(t, log);
  t.write('x', (err) => log.push(`write cb ${err && err.message}`));
  const f = new Transform({
    transform(c, e, cb) { cb(null, c); },
    flush(cb) { cb(new Error('flush failed')); },
  });
  track(f, log, 'f:');
  f.resume();
  f.end('y');
  setTimeout(() => {
    console.log(log.join(' | '));
    done();
  }, 5);
});

step('PassThrough keeps data and strings', (done) => {
  const p = new PassThrough();
  const q = new PassThrough({ objectMode: true });
  p.write('abc');
  p.end('def');
  q.end({ k: 1 });
  const got = [];
  p.on('data', (c) => got.push(String(c)));
  q.on('data', (o) => got.push(JSON.stringify(o)));
  p.on('end', () => {
    q.on('end', () => {
      console.log(got.join(' '));
      done();
    });
  });
});

step('Transform with readableHighWaterMark 0', (done) => {
  const t = new PassThrough({ readableHighWaterMark: 0 });
  console.log('hwms', t.readableHighWaterMark, t.writableHighWaterMark);
  console.log('writes', t.write('a'), t.write('b'));
  const out = [];
  t.on('data', (c) => out.push(String(c)));
  t.end();
  t.on('end', () => {
    console.log('data', out.join(''));
    done();
  });
});

step('Duplex with final and construct', (done) => {
  const log = [];
  const d = new Duplex({
    construct(cb) {
      log.push('construct');
      setTimeout(() => { log.push('constructed'); cb(); }, 1);
    },
    read() { log.push('_read'); this.push(null); },
    write(c, e, cb) { log.push(`write ${c}`); cb(); },
    final(cb) { log.push('final'); cb(); },
  });
  d.write('early');
  d.end();
  d.resume();
  track(d, log);
  d.on('close', () => {
    console.log(log.join(' | '));
    done();
  });
});

runSteps();
process.on('exit', () => assert.strictEqual(steps.length, 0));
