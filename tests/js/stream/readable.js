'use strict';
// Readable: paused and flowing modes, push()/read() sizes, highWaterMark,
// setEncoding, unshift, objectMode, and the order of events.
const assert = require('assert');
const { Readable } = require('stream');
const { Buffer } = require('buffer');

const steps = [];
function step(name, fn) { steps.push([name, fn]); }
function runSteps() {
  const next = steps.shift();
  if (!next) return;
  console.log(`== ${next[0]}`);
  next[1](() => setImmediate(runSteps));
}

function track(stream, log, events = ['readable', 'data', 'end', 'close', 'error', 'pause', 'resume']) {
  for (const ev of events) {
    stream.on(ev, (arg) => {
      if (ev === 'data') log.push(`data:${typeof arg === 'string' ? arg : Buffer.isBuffer(arg) ? `<buf ${arg.toString()}>` : JSON.stringify(arg)}`);
      else if (ev === 'error') log.push(`error:${arg.code || arg.message}`);
      else log.push(ev);
    });
  }
}

step('flowing with data listener', (done) => {
  const log = [];
  const r = new Readable({ read() {} });
  track(r, log, ['data', 'end', 'close', 'pause', 'resume']);
  log.push(`flowing=${r.readableFlowing}`);
  r.push('a');
  r.push('b');
  log.push(`len=${r.readableLength}`);
  process.nextTick(() => log.push('tick1'));
  r.push(null);
  log.push(`flowing=${r.readableFlowing} ended=${r.readableEnded}`);
  setImmediate(() => {
    log.push(`ended=${r.readableEnded} destroyed=${r.destroyed} closed=${r.closed} readable=${r.readable}`);
    console.log(log.join(' | '));
    done();
  });
});

step('paused mode with readable', (done) => {
  const log = [];
  let n = 0;
  const r = new Readable({
    highWaterMark: 4,
    read(size) {
      log.push(`_read(${size})`);
      n++;
      if (n <= 3) this.push(`c${n}`);
      else this.push(null);
    },
  });
  r.on('readable', () => {
    let chunk;
    log.push('readable');
    while ((chunk = r.read()) !== null) log.push(`read:${chunk}`);
  });
  r.on('end', () => log.push('end'));
  r.on('close', () => {
    log.push('close');
    console.log(log.join(' | '));
    done();
  });
});

step('read(n) sizes and hwm growth', (done) => {
  const r = new Readable({ read() {} });
  r.push('abcdef');
  r.push('ghij');
  console.log('read(3)', String(r.read(3)));
  console.log('read(5)', String(r.read(5)));
  console.log('read(5) too much', r.read(5));
  console.log('length', r.readableLength, 'hwm', r.readableHighWaterMark);
  r.read(20000);
  console.log('hwm after big read', r.readableHighWaterMark);
  r.push(null);
  console.log('read(5) after end', String(r.read(5)));
  console.log('read() at end', r.read());
  r.on('end', () => { console.log('end'); done(); });
});

step('push return values and hwm', (done) => {
  const r = new Readable({ highWaterMark: 5, read() {} });
  console.log(r.push('ab'), r.push('cd'), r.push('ef'), r.readableLength);
  const z = new Readable({ highWaterMark: 0, read() {} });
  console.log('hwm0', z.push('x'), z.push('y'));
  const o = new Readable({ objectMode: true, read() {} });
  const results = [];
  for (let i = 0; i < 18; i++) results.push(o.push({ i }));
  console.log('objectMode hwm', o.readableHighWaterMark, results.lastIndexOf(true), o.readableLength);
  console.log('read object', JSON.stringify(o.read()), JSON.stringify(o.read(5)));
  done();
});

step('setEncoding splits utf8 correctly', (done) => {
  const r = new Readable({ read() {} });
  const euro = Buffer.from('€uro');
  r.setEncoding('utf8');
  console.log('encoding', r.readableEncoding);
  const out = [];
  r.on('data', (d) => out.push(JSON.stringify(d)));
  r.on('end', () => { console.log('chunks', out.join(',')); done(); });
  r.push(euro.subarray(0, 1));
  r.push(euro.subarray(1, 2));
  r.push(euro.subarray(2));
  r.push(null);
});

step('setEncoding after buffering, hex option', (done) => {
  const r = new Readable({ read() {} });
  r.push('hello');
  r.push(' world');
  r.setEncoding('hex');
  console.log('len', r.readableLength, r.read());
  const h = new Readable({ encoding: 'base64', read() {} });
  h.push(Buffer.from('hi!'));
  console.log('base64', h.read(), h.readableEncoding);
  done();
});

step('unshift', (done) => {
  const r = new Readable({ read() {} });
  r.push('world');
  const first = r.read(2);
  r.unshift(first);
  r.unshift('hello ');
  console.log('after unshift', String(r.read()));
  const o = new Readable({ objectMode: true, read() {} });
  o.push(1);
  o.unshift(0);
  console.log('object unshift', o.read(), o.read());
  done();
});

step('pause/resume and isPaused', (done) => {
  const log = [];
  const r = new Readable({ read() {} });
  track(r, log, ['data', 'pause', 'resume', 'end']);
  log.push(`isPaused=${r.isPaused()}`);
  r.pause();
  log.push(`isPaused=${r.isPaused()} flowing=${r.readableFlowing}`);
  r.push('x');
  setImmediate(() => {
    log.push(`still paused len=${r.readableLength}`);
    r.resume();
    log.push(`flowing=${r.readableFlowing}`);
    r.push(null);
    setImmediate(() => {
      console.log(log.join(' | '));
      done();
    });
  });
});

step('readable listener switches off flowing', (done) => {
  const log = [];
  const r = new Readable({ read() {} });
  r.on('data', (d) => log.push(`data:${d}`));
  r.on('readable', () => {
    log.push('readable');
    let c;
    while ((c = r.read()) !== null) log.push(`read:${c}`);
  });
  log.push(`flowing=${r.readableFlowing}`);
  r.push('p');
  r.push('q');
  r.push(null);
  r.on('end', () => {
    log.push('end');
    console.log(log.join(' | '));
    done();
  });
});

step('objectMode flowing and nextTick interleave', (done) => {
  const log = [];
  const r = new Readable({
    objectMode: true,
    read() {
      log.push('_read');
    },
  });
  r.push({ a: 1 });
  r.push('two');
  r.push(3);
  process.nextTick(() => log.push('tick-before-listen'));
  r.on('data', (d) => log.push(`data:${JSON.stringify(d)}`));
  process.nextTick(() => log.push('tick-after-listen'));
  setImmediate(() => {
    r.push(null);
    r.on('end', () => {
      log.push('end');
      process.nextTick(() => {
        console.log(log.join(' | '));
        done();
      });
    });
  });
});

step('async _read pushes', (done) => {
  const log = [];
  let i = 0;
  const r = new Readable({
    highWaterMark: 2,
    read() {
      log.push(`_read len=${this.readableLength}`);
      setTimeout(() => {
        i++;
        this.push(i <= 3 ? String(i) : null);
      }, 1);
    },
  });
  r.on('data', (d) => log.push(`data:${d}`));
  r.on('end', () => log.push('end'));
  r.on('close', () => {
    log.push('close');
    console.log(log.join(' | '));
    done();
  });
});

step('empty push and push(undefined)', (done) => {
  const r = new Readable({ read() {} });
  console.log('empty', r.push(''), r.push(Buffer.alloc(0)), r.readableLength);
  const o = new Readable({ objectMode: true, read() {} });
  console.log('undefined object', o.push(undefined), o.readableLength, o.read());
  console.log('readableDidRead', r.readableDidRead, 'readableAborted', r.readableAborted);
  r.destroy();
  console.log('after destroy aborted', r.readableAborted, 'destroyed', r.destroyed);
  done();
});

step('Uint8Array chunks become Buffers', (done) => {
  const r = new Readable({ read() {} });
  r.push(new Uint8Array([104, 105]));
  const got = r.read();
  console.log('isBuffer', Buffer.isBuffer(got), got.toString());
  done();
});

runSteps();
process.on('exit', () => assert.strictEqual(steps.length, 0));
