// fs errors as node reports them: system errors (message, code, errno,
// syscall, path, dest, key order) in the sync, callback and promise forms,
// and argument validation (ERR_INVALID_ARG_TYPE / _VALUE, ERR_OUT_OF_RANGE).
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-fs-errors-'));
const file = path.join(dir, 'file.txt');
const sub = path.join(dir, 'sub');
fs.writeFileSync(file, 'x');
fs.mkdirSync(sub);
fs.writeFileSync(path.join(sub, 'inner'), 'y');
const missing = path.join(dir, 'missing');
// (mkdtemp's async forms report the template with its X's already filled in.)
const clean = (text) => String(text).split(dir).join('<tmp>').replace(/tmp-[A-Za-z0-9]{6}/, 'tmp-??????');

function describe(err) {
  if (err.syscall !== undefined && err.code !== 'ERR_FS_EISDIR') {
    assert.ok(Number.isInteger(err.errno) && err.errno < 0, `errno of ${err.message}`);
    assert.ok(err.message.startsWith(`${err.code}: `), err.message);
    assert.ok(err.message.includes(`, ${err.syscall}`), err.message);
  }
  const keys = Object.keys(err).join(',');
  const extra = err.dest !== undefined ? ` dest=${clean(err.dest)}` : '';
  return `${err.name}: ${clean(err.message)} [${keys}] errno=${err.errno}${extra}`;
}

const systemCases = [
  ['open', () => [missing, 'r']],
  ['readFile', () => [missing]],
  ['readFile', () => [dir]],
  ['writeFile', () => [path.join(missing, 'x'), 'data']],
  ['appendFile', () => [path.join(missing, 'x'), 'data']],
  ['stat', () => [missing]],
  ['lstat', () => [missing]],
  ['readdir', () => [missing]],
  ['readdir', () => [file]],
  ['mkdir', () => [sub]],
  ['mkdir', () => [path.join(missing, 'a')]],
  ['rmdir', () => [sub]],
  ['rmdir', () => [missing]],
  ['unlink', () => [missing]],
  ['unlink', () => [sub]],
  ['rename', () => [missing, path.join(dir, 'other')]],
  ['copyFile', () => [missing, path.join(dir, 'other')]],
  ['copyFile', () => [file, path.join(dir, 'sub', 'inner'), fs.constants.COPYFILE_EXCL]],
  ['symlink', () => [file, sub]],
  ['link', () => [missing, path.join(dir, 'hard')]],
  ['readlink', () => [file]],
  ['access', () => [missing]],
  ['chmod', () => [missing, 0o644]],
  ['utimes', () => [missing, 1, 1]],
  ['lutimes', () => [missing, 1, 1]],
  ['truncate', () => [missing, 0]],
  ['rm', () => [missing]],
  ['realpath', () => [path.join(missing, 'deeper')]],
  ['mkdtemp', () => [path.join(missing, 'tmp-')]],
];

async function main() {
  for (const [name, args] of systemCases) {
    let syncText;
    try {
      fs[`${name}Sync`](...args());
      syncText = 'no error';
    } catch (err) {
      syncText = describe(err);
    }
    const cbText = await new Promise((resolve) => {
      fs[name](...args(), (err) => resolve(err ? describe(err) : 'no error'));
    });
    const promiseText = fs.promises[name] ?
      await fs.promises[name](...args()).then(() => 'no error', describe) : 'n/a';
    console.log(`${name}Sync: ${syncText}`);
    if (cbText !== syncText) console.log(`${name} (callback): ${cbText}`);
    if (promiseText !== syncText) console.log(`${name} (promise): ${promiseText}`);
  }

  // rm on a directory without recursive: node's SystemError.
  try {
    fs.rmSync(sub);
  } catch (err) {
    console.log('rmSync dir:', err.name, err.code, clean(err.message), Object.keys(err).join(','),
      err.errno, err.syscall, clean(err.path), JSON.stringify({ ...err.info, path: clean(err.info.path) }));
    console.log('toString:', clean(String(err)), err instanceof Error);
  }
  await fs.promises.rm(sub).catch((err) => console.log('promises.rm dir:', err.name, err.code));

  // Argument validation.
  const invalid = [
    ['openSync no path', () => fs.openSync()],
    ['openSync NUL', () => fs.openSync('a\0b')],
    ['openSync flags', () => fs.openSync(file, 'rw')],
    ['openSync flags object', () => fs.openSync(file, {})],
    ['openSync mode', () => fs.openSync(file, 'r', -1)],
    ['openSync mode string', () => fs.openSync(file, 'r', '9')],
    ['closeSync string', () => fs.closeSync('3')],
    ['closeSync negative', () => fs.closeSync(-1)],
    ['closeSync fraction', () => fs.closeSync(1.5)],
    ['closeSync big', () => fs.closeSync(2 ** 31)],
    ['readSync buffer', () => fs.readSync(0, 'nope')],
    ['readSync offset', () => fs.readSync(0, Buffer.alloc(4), -1, 1)],
    ['readSync length', () => fs.readSync(0, Buffer.alloc(4), 1, 4)],
    ['readSync offset past end', () => fs.readSync(0, Buffer.alloc(4), 5, 1)],
    ['readSync position', () => fs.readSync(0, Buffer.alloc(4), 0, 1, -2)],
    ['readSync position type', () => fs.readSync(0, Buffer.alloc(4), 0, 1, '1')],
    ['readSync bigint position', () => fs.readSync(0, Buffer.alloc(4), 0, 1, 2n ** 63n)],
    ['readSync options', () => fs.readSync(0, Buffer.alloc(4), 'x')],
    ['readSync empty', () => fs.readSync(0, Buffer.alloc(0), 0, 1)],
    ['writeSync data', () => fs.writeSync(1, 42)],
    ['writeSync offset', () => fs.writeSync(1, Buffer.from('ab'), 3)],
    ['writeSync length', () => fs.writeSync(1, Buffer.from('ab'), 1, 2)],
    ['writeSync hex', () => fs.writeSync(1, 'abc', null, 'hex')],
    ['writevSync', () => fs.writevSync(1, [Buffer.from('a'), 'b'])],
    ['readvSync', () => fs.readvSync(0, 'x')],
    ['ftruncateSync len', () => fs.ftruncateSync(0, 'x')],
    ['truncateSync len', () => fs.truncateSync(file, 1.5)],
    ['futimesSync', () => fs.futimesSync(0, 'now', 1)],
    ['utimesSync', () => fs.utimesSync(file, {}, 1)],
    ['symlinkSync type', () => fs.symlinkSync(file, path.join(dir, 'l'), 'bad')],
    ['symlinkSync target', () => fs.symlinkSync(1, path.join(dir, 'l'))],
    ['linkSync', () => fs.linkSync(file, null)],
    ['readlinkSync', () => fs.readlinkSync(5)],
    ['renameSync', () => fs.renameSync(file, 5)],
    ['copyFileSync mode', () => fs.copyFileSync(file, path.join(dir, 'c'), 8)],
    ['accessSync mode', () => fs.accessSync(file, 'r')],
    ['accessSync mode range', () => fs.accessSync(file, 8)],
    ['access mode', () => fs.access(file, {}, () => {})],
    ['readFileSync negative fd', () => fs.readFileSync(-1)],
    ['readFileSync fractional', () => fs.readFileSync(1.5)],
    ['chownSync uid', () => fs.chownSync(file, -2, 0)],
    ['fchmodSync mode', () => fs.fchmodSync(0, 'rw')],
    ['mkdirSync recursive', () => fs.mkdirSync(path.join(dir, 'm'), { recursive: 'yes' })],
    ['rmSync force', () => fs.rmSync(file, { force: 1 })],
    ['readFileSync options', () => fs.readFileSync(file, 42)],
    ['readFileSync encoding', () => fs.readFileSync(file, 'utf9')],
    ['readFileSync flag', () => fs.readFileSync(file, { flag: 'z' })],
    ['writeFileSync data', () => fs.writeFileSync(file, { a: 1 })],
    ['statSync path', () => fs.statSync(undefined)],
    ['mkdtempSync prefix', () => fs.mkdtempSync(null)],
    ['read callback', () => fs.read(0, Buffer.alloc(1), 0, 1, 0)],
    ['write callback', () => fs.write(1, 'x', 0, 'utf8', 'nope')],
    ['open callback', () => fs.open(file)],
    ['open flags as callback', () => fs.open(file, 'r')],
    ['stat callback', () => fs.stat(file)],
    ['close callback', () => fs.close(0, 'x')],
    ['readFile callback', () => fs.readFile(file, 'utf8')],
    ['exists callback', () => fs.exists(file)],
  ];
  for (const [label, attempt] of invalid) {
    try {
      attempt();
      console.log(`${label}: no error`);
    } catch (err) {
      console.log(`${label}: ${err.name} [${err.code}] ${clean(err.message)}`);
    }
  }

  // Promise forms reject with the same errors.
  for (const [label, attempt] of [
    ['promises.open flags', () => fs.promises.open(file, 'q')],
    ['promises.readFile path', () => fs.promises.readFile(1.5)],
    ['promises.readFile fd', () => fs.promises.readFile(0)],
    ['promises.access mode', () => fs.promises.access(file, 'r')],
    ['promises.mkdir mode', () => fs.promises.mkdir(path.join(dir, 'p'), { mode: 'z' })],
  ]) {
    await attempt().then(() => console.log(`${label}: resolved`),
      (err) => console.log(`${label}: ${err.name} [${err.code}] ${err.message}`));
  }

  fs.rmSync(dir, { recursive: true });
  console.log('cleaned up:', !fs.existsSync(dir));
}

main();
