'use strict';
// pipe()/unpipe(): backpressure (pause on write() === false, resume on
// 'drain'), several destinations, { end: false }, destination errors, and
// the legacy Stream.prototype.pipe.
const assert = require('assert');
const { Stream, Readable, Writable, PassThrough } = require('stream');

const steps = [];
function step(name, fn) { steps.push([name, fn]); }
function runSteps() {
  const next = steps.shift();
  if (!next) return;
  console.log(`== ${next[0]}`);
  next[1](() => setImmediate(runSteps));
}

step('backpressure with a slow writer', (done) => {
  const log = [];
  let i = 0;
  const r = new Readable({
    highWaterMark: 4,
    read() {
      i++;
      log.push(`_read ${i}`);
      this.push(i <= 6 ? `r${i}` : null);
    },
  });
  const w = new Writable({
    highWaterMark: 4,
    write(chunk, enc, cb) {
      log.push(`write ${chunk} len=${this.writableLength}`);
      setTimeout(cb, 1);
    },
  });
  r.on('pause', () => log.push('pause'));
  r.on('resume', () => log.push('resume'));
  w.on('drain', () => log.push('drain'));
  w.on('pipe', (src) => log.push(`pipe event ${src === r}`));
  w.on('unpipe', (src) => log.push(`unpipe event ${src === r}`));
  r.on('end', () => log.push('end'));
  w.on('finish', () => {
    log.push('finish');
    console.log(log.join(' | '));
    done();
  });
  const ret = r.pipe(w);
  log.push(`pipe returns dest ${ret === w} flowing=${r.readableFlowing}`);
});

step('two destinations, one slow', (done) => {
  const log = [];
  const r = new Readable({ read() {} });
  const fast = new Writable({ write(c, e, cb) { log.push(`fast ${c}`); cb(); } });
  const slow = new Writable({
    highWaterMark: 1,
    write(c, e, cb) { log.push(`slow ${c}`); setTimeout(cb, 2); },
  });
  r.pipe(fast);
  r.pipe(slow);
  log.push(`pipes=${r._readableState.pipes.length}`);
  r.push('a');
  r.push('b');
  r.push('c');
  r.push(null);
  let finished = 0;
  const onFinish = (name) => () => {
    log.push(`${name} finish`);
    if (++finished === 2) {
      console.log(log.join(' | '));
      done();
    }
  };
  fast.on('finish', onFinish('fast'));
  slow.on('finish', onFinish('slow'));
});

step('unpipe stops the flow', (done) => {
  const log = [];
  const r = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { log.push(`write ${c}`); cb(); } });
  w.on('unpipe', () => log.push('unpipe'));
  r.pipe(w);
  r.push('1');
  setImmediate(() => {
    r.unpipe(w);
    log.push(`flowing=${r.readableFlowing}`);
    r.push('2');
    setImmediate(() => {
      log.push(`buffered=${r.readableLength} writableEnded=${w.writableEnded}`);
      r.unpipe();
      console.log(log.join(' | '));
      done();
    });
  });
});

step('end: false keeps the destination open', (done) => {
  const log = [];
  const r = Readable.from(['x', 'y']);
  const w = new Writable({ write(c, e, cb) { log.push(`write ${c}`); cb(); } });
  r.pipe(w, { end: false });
  r.on('end', () => {
    log.push(`end; dest ended=${w.writableEnded}`);
    w.end('z');
    w.on('finish', () => {
      log.push('finish');
      console.log(log.join(' | '));
      done();
    });
  });
});

step('destination error unpipes', (done) => {
  const log = [];
  const r = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { cb(new Error('dest failed')); } });
  w.on('error', (err) => log.push(`dest error ${err.message}`));
  w.on('unpipe', () => log.push('unpipe'));
  w.on('close', () => {
    log.push(`dest close; src destroyed=${r.destroyed} pipes=${r._readableState.pipes.length} flowing=${r.readableFlowing}`);
    console.log(log.join(' | '));
    done();
  });
  r.pipe(w);
  r.push('data');
});

step('pipe chain through PassThrough', (done) => {
  const out = [];
  const r = Readable.from(['a', 'b', 'c'].map((s) => s.repeat(3)));
  const w = new Writable({ write(c, e, cb) { out.push(String(c)); cb(); } });
  r.pipe(new PassThrough()).pipe(new PassThrough()).pipe(w);
  w.on('finish', () => {
    console.log('chain', out.join(','));
    done();
  });
});

step('piping into a writable that needs drain', (done) => {
  const log = [];
  const w = new Writable({ highWaterMark: 1, write(c, e, cb) { log.push(`write ${c}`); setTimeout(cb, 1); } });
  w.write('first');
  log.push(`needDrain=${w.writableNeedDrain}`);
  const r = Readable.from(['second', 'third']);
  r.pipe(w);
  log.push(`flowing=${r.readableFlowing}`);
  w.on('finish', () => {
    console.log(log.join(' | '));
    done();
  });
});

step('Writable.pipe is an error', (done) => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', (err) => {
    console.log('error', err.code, err.message);
    done();
  });
  w.pipe(new PassThrough());
});

step('legacy Stream pipe', (done) => {
  const log = [];
  const src = new Stream();
  src.readable = true;
  src.pause = () => log.push('src.pause');
  src.resume = () => log.push('src.resume');
  const dest = new Stream();
  dest.writable = true;
  let count = 0;
  dest.write = (chunk) => {
    log.push(`dest.write ${chunk}`);
    return ++count % 2 === 1;
  };
  dest.end = () => log.push('dest.end');
  dest.on('pipe', () => log.push('pipe event'));
  src.pipe(dest);
  src.emit('data', 'one');
  src.emit('data', 'two');
  dest.emit('drain');
  src.emit('end');
  src.emit('data', 'after end');
  log.push(`listeners data=${src.listenerCount('data')} drain=${dest.listenerCount('drain')}`);
  console.log(log.join(' | '));

  const s2 = new Stream();
  const d2 = new Stream();
  d2.writable = true;
  d2.write = () => true;
  d2.destroy = () => console.log('d2.destroy on close');
  s2.pipe(d2);
  s2.emit('close');
  const s3 = new Stream();
  const d3 = new Stream();
  d3.write = () => true;
  s3.pipe(d3);
  try {
    s3.emit('error', new Error('legacy error'));
  } catch (err) {
    console.log('rethrown', err.message);
  }
  console.log('eventNames', new Readable().eventNames().length, src.eventNames().join(','));
  done();
});

runSteps();
process.on('exit', () => assert.strictEqual(steps.length, 0));
