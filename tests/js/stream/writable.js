'use strict';
// Writable: write callbacks, 'drain', cork/uncork with _writev, _final,
// end() callbacks, decodeStrings/defaultEncoding, objectMode, and the order
// of 'prefinish'/'finish'/'close' relative to ticks.
const assert = require('assert');
const { Writable } = require('stream');
const { Buffer } = require('buffer');

const steps = [];
function step(name, fn) { steps.push([name, fn]); }
function runSteps() {
  const next = steps.shift();
  if (!next) return;
  console.log(`== ${next[0]}`);
  next[1](() => setImmediate(runSteps));
}

function show(chunk) {
  return Buffer.isBuffer(chunk) ? `<buf ${chunk.toString()}>` : JSON.stringify(chunk);
}

step('sync _write: callbacks, finish, close order', (done) => {
  const log = [];
  const w = new Writable({
    write(chunk, enc, cb) {
      log.push(`_write ${show(chunk)} ${enc}`);
      cb();
    },
  });
  for (const ev of ['prefinish', 'finish', 'close', 'drain']) w.on(ev, () => log.push(ev));
  log.push(`ret=${w.write('a', () => log.push('cb a'))}`);
  log.push(`ret=${w.write('b', () => log.push('cb b'))}`);
  process.nextTick(() => log.push('tick'));
  w.end('c', () => log.push('end cb'));
  log.push(`ended=${w.writableEnded} finished=${w.writableFinished} writable=${w.writable}`);
  w.on('close', () => {
    log.push(`finished=${w.writableFinished} destroyed=${w.destroyed} closed=${w.closed}`);
    console.log(log.join(' | '));
    done();
  });
});

step('async _write: buffering, length, drain', (done) => {
  const log = [];
  const w = new Writable({
    highWaterMark: 3,
    write(chunk, enc, cb) {
      log.push(`_write ${chunk} len=${this.writableLength}`);
      setTimeout(cb, 1);
    },
  });
  w.on('drain', () => log.push(`drain len=${w.writableLength} needDrain=${w.writableNeedDrain}`));
  log.push(`w1=${w.write('ab')} len=${w.writableLength}`);
  log.push(`w2=${w.write('cd')} len=${w.writableLength} needDrain=${w.writableNeedDrain}`);
  log.push(`buffered=${w.writableBuffer.length}`);
  w.once('drain', () => {
    w.end();
    w.on('finish', () => {
      log.push('finish');
      console.log(log.join(' | '));
      done();
    });
  });
});

step('cork/uncork with _writev', (done) => {
  const log = [];
  const w = new Writable({
    write(chunk, enc, cb) {
      log.push(`_write ${chunk}`);
      cb();
    },
    writev(chunks, cb) {
      log.push(`_writev ${chunks.map((c) => `${c.chunk}:${c.encoding}`).join(',')} allBuffers=${chunks.allBuffers}`);
      cb();
    },
  });
  w.cork();
  w.write('a');
  w.write('b', () => log.push('cb b'));
  w.cork();
  w.write('c');
  log.push(`corked=${w.writableCorked} len=${w.writableLength}`);
  w.uncork();
  log.push(`corked=${w.writableCorked}`);
  w.uncork();
  log.push(`corked=${w.writableCorked} len=${w.writableLength}`);
  w.write('single');
  w.cork();
  w.write('x');
  w.write('y');
  w.end(() => {
    log.push('end cb');
    console.log(log.join(' | '));
    done();
  });
});

step('_final runs before finish', (done) => {
  const log = [];
  const w = new Writable({
    write(chunk, enc, cb) { log.push('_write'); cb(); },
    final(cb) {
      log.push('_final');
      setTimeout(() => { log.push('final done'); cb(); }, 1);
    },
  });
  w.on('prefinish', () => log.push('prefinish'));
  w.on('finish', () => log.push('finish'));
  w.on('close', () => {
    log.push('close');
    console.log(log.join(' | '));
    done();
  });
  w.write('x');
  w.end();
  log.push(`after end finished=${w.writableFinished}`);
});

step('decodeStrings false and encodings', (done) => {
  const log = [];
  const w = new Writable({
    decodeStrings: false,
    write(chunk, enc, cb) { log.push(`${typeof chunk}:${show(chunk)}:${enc}`); cb(); },
  });
  w.write('plain');
  w.write('6869', 'hex');
  w.write(Buffer.from('buf'));
  w.write(new Uint8Array([65, 66]));
  w.end(() => {
    const d = new Writable({
      defaultEncoding: 'base64',
      write(chunk, enc, cb) { log.push(`default:${chunk.toString()}:${enc}`); cb(); },
    });
    d.write('aGVsbG8=');
    d.setDefaultEncoding('HEX');
    d.write('6869');
    d.end(() => {
      console.log(log.join(' | '));
      done();
    });
  });
});

step('objectMode writes and finish timing', (done) => {
  const log = [];
  const w = new Writable({
    objectMode: true,
    write(obj, enc, cb) { log.push(`obj ${JSON.stringify(obj)} enc=${enc}`); cb(); },
  });
  w.write({ a: 1 });
  w.write([1, 2]);
  w.write('str');
  w.end();
  process.nextTick(() => log.push('tick1'));
  setTimeout(() => log.push('timeout'), 0);
  w.on('finish', () => {
    log.push('finish');
    process.nextTick(() => log.push('tick after finish'));
  });
  w.on('close', () => {
    log.push('close');
    setTimeout(() => {
      console.log(log.join(' | '));
      done();
    }, 2);
  });
  log.push(`objectMode=${w.writableObjectMode} hwm=${w.writableHighWaterMark}`);
});

step('byte mode finish timing', (done) => {
  const log = [];
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.write('a');
  w.end();
  process.nextTick(() => log.push('tick1'));
  w.on('finish', () => log.push('finish'));
  w.on('close', () => log.push('close'));
  process.nextTick(() => process.nextTick(() => log.push('tick2')));
  setImmediate(() => {
    console.log(log.join(' | '));
    done();
  });
});

step('end with callback after finish', (done) => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.end();
  w.on('finish', () => {
    w.end((err) => {
      console.log('second end cb', err && err.code, err && err.message);
      done();
    });
  });
});

step('autoDestroy false and emitClose false', (done) => {
  const log = [];
  const w = new Writable({ autoDestroy: false, write(c, e, cb) { cb(); } });
  w.on('close', () => log.push('close?'));
  w.end('x');
  w.on('finish', () => {
    log.push(`finish destroyed=${w.destroyed}`);
    const q = new Writable({ emitClose: false, write(c, e, cb) { cb(); } });
    q.on('close', () => log.push('q close?'));
    q.end(() => log.push(`q end cb destroyed=${q.destroyed}`));
    setImmediate(() => {
      console.log(log.join(' | '));
      done();
    });
  });
});

step('write returns false with hwm 0 and writableNeedDrain', (done) => {
  const log = [];
  const w = new Writable({ highWaterMark: 0, write(c, e, cb) { setImmediate(cb); } });
  log.push(`ret=${w.write('a')} needDrain=${w.writableNeedDrain}`);
  w.on('drain', () => {
    log.push(`drain needDrain=${w.writableNeedDrain}`);
    console.log(log.join(' | '));
    done();
  });
});

step('_write via _writev only', (done) => {
  const log = [];
  const w = new Writable({
    writev(chunks, cb) { log.push(`writev ${chunks.length} ${chunks[0].chunk}`); cb(); },
  });
  w.write('solo');
  w.end(() => { console.log(log.join(' | ')); done(); });
});

runSteps();
process.on('exit', () => assert.strictEqual(steps.length, 0));
