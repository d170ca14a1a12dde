// Failures of fs streams: the order of 'error' and 'close' (and what does
// not happen), node's system-error properties, pipeline with a missing
// source, destroy() before the file is open, and argument errors.
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const stream = require('stream');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-streams-err-'));
const existing = path.join(dir, 'exists.txt');
fs.writeFileSync(existing, 'content');
const clean = (text) => String(text).split(dir).join('<tmp>');

const steps = [];
const step = (name, fn) => steps.push([name, fn]);
function next() {
  const item = steps.shift();
  if (!item) return;
  console.log(`== ${item[0]}`);
  item[1](() => setImmediate(next));
}

function watch(s, log) {
  for (const name of ['open', 'ready', 'data', 'end', 'finish', 'error', 'close']) {
    s.on(name, (arg) => {
      if (name === 'error') {
        log.push(`error(${arg.code})`);
        console.log('  error:', clean(arg.message));
        console.log('  props:', JSON.stringify({ ...arg, path: clean(arg.path) }), arg instanceof Error);
      } else {
        log.push(name);
      }
    });
  }
}

function expectEvents(s, done) {
  const log = [];
  watch(s, log);
  s.on('close', () => setImmediate(() => {
    // 'error' always comes once, and just before 'close'.
    assert.strictEqual(log.filter((e) => e.startsWith('error')).length, 1);
    assert.ok(log[log.length - 2].startsWith('error') && log[log.length - 1] === 'close', log.join(' '));
    console.log('  events:', log.join(' '), '| destroyed:', s.destroyed);
    done();
  }));
}

step('read stream on a missing file', (done) => {
  expectEvents(fs.createReadStream(path.join(dir, 'missing.txt')), done);
});
step('read stream on a directory', (done) => {
  expectEvents(fs.createReadStream(dir), done);
});
step('write stream into a missing directory', (done) => {
  const ws = fs.createWriteStream(path.join(dir, 'no', 'such', 'file'));
  ws.write('queued', (err) => console.log('  write callback:', err && err.code));
  expectEvents(ws, done);
});
step('write stream with wx on an existing file', (done) => {
  expectEvents(fs.createWriteStream(existing, { flags: 'wx' }), done);
});
step('read stream with r+ flag on a missing file', (done) => {
  expectEvents(fs.createReadStream(path.join(dir, 'gone'), { flags: 'r+' }), done);
});
step('pipeline from a missing file', (done) => {
  const target = path.join(dir, 'target.txt');
  const rs = fs.createReadStream(path.join(dir, 'missing.txt'));
  const ws = fs.createWriteStream(target);
  stream.pipeline(rs, ws, (err) => {
    console.log('  pipeline error:', err.code, err.syscall, clean(err.path));
    setImmediate(() => {
      console.log('  destroyed:', rs.destroyed, ws.destroyed);
      done();
    });
  });
});
step('destroy before the file is open', (done) => {
  const rs = fs.createReadStream(existing);
  const log = [];
  watch(rs, log);
  rs.destroy();
  rs.on('close', () => setImmediate(() => {
    console.log('  events:', log.join(' '), '| fd:', rs.fd);
    done();
  }));
});
step('destroy with an error', (done) => {
  const rs = fs.createReadStream(existing);
  const log = [];
  rs.on('error', (err) => log.push(`error(${err.message})`));
  rs.on('close', () => {
    log.push('close');
    console.log('  events:', log.join(' '));
    done();
  });
  rs.on('open', () => rs.destroy(new Error('boom')));
});
step('write after end', (done) => {
  const ws = fs.createWriteStream(path.join(dir, 'ended.txt'));
  ws.end('x');
  ws.on('error', (err) => console.log('  error:', err.code, err.message));
  ws.write('more', (err) => console.log('  write callback:', err.code));
  ws.on('close', () => done());
});
step('a missing file with no error listener is an uncaught exception', (done) => {
  process.once('uncaughtException', (err) => {
    console.log('  uncaught:', err.code, err.syscall);
    done();
  });
  fs.createReadStream(path.join(dir, 'nothing-here'));
});
step('argument errors are thrown', (done) => {
  const attempts = [
    ['start > end', () => fs.createReadStream(existing, { start: 5, end: 2 })],
    ['negative start', () => fs.createReadStream(existing, { start: -1 })],
    ['string end', () => fs.createReadStream(existing, { end: '3' })],
    ['fractional start', () => fs.createReadStream(existing, { start: 1.5 })],
    ['bad highWaterMark', () => fs.createReadStream(existing, { highWaterMark: -1 })],
    ['bad options', () => fs.createReadStream(existing, 42)],
    ['bad encoding', () => fs.createReadStream(existing, 'no-such-encoding')],
    ['bad path', () => fs.createReadStream(42)],
    ['bad fd', () => fs.createReadStream(null, { fd: 'x' })],
    ['negative fd', () => fs.createReadStream(null, { fd: -2 })],
    ['write start', () => fs.createWriteStream(existing, { start: -1 })],
    ['write path', () => fs.createWriteStream(undefined)],
    ['bad flags', () => fs.createWriteStream(existing, { flags: 'bogus' })],
  ];
  for (const [label, attempt] of attempts) {
    try {
      const s = attempt();
      s.on('error', (err) => console.log(`  ${label}: async error`, err.code, err.message));
      console.log(`  ${label}: created`);
    } catch (err) {
      console.log(`  ${label}:`, err.name, err.code, err.message);
    }
  }
  setTimeout(done, 20);
});
step('clean up', (done) => {
  fs.rmSync(dir, { recursive: true });
  console.log('cleaned up:', !fs.existsSync(dir));
  done();
});

next();
