'use strict';
// destroy() and _construct(): the order of 'error'/'close', destroy while
// constructing, the destroy callback, stream.destroy(), and the state
// helpers (isReadable, isErrored, ...).
const assert = require('assert');
const stream = require('stream');
const { Readable, Writable, Duplex, PassThrough } = stream;

const steps = [];
function step(name, fn) { steps.push([name, fn]); }
function runSteps() {
  const next = steps.shift();
  if (!next) return;
  console.log(`== ${next[0]}`);
  next[1](() => setImmediate(runSteps));
}

function track(s, log, prefix = '') {
  for (const ev of ['error', 'close', 'end', 'finish']) {
    s.on(ev, (e) => log.push(`${prefix}${ev}${e ? ` ${e.message}` : ''}`));
  }
}

step('destroy without error', (done) => {
  const log = [];
  const r = new Readable({ read() {} });
  track(r, log);
  r.push('pending');
  r.destroy();
  log.push(`destroyed=${r.destroyed} closed=${r.closed} readable=${r.readable}`);
  process.nextTick(() => log.push(`tick closed=${r.closed}`));
  setImmediate(() => {
    log.push(`read after destroy ${r.read()}`);
    console.log(log.join(' | '));
    done();
  });
});

step('destroy with callback', (done) => {
  const log = [];
  const w = new Writable({ write(c, e, cb) { cb(); } });
  track(w, log);
  w.destroy(new Error('with cb'), (err) => log.push(`destroy cb ${err && err.message}`));
  log.push('sync after');
  setImmediate(() => {
    console.log(log.join(' | '));
    done();
  });
});

step('pending writes fail on destroy', (done) => {
  const log = [];
  const w = new Writable({ write(c, e, cb) { setTimeout(cb, 5); } });
  track(w, log);
  w.write('1', (err) => log.push(`cb1 ${err ? err.code : 'ok'}`));
  w.write('2', (err) => log.push(`cb2 ${err ? err.code : 'ok'}`));
  w.end((err) => log.push(`end cb ${err ? err.code : 'ok'}`));
  w.destroy();
  setTimeout(() => {
    console.log(log.join(' | '));
    done();
  }, 10);
});

step('async construct delays reads and writes', (done) => {
  const log = [];
  const d = new Duplex({
    construct(cb) {
      log.push('construct');
      setTimeout(() => {
        log.push('construct done');
        cb();
      }, 2);
    },
    read() {
      log.push('_read');
      this.push('data');
      this.push(null);
    },
    write(c, e, cb) {
      log.push(`_write ${c}`);
      cb();
    },
  });
  d.on('data', (c) => log.push(`data ${c}`));
  d.write('w1');
  d.end();
  track(d, log);
  d.on('close', () => {
    console.log(log.join(' | '));
    done();
  });
});

step('destroy during construct', (done) => {
  const log = [];
  const r = new Readable({
    construct(cb) {
      log.push('construct');
      setTimeout(() => {
        log.push('construct cb');
        cb();
      }, 2);
    },
    read() { log.push('_read?'); },
    destroy(err, cb) {
      log.push(`_destroy ${err && err.message}`);
      cb(err);
    },
  });
  track(r, log);
  r.destroy(new Error('early'));
  log.push(`destroyed=${r.destroyed}`);
  r.on('close', () => {
    console.log(log.join(' | '));
    done();
  });
});

step('construct error', (done) => {
  const log = [];
  const w = new Writable({
    construct(cb) { cb(new Error('construct failed')); },
    write(c, e, cb) { log.push('_write?'); cb(); },
  });
  track(w, log);
  w.write('x', (err) => log.push(`write cb ${err && err.message}`));
  w.on('close', () => {
    console.log(log.join(' | '));
    done();
  });
});

step('stream.destroy helper and state helpers', (done) => {
  const r = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { cb(); } });
  console.log('isReadable', stream.isReadable(r), 'isWritable', stream.isWritable(w),
    'isDestroyed', stream.isDestroyed(r), 'isErrored', stream.isErrored(r), 'isDisturbed', stream.isDisturbed(r));
  r.on('error', () => {});
  stream.destroy(r, new Error('helper'));
  console.log('after destroy', stream.isReadable(r), stream.isDestroyed(r), stream.isErrored(r), stream.isDisturbed(r));
  console.log('not streams', stream.isReadable({}), stream.isDestroyed({}), stream.isErrored(null));
  w.end();
  console.log('ended writable', stream.isWritable(w));
  console.log('default hwm', stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
  stream.setDefaultHighWaterMark(false, 1024);
  console.log('new default', new PassThrough().readableHighWaterMark);
  stream.setDefaultHighWaterMark(false, 16384);
  try {
    stream.setDefaultHighWaterMark(true, -1);
  } catch (err) {
    console.log(err.code, err.message);
  }
  done();
});

step('destroyed getter/setter, undestroy, _undestroy', (done) => {
  const p = new PassThrough();
  p.destroy();
  console.log('destroyed', p.destroyed);
  p._undestroy();
  console.log('undestroyed', p.destroyed, p.writable, p.readable);
  const r = new Readable({ read() {} });
  r.destroyed = true;
  console.log('set destroyed', r.destroyed, r.readable);
  done();
});

step('autoDestroy false duplex keeps open', (done) => {
  const log = [];
  const d = new Duplex({
    autoDestroy: false,
    read() {},
    write(c, e, cb) { cb(); },
  });
  track(d, log);
  d.resume();
  d.push(null);
  d.end();
  setTimeout(() => {
    log.push(`destroyed=${d.destroyed}`);
    d.destroy();
    setImmediate(() => {
      console.log(log.join(' | '));
      done();
    });
  }, 2);
});

step('error emitted once', (done) => {
  const log = [];
  const w = new Writable({
    write(c, e, cb) { cb(new Error('first')); },
  });
  track(w, log);
  w.write('a');
  w.destroy(new Error('second'));
  setImmediate(() => {
    console.log(log.join(' | '));
    done();
  });
});

runSteps();
process.on('exit', () => assert.strictEqual(steps.length, 0));
