'use strict';
// stream.finished (end-of-stream) in its callback and promise forms,
// stream/promises, addAbortSignal and the signal option, util.promisify.
const assert = require('assert');
const stream = require('stream');
const { finished, Readable, Writable, Duplex, PassThrough, addAbortSignal } = stream;
const promises = require('stream/promises');
const util = require('util');

const steps = [];
function step(name, fn) { steps.push([name, fn]); }
function runSteps() {
  const next = steps.shift();
  if (!next) return;
  console.log(`== ${next[0]}`);
  next[1](() => setImmediate(runSteps));
}

function describe(err) {
  if (!err) return String(err);
  return `${err.name}|${err.code}|${err.message}`;
}

step('readable end', (done) => {
  const log = [];
  const r = Readable.from(['a']);
  r.on('end', () => log.push('end'));
  r.on('close', () => log.push('close'));
  finished(r, (err) => {
    log.push(`finished ${describe(err)} this=${this === undefined}`);
    setImmediate(() => {
      console.log(log.join(' | '));
      done();
    });
  });
  r.resume();
});

step('writable finish', (done) => {
  const log = [];
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('finish', () => log.push('finish'));
  w.on('close', () => log.push('close'));
  finished(w, function (err) {
    log.push(`finished ${describe(err)} this=${this === w}`);
    console.log(log.join(' | '));
    done();
  });
  w.end('x');
});

step('premature close and errors', (done) => {
  const r = new Readable({ read() {} });
  finished(r, (err) => {
    console.log('destroyed readable', describe(err));
    const w = new Writable({ write(c, e, cb) { cb(new Error('write failed')); } });
    w.on('error', () => {});
    finished(w, (err2) => {
      console.log('errored writable', describe(err2));
      done();
    });
    w.write('x');
  });
  r.destroy();
});

step('options readable/writable false on a duplex', (done) => {
  const log = [];
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  finished(d, { readable: false }, (err) => log.push(`writable side ${describe(err)}`));
  finished(d, { writable: false }, (err) => {
    log.push(`readable side ${describe(err)}`);
    console.log(log.join(' | '));
    done();
  });
  d.end();
  setImmediate(() => {
    d.push(null);
    d.resume();
  });
});

step('already finished stream', (done) => {
  const r = Readable.from([]);
  r.resume();
  r.on('close', () => {
    finished(r, (err) => {
      console.log('after close', describe(err));
      done();
    });
  });
});

step('cleanup function', (done) => {
  const r = new Readable({ read() {} });
  const before = r.listenerCount('end');
  const cleanup = finished(r, () => console.log('never'));
  console.log('listeners added', r.listenerCount('end') - before);
  cleanup();
  console.log('listeners after cleanup', r.listenerCount('end') - before);
  r.push(null);
  r.resume();
  setImmediate(done);
});

step('argument validation', (done) => {
  for (const args of [[{}, () => {}], [new PassThrough(), 'notfn'], [new PassThrough(), 5, () => {}]]) {
    try {
      finished(...args);
      console.log('no throw');
    } catch (err) {
      console.log(describe(err));
    }
  }
  done();
});

step('finished signal', (done) => {
  const ac = new AbortController();
  const r = new Readable({ read() {} });
  finished(r, { signal: ac.signal }, (err) => {
    console.log('aborted finished', describe(err), 'stream destroyed', r.destroyed);
    done();
  });
  ac.abort();
});

step('promises.finished', (done) => {
  const r = Readable.from(['x']);
  r.resume();
  promises.finished(r).then((v) => {
    console.log('resolved', v);
    const bad = new Readable({ read() {} });
    bad.on('error', () => {});
    const p = promises.finished(bad);
    bad.destroy(new Error('bad stream'));
    return p;
  }).catch((err) => {
    console.log('rejected', err.message);
    console.log('same functions', stream.promises === promises,
      util.promisify(stream.pipeline) === promises.pipeline,
      util.promisify(stream.finished) === promises.finished);
    done();
  });
});

step('promises.pipeline', (done) => {
  const out = [];
  promises.pipeline(
    Readable.from(['a', 'b']),
    async function* (src) { for await (const c of src) yield c + c; },
    new Writable({ objectMode: true, write(c, e, cb) { out.push(c); cb(); } }),
  ).then((v) => {
    console.log('pipeline resolved', v, out.join(','));
    return promises.pipeline(Readable.from(['z']), async (src) => {
      for await (const c of src) void c;
      throw new Error('consumer failed');
    });
  }).catch((err) => {
    console.log('pipeline rejected', err.message);
    done();
  });
});

step('promises.pipeline end: false', (done) => {
  const w = new PassThrough();
  promises.pipeline(Readable.from(['q']), w, { end: false }).then(() => {
    console.log('end false: writableEnded', w.writableEnded);
    done();
  });
});

step('addAbortSignal', (done) => {
  const log = [];
  const ac = new AbortController();
  const r = addAbortSignal(ac.signal, new Readable({ read() {} }));
  r.on('error', (err) => log.push(`error ${describe(err)}`));
  r.on('close', () => {
    log.push('close');
    try {
      addAbortSignal('nope', r);
    } catch (err) {
      log.push(describe(err));
    }
    try {
      addAbortSignal(ac.signal, {});
    } catch (err) {
      log.push(describe(err));
    }
    console.log(log.join(' | '));
    done();
  });
  ac.abort();
});

step('signal option, already aborted', (done) => {
  const log = [];
  const w = new Writable({ signal: AbortSignal.abort(), write(c, e, cb) { cb(); } });
  log.push(`destroyed at once ${w.destroyed}`);
  w.on('error', (err) => log.push(`error ${err.name} cause=${err.cause && err.cause.name}`));
  w.on('close', () => {
    log.push('close');
    console.log(log.join(' | '));
    done();
  });
});

runSteps();
process.on('exit', () => assert.strictEqual(steps.length, 0));
