// fs.ReadStream / fs.WriteStream options: highWaterMark, start/end,
// encoding, flags, fd (number and FileHandle), autoClose, emitClose, and
// the order of their events.
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-streams-opts-'));
const file = path.join(dir, 'alphabet.txt');
fs.writeFileSync(file, 'abcdefghijklmnopqrstuvwxyz');

const steps = [];
const step = (name, fn) => steps.push([name, fn]);
function next() {
  const item = steps.shift();
  if (!item) return;
  console.log(`== ${item[0]}`);
  item[1](() => setImmediate(next));
}

function trace(rs, log) {
  for (const name of ['open', 'ready', 'end', 'close', 'error', 'pause', 'resume']) {
    rs.on(name, (arg) => log.push(name === 'open' ? `open(${typeof arg})` : name === 'error' ? `error(${arg.code})` : name));
  }
  rs.on('data', (chunk) => log.push(`data(${JSON.stringify(String(chunk))})`));
}

function readAll(options, done) {
  const log = [];
  const rs = fs.createReadStream(file, options);
  console.log('pending before open:', rs.pending, 'fd:', rs.fd, 'path ok:', rs.path === file);
  trace(rs, log);
  rs.on('close', () => {
    console.log(log.join(' '));
    console.log('bytesRead:', rs.bytesRead, 'pending:', rs.pending, 'destroyed:', rs.destroyed);
    done();
  });
}

step('highWaterMark 10', (done) => readAll({ highWaterMark: 10 }, done));
step('start 3, end 12, highWaterMark 4', (done) => readAll({ start: 3, end: 12, highWaterMark: 4 }, done));
step('start only', (done) => readAll({ start: 20 }, done));
step('end 0 reads one byte', (done) => readAll({ end: 0 }, done));
step('start past the end', (done) => readAll({ start: 100 }, done));
step('encoding as a string option', (done) => {
  const rs = fs.createReadStream(file, 'hex');
  const chunks = [];
  rs.on('data', (c) => chunks.push(c));
  rs.on('end', () => {
    console.log(typeof chunks[0], chunks.join(''));
    done();
  });
});
step('setEncoding with multi-byte characters split across chunks', (done) => {
  const multi = path.join(dir, 'multi.txt');
  fs.writeFileSync(multi, 'héllo wörld ✓✓');
  const rs = fs.createReadStream(multi, { highWaterMark: 3, encoding: 'utf8' });
  const chunks = [];
  rs.on('data', (c) => chunks.push(c));
  rs.on('end', () => {
    console.log(chunks.length, JSON.stringify(chunks.join('')));
    done();
  });
});
step('paused mode with read()', (done) => {
  const rs = fs.createReadStream(file, { highWaterMark: 8 });
  const got = [];
  rs.on('readable', () => {
    let chunk;
    while ((chunk = rs.read(5)) !== null) got.push(String(chunk));
  });
  rs.on('end', () => {
    console.log(got.join('|'));
    done();
  });
});
step('autoClose false keeps the descriptor open', (done) => {
  const log = [];
  const rs = fs.createReadStream(file, { autoClose: false, start: 24 });
  trace(rs, log);
  rs.on('end', () => {
    setImmediate(() => {
      console.log(log.join(' '), '| autoClose:', rs.autoClose, 'fd still open:', typeof rs.fd === 'number');
      fs.closeSync(rs.fd);
      done();
    });
  });
});
step('emitClose false', (done) => {
  const log = [];
  const rs = fs.createReadStream(file, { emitClose: false, start: 24 });
  trace(rs, log);
  rs.on('end', () => setImmediate(() => setImmediate(() => {
    console.log(log.join(' '), '| destroyed:', rs.destroyed);
    done();
  })));
});
step('from an fd: no open event, position from the start option', (done) => {
  const fd = fs.openSync(file, 'r');
  const log = [];
  const rs = fs.createReadStream(null, { fd, start: 23 });
  trace(rs, log);
  rs.on('close', () => {
    console.log(log.join(' '), '| pending:', rs.pending);
    assert.throws(() => fs.fstatSync(fd), { code: 'EBADF' });
    done();
  });
});
step('close() while reading', (done) => {
  const rs = fs.createReadStream(file, { highWaterMark: 2 });
  const log = [];
  trace(rs, log);
  rs.once('data', () => rs.close((err) => {
    console.log('close callback:', err && err.code);
    setImmediate(() => {
      console.log(log.join(' '));
      done();
    });
  }));
});

step('write stream: flags w, bytesWritten, events', (done) => {
  const out = path.join(dir, 'out.txt');
  const ws = fs.createWriteStream(out);
  const log = [];
  for (const name of ['open', 'ready', 'finish', 'close', 'drain']) {
    ws.on(name, (arg) => log.push(name === 'open' ? `open(${typeof arg})` : name));
  }
  console.log('pending:', ws.pending, 'path ok:', ws.path === out, 'flags:', ws.flags, 'mode:', ws.mode.toString(8));
  console.log('write returns:', ws.write('one '), ws.write(Buffer.from('two ')));
  ws.end('three', () => log.push('end callback'));
  ws.on('close', () => {
    console.log(log.join(' '));
    console.log('bytesWritten:', ws.bytesWritten, 'content:', fs.readFileSync(out, 'utf8'));
    done();
  });
});
step('write stream: small highWaterMark and drain', (done) => {
  const out = path.join(dir, 'drain.txt');
  const ws = fs.createWriteStream(out, { highWaterMark: 4 });
  let drains = 0;
  ws.on('drain', () => drains++);
  console.log('write over hwm returns:', ws.write('12345'));
  ws.end();
  ws.on('close', () => {
    console.log('drains:', drains, 'content:', fs.readFileSync(out, 'utf8'));
    done();
  });
});
step('write stream: start with flags r+, and append', (done) => {
  const out = path.join(dir, 'patch.txt');
  fs.writeFileSync(out, '0123456789');
  const ws = fs.createWriteStream(out, { flags: 'r+', start: 3 });
  ws.end('abc');
  ws.on('close', () => {
    console.log('r+ start 3:', fs.readFileSync(out, 'utf8'));
    const app = fs.createWriteStream(out, { flags: 'a' });
    app.write('X');
    app.end('Y');
    app.on('close', () => {
      console.log('append:', fs.readFileSync(out, 'utf8'), app.bytesWritten);
      done();
    });
  });
});
step('write stream: encoding option and string chunks', (done) => {
  const out = path.join(dir, 'hex.txt');
  const ws = fs.createWriteStream(out, { encoding: 'hex' });
  ws.write('414243');
  ws.end('44', 'hex');
  ws.on('finish', () => console.log('finish before close'));
  ws.on('close', () => {
    console.log('hex content:', fs.readFileSync(out, 'utf8'));
    done();
  });
});
step('write stream close(cb) ends it', (done) => {
  const out = path.join(dir, 'closecb.txt');
  const ws = fs.createWriteStream(out);
  ws.write('data');
  ws.close((err) => {
    console.log('close cb:', err, fs.readFileSync(out, 'utf8'), 'closed:', ws.closed);
    done();
  });
});
step('write stream with flush: fsync before close', (done) => {
  const out = path.join(dir, 'flush.txt');
  const ws = fs.createWriteStream(out, { flush: true });
  ws.end('synced', () => console.log('end callback'));
  ws.on('close', () => {
    console.log('flush content:', fs.readFileSync(out, 'utf8'), 'fd:', ws.fd);
    done();
  });
});
step('FileHandle streams', async (done) => {
  const fh = await fs.promises.open(file, 'r');
  const rs = fh.createReadStream({ start: 10, end: 14 });
  let text = '';
  rs.on('data', (c) => { text += c; });
  rs.on('close', async () => {
    console.log('handle read stream:', text, 'handle fd after:', fh.fd);
    const out = path.join(dir, 'fh-out.txt');
    const wh = await fs.promises.open(out, 'w');
    const ws = wh.createWriteStream();
    ws.end('via handle');
    ws.on('close', () => {
      console.log('handle write stream:', fs.readFileSync(out, 'utf8'), 'handle fd after:', wh.fd);
      done();
    });
  });
});
step('classes', (done) => {
  const rs = new fs.ReadStream(file);
  const ws = fs.WriteStream(path.join(dir, 'class.txt'));
  const third = fs.createReadStream(file);
  console.log(rs instanceof require('stream').Readable, ws instanceof require('stream').Writable,
    fs.ReadStream === fs.FileReadStream, third instanceof fs.ReadStream);
  let open = 3;
  for (const s of [rs, ws, third]) {
    s.on('close', () => {
      if (--open === 0) done();
    });
    s.destroy();
  }
});
step('clean up', (done) => {
  fs.rmSync(dir, { recursive: true });
  console.log('cleaned up:', !fs.existsSync(dir));
  done();
});

next();
