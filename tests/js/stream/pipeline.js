'use strict';
// stream.pipeline (callback form): streams, generator functions as stages,
// async function destinations, error propagation with every stage
// destroyed, argument errors, and AbortSignal.
const assert = require('assert');
const { pipeline, Readable, Writable, Transform, PassThrough } = require('stream');

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

function sink(out, opts = {}) {
  return new Writable({
    objectMode: !!opts.objectMode,
    write(chunk, enc, cb) {
      out.push(String(chunk));
      if (opts.failOn && String(chunk) === opts.failOn) cb(new Error(`sink failed on ${chunk}`));
      else cb();
    },
  });
}

step('streams only', (done) => {
  const out = [];
  const log = [];
  const src = Readable.from(['a', 'b', 'c']);
  const upper = new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
  const dst = sink(out);
  for (const [name, s] of [['src', src], ['upper', upper], ['dst', dst]]) {
    s.on('close', () => log.push(`${name} close`));
  }
  const ret = pipeline(src, upper, dst, (err) => {
    log.push(`done ${describe(err)} out=${out.join('')}`);
    log.push(`destroyed ${src.destroyed} ${upper.destroyed} ${dst.destroyed}`);
    setImmediate(() => {
      console.log(log.join(' | '));
      done();
    });
  });
  console.log('returns last', ret === dst);
});

step('generator stages', (done) => {
  const out = [];
  pipeline(
    function* () { yield 'x'; yield 'y'; yield 'z'; },
    async function* (source) {
      for await (const chunk of source) yield `${chunk}${chunk}`;
    },
    async function* (source) {
      for await (const chunk of source) yield chunk.toUpperCase();
    },
    sink(out),
    (err) => {
      console.log('done', describe(err), out.join(','));
      done();
    });
});

step('array source and async function destination', (done) => {
  pipeline(
    ['1', '2', '3'],
    new PassThrough({ objectMode: true }),
    async function (source) {
      let total = 0;
      for await (const chunk of source) total += Number(chunk);
      return total;
    },
    (err, value) => {
      console.log('done', describe(err), 'value', value);
      done();
    });
});

step('error in the middle destroys everything', (done) => {
  const log = [];
  let produced = 0;
  const src = new Readable({
    read() {
      produced++;
      this.push(produced < 100 ? `chunk${produced}` : null);
    },
  });
  const broken = new Transform({
    transform(c, e, cb) {
      if (String(c) === 'chunk3') cb(new Error('transform broke'));
      else cb(null, c);
    },
  });
  const out = [];
  const dst = sink(out);
  for (const [name, s] of [['src', src], ['broken', broken], ['dst', dst]]) {
    s.on('close', () => log.push(`${name} close`));
    s.on('error', (e) => log.push(`${name} error ${e.code || e.message}`));
  }
  pipeline(src, broken, dst, (err) => {
    log.push(`done ${describe(err)}`);
    log.push(`destroyed ${src.destroyed} ${broken.destroyed} ${dst.destroyed} out=${out.join(',')}`);
    setImmediate(() => {
      console.log(log.join(' | '));
      done();
    });
  });
});

step('destination fails', (done) => {
  const log = [];
  const src = Readable.from(['a', 'b', 'c']);
  const dst = sink([], { failOn: 'b' });
  src.on('close', () => log.push('src close'));
  pipeline(src, dst, (err) => {
    log.push(`done ${describe(err)} srcDestroyed=${src.destroyed}`);
    setImmediate(() => {
      console.log(log.join(' | '));
      done();
    });
  });
});

step('generator throws', (done) => {
  const dst = sink([]);
  pipeline(
    async function* () { yield 'one'; throw new Error('generator failed'); },
    dst,
    (err) => {
      console.log('done', describe(err), 'dst destroyed', dst.destroyed);
      done();
    });
});

step('premature close', (done) => {
  const src = new Readable({ read() {} });
  const dst = sink([]);
  pipeline(src, dst, (err) => {
    console.log('done', describe(err));
    done();
  });
  src.push('partial');
  setImmediate(() => src.destroy());
});

step('destination destroyed early', (done) => {
  const src = new Readable({ read() {} });
  const dst = sink([]);
  pipeline(src, dst, (err) => {
    console.log('done', describe(err), 'src destroyed', src.destroyed);
    done();
  });
  setImmediate(() => dst.destroy());
});

step('argument errors', (done) => {
  const attempt = (label, fn) => {
    try {
      fn();
      console.log(label, 'no throw');
    } catch (err) {
      console.log(label, describe(err));
    }
  };
  attempt('no callback', () => pipeline(Readable.from([]), sink([])));
  attempt('one stream', () => pipeline(Readable.from([]), () => {}));
  attempt('bad source fn', () => pipeline(() => 42, sink([]), () => {}));
  attempt('bad transform', () => pipeline(['a'], (s) => 42, sink([]), () => {}));
  attempt('bad destination', () => pipeline(['a'], (s) => 42, () => {}));
  require('stream').promises.pipeline(['a'], sink([]), { signal: 1 }).catch((err) => {
    console.log('bad signal rejects', describe(err));
    done();
  });
});

step('abort signal', (done) => {
  const ac = new AbortController();
  const src = new Readable({ read() {} });
  const dst = sink([]);
  require('stream/promises').pipeline(src, dst, { signal: ac.signal }).then(
    () => console.log('resolved?'),
    (err) => {
      console.log('rejected', describe(err), 'destroyed', src.destroyed, dst.destroyed);
      done();
    });
  src.push('a');
  setImmediate(() => ac.abort());
});

step('pipeline array form and last readable', (done) => {
  const out = [];
  const last = pipeline([Readable.from(['p', 'q']), new PassThrough()], (err) => {
    console.log('done', describe(err), out.join(''));
    done();
  });
  last.on('data', (c) => out.push(String(c)));
});

step('final function resolving nothing', (done) => {
  const log = [];
  const out = pipeline(
    Readable.from(['a']),
    async function (source) {
      for await (const c of source) log.push(`got ${c}`);
    },
    (err, val) => {
      log.push(`done ${describe(err)} value=${val}`);
      console.log(log.join(' | '));
      done();
    });
  log.push(`returns stream ${typeof out.pipe}`);
});

runSteps();
process.on('exit', () => assert.strictEqual(steps.length, 0));
