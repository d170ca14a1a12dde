// File descriptors, callback forms: open/read/write/close in node's
// argument shapes, current-position reads, readv/writev, fstat, truncation,
// and errors passed to the callback (not thrown).
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-fd-cb-'));
const file = path.join(dir, 'data.txt');
const show = (err) => `${err.code} ${err.syscall} ${err.message.split(dir).join('<tmp>')}`;

const steps = [];
const step = (name, fn) => steps.push([name, fn]);
function next() {
  const item = steps.shift();
  if (!item) return;
  console.log(`== ${item[0]}`);
  item[1](() => setImmediate(next));
}

let fd;
step('open for writing', (done) => {
  fs.open(file, 'w', 0o644, (err, got) => {
    assert.ifError(err);
    fd = got;
    console.log('fd is a number:', typeof fd === 'number');
    done();
  });
});

step('write string, then string at a position with an encoding', (done) => {
  fs.write(fd, 'abcdefgh', (err, written, str) => {
    assert.ifError(err);
    console.log('wrote', written, JSON.stringify(str));
    fs.write(fd, '5a5a', 2, 'hex', (err2, written2, str2) => {
      assert.ifError(err2);
      console.log('wrote', written2, JSON.stringify(str2));
      done();
    });
  });
});

step('write buffer forms', (done) => {
  const data = Buffer.from('0123456789');
  fs.write(fd, data, 3, 2, (err, written, b) => {
    assert.ifError(err);
    console.log('buffer offset/length:', written, b === data);
    fs.write(fd, data, { offset: 8, position: 0 }, (err2, written2) => {
      assert.ifError(err2);
      console.log('buffer options:', written2);
      fs.write(fd, data, (err3, written3) => {
        assert.ifError(err3);
        console.log('whole buffer:', written3);
        done();
      });
    });
  });
});

step('close and read the file', (done) => {
  fs.close(fd, (err) => {
    assert.ifError(err);
    console.log('content:', JSON.stringify(fs.readFileSync(file, 'latin1')));
    done();
  });
});

step('read signatures', (done) => {
  fs.open(file, (err, rfd) => {
    assert.ifError(err);
    fd = rfd;
    const buf = Buffer.alloc(6, '-');
    fs.read(fd, buf, 1, 4, 0, (err2, n, b) => {
      assert.ifError(err2);
      console.log('positional:', n, b.toString('latin1'), b === buf);
      fs.read(fd, { buffer: Buffer.alloc(3), position: 4 }, (err3, n3, b3) => {
        assert.ifError(err3);
        console.log('options object:', n3, b3.toString('latin1'));
        fs.read(fd, Buffer.alloc(5), { length: 2, offset: 3 }, (err4, n4, b4) => {
          assert.ifError(err4);
          console.log('buffer + options:', n4, JSON.stringify(b4.toString('latin1')));
          fs.read(fd, (err5, n5, b5) => {
            assert.ifError(err5);
            console.log('default buffer:', n5, b5.length, JSON.stringify(b5.subarray(0, n5).toString('latin1')));
            done();
          });
        });
      });
    });
  });
});

step('reads at the current position follow each other', (done) => {
  const seqFd = fs.openSync(file, 'r');
  // A read at a given position does not move the current position.
  fs.read(seqFd, Buffer.alloc(4), 0, 4, 10, () => {
    const seen = [];
    const readNext = () => fs.read(seqFd, Buffer.alloc(7), 0, 7, null, (err, n, b) => {
      assert.ifError(err);
      seen.push(`${n}:${b.subarray(0, n).toString('latin1')}`);
      if (n > 0) readNext();
      else {
        console.log('sequence:', seen.join(' '));
        fs.closeSync(seqFd);
        done();
      }
    });
    readNext();
  });
});

step('zero-length read calls back with 0', (done) => {
  let sync = true;
  fs.read(fd, Buffer.alloc(4), 0, 0, 0, (err, n) => {
    console.log('zero read:', err, n, 'async:', !sync);
    done();
  });
  sync = false;
});

step('fstat, readv', (done) => {
  fs.fstat(fd, (err, st) => {
    assert.ifError(err);
    console.log('fstat:', st.constructor.name, st.size, st.isFile(), st.isDirectory());
    const bufs = [Buffer.alloc(2), Buffer.alloc(3)];
    fs.readv(fd, bufs, 1, (err2, n, got) => {
      assert.ifError(err2);
      console.log('readv:', n, got === bufs, bufs.map(String).join('|'));
      fs.close(fd, done);
    });
  });
});

step('writev, ftruncate, fsync, fdatasync, truncate', (done) => {
  fd = fs.openSync(file, 'w+');
  fs.writev(fd, [Buffer.from('ab'), Buffer.from('cd')], (err, n, bufs) => {
    assert.ifError(err);
    console.log('writev:', n, bufs.length);
    fs.ftruncate(fd, 3, (err2) => {
      assert.ifError(err2);
      fs.fsync(fd, (err3) => {
        assert.ifError(err3);
        fs.fdatasync(fd, (err4) => {
          assert.ifError(err4);
          console.log('size after ftruncate:', fs.fstatSync(fd).size);
          fs.closeSync(fd);
          fs.truncate(file, 1, (err5) => {
            assert.ifError(err5);
            console.log('after truncate:', fs.readFileSync(file, 'utf8'));
            done();
          });
        });
      });
    });
  });
});

step('futimes', (done) => {
  fd = fs.openSync(file, 'r');
  fs.futimes(fd, 5, new Date(7000), (err) => {
    assert.ifError(err);
    console.log('mtimeMs:', fs.fstatSync(fd).mtimeMs, 'atimeMs:', fs.fstatSync(fd).atimeMs);
    fs.closeSync(fd);
    done();
  });
});

step('errors go to the callback', (done) => {
  fs.open(path.join(dir, 'nope', 'x'), 'r', (err, got) => {
    console.log('open:', show(err), got);
    fs.close(fd, (err2) => {
      console.log('close:', show(err2));
      fs.read(fd, Buffer.alloc(2), 0, 2, 0, (err3, n, b) => {
        console.log('read:', show(err3), n, b.length);
        fs.write(fd, 'x', (err4, n4, s) => {
          console.log('write:', show(err4), n4, s);
          fs.fstat(fd, (err5, st) => {
            console.log('fstat:', show(err5), st);
            done();
          });
        });
      });
    });
  });
});

step('util.promisify of read/write/readv/writev/exists', async (done) => {
  const util = require('util');
  const pfd = fs.openSync(file, 'r+');
  console.log('read:', await util.promisify(fs.read)(pfd, Buffer.alloc(1), 0, 1, 0));
  console.log('write:', await util.promisify(fs.write)(pfd, 'Q', 0));
  console.log('readv:', await util.promisify(fs.readv)(pfd, [Buffer.alloc(1)], 0));
  console.log('writev:', await util.promisify(fs.writev)(pfd, [Buffer.from('R')], 0));
  console.log('exists:', await util.promisify(fs.exists)(file), await util.promisify(fs.exists)(`${file}.no`));
  console.log('lengths:', fs.read.length, fs.readSync.length, fs.write.length, fs.writeSync.length);
  fs.closeSync(pfd);
  done();
});

step('clean up', (done) => {
  fs.rm(dir, { recursive: true }, (err) => {
    assert.ifError(err);
    console.log('removed:', !fs.existsSync(dir));
    done();
  });
});

next();
