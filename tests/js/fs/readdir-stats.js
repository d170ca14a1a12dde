// readdir (plain, withFileTypes, recursive, encodings) in its three forms
// and node's orders; Stats, BigIntStats and Dirent as util.inspect shows
// them; mkdir's recursive result; stat's throwIfNoEntry.
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-readdir-'));
const rel = (p) => path.relative(dir, p) || '.';

for (const name of ['zeta', 'Alpha', 'beta', 'b', '_x', '10', '9']) fs.writeFileSync(path.join(dir, name), name);
console.log('mkdir recursive returns:', rel(fs.mkdirSync(path.join(dir, 'sub', 'deep', 'er'), { recursive: true })));
console.log('mkdir recursive existing:', fs.mkdirSync(path.join(dir, 'sub'), { recursive: true }));
fs.mkdirSync(path.join(dir, 'asub'));
fs.writeFileSync(path.join(dir, 'asub', 'f2'), '');
fs.writeFileSync(path.join(dir, 'sub', 'f1'), '');
fs.writeFileSync(path.join(dir, 'sub', 'deep', 'f3'), '');
fs.symlinkSync(path.join(dir, 'asub'), path.join(dir, 'link'));

const show = (list) => list.map((e) => (typeof e === 'string' ? e : `${rel(e.parentPath)}:${e.name}`)).join(' ');

async function main() {
  console.log('readdirSync:', fs.readdirSync(dir).join(' '));
  console.log('readdirSync buffer:', fs.readdirSync(path.join(dir, 'asub'), 'buffer'));
  console.log('readdirSync recursive:', show(fs.readdirSync(dir, { recursive: true })));
  console.log('readdirSync recursive types:', show(fs.readdirSync(dir, { recursive: true, withFileTypes: true })));
  await new Promise((resolve) => fs.readdir(dir, { recursive: true }, (err, list) => {
    console.log('readdir callback recursive:', err, show(list));
    resolve();
  }));
  const fromPromise = await fs.promises.readdir(dir, { recursive: true });
  // The same entries, in another order.
  assert.deepStrictEqual([...fromPromise].sort(), fs.readdirSync(dir, { recursive: true }).sort());
  console.log('promises.readdir recursive:', show(fromPromise));
  console.log('promises.readdir recursive types:',
    show(await fs.promises.readdir(dir, { recursive: true, withFileTypes: true })));
  console.log('promises.readdir:', (await fs.promises.readdir(path.join(dir, 'sub'))).join(' '));

  const dirents = fs.readdirSync(dir, { withFileTypes: true });
  console.log(dirents.map((d) => `${d.name}=${[d.isFile(), d.isDirectory(), d.isSymbolicLink(), d.isFIFO(),
    d.isSocket(), d.isBlockDevice(), d.isCharacterDevice()].map(Number).join('')}`).join(' '));
  console.log(util.inspect(new fs.Dirent('name', fs.constants.UV_DIRENT_DIR, '/some/dir')));
  console.log('dirent keys:', Object.keys(dirents[0]).join(','), dirents[0] instanceof fs.Dirent);

  // Stats print like node's; a real one has the same keys and types.
  const made = new fs.Stats(1, 33188, 1, 1000, 1000, 0, 4096, 42, 10, 8, 1e12, 1e12 + 1, 1e12 + 2, 1e12 + 3);
  console.log(util.inspect(made));
  console.log('made:', made.isFile(), made.isDirectory(), made instanceof fs.Stats);
  const real = fs.statSync(path.join(dir, 'zeta'));
  assert.strictEqual(real.size, 4);
  assert.ok(real.isFile() && !real.isDirectory());
  console.log('stat keys:', Object.keys(real).join(','));
  console.log('stat types:', Object.values(real).map((v) => (v instanceof Date ? 'Date' : typeof v)).join(','));
  console.log('stat values:', real.size, real.isFile(), real.isDirectory(), real.isSymbolicLink(),
    real.mtime.getTime() === Math.round(real.mtimeMs) || real.mtime.getTime() === Math.floor(real.mtimeMs));
  console.log('inspect starts:', util.inspect(real).split('\n')[0]);
  const big = fs.statSync(dir, { bigint: true });
  console.log('bigint keys:', Object.keys(big).join(','));
  console.log('bigint:', util.inspect(big).split('\n')[0], typeof big.ino, typeof big.mtimeNs, big.isDirectory(),
    big.mtimeNs / 1000000n === big.mtimeMs);
  console.log('lstat of link:', fs.lstatSync(path.join(dir, 'link')).isSymbolicLink(),
    'fstat:', fs.fstatSync(0).constructor.name);

  console.log('throwIfNoEntry false:', fs.statSync(path.join(dir, 'none'), { throwIfNoEntry: false }),
    fs.lstatSync(path.join(dir, 'none'), { throwIfNoEntry: false }));
  await new Promise((resolve) => fs.stat(path.join(dir, 'none'), { throwIfNoEntry: false }, (err) => {
    console.log('callback ignores throwIfNoEntry:', err.code);
    resolve();
  }));

  fs.rmSync(dir, { recursive: true, force: true });
  console.log('cleaned up:', !fs.existsSync(dir));
  fs.rmSync(dir, { recursive: true, force: true });
  console.log('force on missing: ok');
}

main();
