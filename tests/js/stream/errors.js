'use strict';
// Stream errors: codes, classes and messages, and when 'error'/'close'
// are emitted relative to callbacks and ticks.
const assert = require('assert');
const { Readable, Writable, Duplex, Transform } = require('stream');

const steps = [];
function step(name, fn) { steps.push([name, fn]); }
function runSteps() {
  const next = steps.shift();
  if (!next) return;
  console.log(`== ${next[0]}`);
  next[1](() => setImmediate(runSteps));
}

function describe(err) {
  return `${err.name}|${err.code}|${err.message}`;
}

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'no throw');
  } catch (err) {
    console.log(label, describe(err), err instanceof TypeError ? 'TypeError' : err instanceof RangeError ? 'RangeError' : 'Error');
  }
}

step('write after end', (done) => {
  const log = [];
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', (err) => log.push(`error ${describe(err)}`));
  w.on('close', () => {
    log.push('close');
    console.log(log.join(' | '));
    done();
  });
  w.end();
  const ret = w.write('late', (err) => log.push(`write cb ${err.code}`));
  log.push(`write returned ${ret}`);
});

step('push after EOF', (done) => {
  const log = [];
  const r = new Readable({ read() {} });
  r.on('error', (err) => log.push(`error ${describe(err)}`));
  r.on('close', () => {
    log.push(`close destroyed=${r.destroyed} errored=${r.errored && r.errored.code}`);
    console.log(log.join(' | '));
    done();
  });
  r.push(null);
  log.push(`push returned ${r.push('x')}`);
});

step('unshift after end event', (done) => {
  const r = new Readable({ read() {} });
  r.on('error', (err) => { console.log('error', describe(err)); done(); });
  r.on('end', () => r.unshift('x'));
  r.resume();
  r.push(null);
});

step('multiple write callbacks', (done) => {
  const w = new Writable({ write(c, e, cb) { cb(); cb(); } });
  w.on('error', (err) => { console.log('error', describe(err)); done(); });
  w.write('x');
});

step('invalid chunks', (done) => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  attempt('write(number)', () => w.write(42));
  attempt('write({})', () => w.write({}));
  attempt('write(null)', () => w.write(null));
  attempt('write bad encoding', () => w.write('x', 'nope'));
  const r = new Readable({ read() {} });
  r.on('error', (err) => {
    console.log('push(number) error', describe(err));
    const o = new Writable({ objectMode: true, write(c, e, cb) { cb(); } });
    attempt('objectMode write(null)', () => o.write(null));
    attempt('objectMode write(42)', () => o.write(42));
    done();
  });
  console.log('push(number) returns', r.push(42));
});

step('constructor option errors', (done) => {
  attempt('highWaterMark -1', () => new Readable({ highWaterMark: -1 }));
  attempt('highWaterMark 1.5', () => new Writable({ highWaterMark: 1.5 }));
  attempt('readableHighWaterMark NaN', () => new Duplex({ readableHighWaterMark: NaN }));
  attempt('defaultEncoding bad', () => new Writable({ defaultEncoding: 'nope' }));
  attempt('setEncoding bad', () => new Readable().setEncoding('nope'));
  attempt('setDefaultEncoding bad', () => new Writable().setDefaultEncoding('nope'));
  done();
});

step('not implemented', (done) => {
  const log = [];
  const r = new Readable();
  r.on('error', (err) => log.push(`readable ${describe(err)}`));
  r.read();
  const w = new Writable();
  w.on('error', (err) => log.push(`never ${describe(err)}`));
  try { w.write('x'); } catch (err) { log.push(`writable threw ${describe(err)}`); }
  const t = new Transform();
  t.on('error', (err) => log.push(`transform ${describe(err)}`));
  try { t.write('x'); } catch (err) { log.push(`transform threw ${describe(err)}`); }
  setImmediate(() => {
    console.log(log.join(' | '));
    done();
  });
});

step('write after destroy', (done) => {
  const log = [];
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', (err) => log.push(`error ${describe(err)}`));
  w.on('close', () => log.push('close'));
  w.destroy();
  log.push(`ret=${w.write('x', (err) => log.push(`cb ${err.code}`))}`);
  w.end((err) => log.push(`end cb ${err && err.code}`));
  setImmediate(() => {
    console.log(log.join(' | '));
    done();
  });
});

step('destroy(err) ordering', (done) => {
  const log = [];
  const r = new Readable({ read() {} });
  r.on('error', (err) => log.push(`error ${err.message}`));
  r.on('close', () => log.push('close'));
  r.on('end', () => log.push('end?'));
  process.nextTick(() => log.push('tick'));
  r.destroy(new Error('boom'));
  log.push(`destroyed=${r.destroyed} errored=${r.errored && r.errored.message}`);
  r.destroy(new Error('second'));
  setImmediate(() => {
    console.log(log.join(' | '));
    done();
  });
});

step('_destroy replaces the error', (done) => {
  const log = [];
  const w = new Writable({
    write(c, e, cb) { cb(); },
    destroy(err, cb) {
      log.push(`_destroy got ${err && err.message}`);
      setTimeout(() => cb(new Error('from _destroy')), 1);
    },
  });
  w.on('error', (err) => log.push(`error ${err.message}`));
  w.on('close', () => {
    log.push('close');
    console.log(log.join(' | '));
    done();
  });
  w.write('pending', (err) => log.push(`write cb ${err ? err.message : 'ok'}`));
  w.destroy(new Error('original'));
});

step('write error: callback before error event', (done) => {
  const log = [];
  const w = new Writable({
    write(c, e, cb) { cb(new Error(`bad ${c}`)); },
  });
  w.on('error', (err) => log.push(`error ${err.message}`));
  w.on('close', () => {
    log.push(`close errored=${w.errored && w.errored.message} writable=${w.writable}`);
    console.log(log.join(' | '));
    done();
  });
  log.push(`ret=${w.write('one', (err) => log.push(`cb1 ${err && err.message}`))}`);
  w.write('two', (err) => log.push(`cb2 ${err && err.message}`));
});

step('_final error', (done) => {
  const log = [];
  const w = new Writable({
    write(c, e, cb) { cb(); },
    final(cb) { cb(new Error('final failed')); },
  });
  w.on('error', (err) => log.push(`error ${err.message}`));
  w.on('finish', () => log.push('finish?'));
  w.on('close', () => {
    log.push('close');
    console.log(log.join(' | '));
    done();
  });
  w.end((err) => log.push(`end cb ${err && err.message}`));
});

step('_read throws and autoDestroy false', (done) => {
  const log = [];
  const r = new Readable({ read() { throw new Error('read threw'); } });
  r.on('error', (err) => log.push(`error ${err.message}`));
  r.on('close', () => log.push('close'));
  r.resume();
  const q = new Readable({ autoDestroy: false, read() {} });
  q.on('error', (err) => log.push(`q error ${err.code} destroyed=${q.destroyed}`));
  q.on('close', () => log.push('q close?'));
  q.push(null);
  q.push('late');
  setImmediate(() => {
    log.push(`q errored=${q.errored && q.errored.code}`);
    console.log(log.join(' | '));
    done();
  });
});

step('error without listener is thrown', (done) => {
  process.once('uncaughtException', (err) => {
    console.log('uncaught', describe(err));
    done();
  });
  const r = new Readable({ read() {} });
  r.destroy(new Error('nobody listens'));
});

step('error toString and instanceof', (done) => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.end();
  w.on('error', (err) => {
    console.log(String(err), err instanceof Error, Object.keys(err).join(','));
    done();
  });
  w.write('x');
});

runSteps();
process.on('exit', () => assert.strictEqual(steps.length, 0));
