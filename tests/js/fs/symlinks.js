// Symbolic and hard links: symlink/readlink/lstat in every form, realpath
// through links (and node's lstat error for a missing component), dangling
// links, lutimes, link counts, and what readdir/rm/existsSync do with links.
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-links-')));
const clean = (text) => String(text).split(dir).join('<tmp>');
const target = path.join(dir, 'target.txt');
fs.writeFileSync(target, 'the target');
fs.mkdirSync(path.join(dir, 'realdir'));
fs.writeFileSync(path.join(dir, 'realdir', 'inside.txt'), 'inside');

async function main() {
  // Relative and absolute links, each form.
  fs.symlinkSync('target.txt', path.join(dir, 'rel-link'));
  await new Promise((resolve, reject) => fs.symlink(target, path.join(dir, 'abs-link'), (err) => (err ? reject(err) : resolve())));
  await fs.promises.symlink('realdir', path.join(dir, 'dir-link'), 'dir');
  fs.symlinkSync('nowhere', path.join(dir, 'dangling'));

  assert.strictEqual(fs.readlinkSync(path.join(dir, 'rel-link')), 'target.txt');
  console.log('readlinkSync rel:', fs.readlinkSync(path.join(dir, 'rel-link')));
  console.log('readlinkSync abs:', clean(fs.readlinkSync(path.join(dir, 'abs-link'))));
  console.log('readlink buffer:', fs.readlinkSync(path.join(dir, 'rel-link'), 'buffer'));
  console.log('readlink hex:', fs.readlinkSync(path.join(dir, 'rel-link'), { encoding: 'hex' }));
  await new Promise((resolve) => fs.readlink(path.join(dir, 'dir-link'), (err, value) => {
    console.log('readlink callback:', err, value);
    resolve();
  }));
  console.log('promises.readlink:', await fs.promises.readlink(path.join(dir, 'dangling')));

  const lst = fs.lstatSync(path.join(dir, 'rel-link'));
  const st = fs.statSync(path.join(dir, 'rel-link'));
  console.log('lstat:', lst.isSymbolicLink(), lst.isFile(), lst.size, '| stat:', st.isSymbolicLink(), st.isFile(), st.size);
  console.log('promises.lstat:', (await fs.promises.lstat(path.join(dir, 'dir-link'))).isSymbolicLink(),
    'stat:', (await fs.promises.stat(path.join(dir, 'dir-link'))).isDirectory());
  await new Promise((resolve) => fs.lstat(path.join(dir, 'dangling'), (err, s) => {
    console.log('lstat dangling:', err, s.isSymbolicLink());
    resolve();
  }));
  try {
    fs.statSync(path.join(dir, 'dangling'));
  } catch (err) {
    console.log('stat dangling:', err.code, clean(err.message));
  }
  console.log('existsSync dangling:', fs.existsSync(path.join(dir, 'dangling')));
  console.log('readFile through link:', fs.readFileSync(path.join(dir, 'abs-link'), 'utf8'));
  console.log('read dir through link:', fs.readdirSync(path.join(dir, 'dir-link')));

  // realpath.
  assert.strictEqual(fs.realpathSync(path.join(dir, 'dir-link')), path.join(dir, 'realdir'));
  console.log('realpathSync:', clean(fs.realpathSync(path.join(dir, 'dir-link', 'inside.txt'))));
  console.log('realpathSync.native:', clean(fs.realpathSync.native(path.join(dir, 'rel-link'))));
  console.log('promises.realpath:', clean(await fs.promises.realpath(path.join(dir, 'dir-link', '..', 'rel-link'))));
  await new Promise((resolve) => fs.realpath(path.join(dir, 'abs-link'), (err, p) => {
    console.log('realpath callback:', err, clean(p));
    resolve();
  }));
  console.log('realpath buffer:', Buffer.isBuffer(fs.realpathSync(target, 'buffer')));
  for (const p of [path.join(dir, 'dir-link', 'nope', 'x'), path.join(dir, 'dangling')]) {
    try {
      fs.realpathSync(p);
    } catch (err) {
      console.log('realpathSync missing:', err.code, err.syscall, clean(err.message));
    }
    try {
      fs.realpathSync.native(p);
    } catch (err) {
      console.log('realpathSync.native missing:', err.code, err.syscall, clean(err.message));
    }
  }

  // Errors.
  try {
    fs.symlinkSync('x', path.join(dir, 'rel-link'));
  } catch (err) {
    console.log('symlink exists:', err.code, clean(err.message), clean(err.path), clean(err.dest));
  }
  await fs.promises.readlink(target).catch((err) => console.log('readlink of a file:', err.code, clean(err.message)));

  // lutimes changes the link, utimes the target.
  fs.lutimesSync(path.join(dir, 'abs-link'), 10, 20);
  fs.utimesSync(path.join(dir, 'abs-link'), 30, 40);
  console.log('lutimes link mtimeMs:', fs.lstatSync(path.join(dir, 'abs-link')).mtimeMs,
    'target mtimeMs:', fs.statSync(target).mtimeMs);

  // Hard links.
  fs.linkSync(target, path.join(dir, 'hard'));
  await fs.promises.link(target, path.join(dir, 'hard2'));
  console.log('nlink:', fs.statSync(target).nlink, 'same inode:', fs.statSync(path.join(dir, 'hard')).ino === fs.statSync(target).ino);
  fs.unlinkSync(path.join(dir, 'hard2'));
  console.log('nlink after unlink:', fs.statSync(target).nlink);

  // readdir sees links as links; unlink/rm remove the link, not the target.
  console.log('readdir types:', fs.readdirSync(dir, { withFileTypes: true })
    .map((d) => `${d.name}:${d.isSymbolicLink() ? 'link' : d.isDirectory() ? 'dir' : 'file'}`).join(' '));
  fs.unlinkSync(path.join(dir, 'rel-link'));
  fs.rmSync(path.join(dir, 'dir-link'), { recursive: true });
  console.log('target dir kept:', fs.readdirSync(path.join(dir, 'realdir')));
  console.log('left:', fs.readdirSync(dir).join(' '));

  fs.rmSync(dir, { recursive: true });
  console.log('cleaned up:', !fs.existsSync(dir));
}

main();
