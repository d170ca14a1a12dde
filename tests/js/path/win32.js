'use strict';
// path.win32 on a table of Windows paths: drives, UNC roots, device
// namespaces and reserved device names.
const assert = require('assert');
const path = require('path');
const win32 = path.win32;

const cwd = process.cwd();
const cwdWin = cwd.replace(/\//g, '\\');
const show = (value) => JSON.stringify(value)
  .split(JSON.stringify(cwdWin).slice(1, -1)).join('<cwd>');

assert.strictEqual(win32.win32, win32);
assert.strictEqual(require('path/win32'), win32);
console.log('sep', win32.sep, 'delimiter', win32.delimiter);

const inputs = [
  '', '.', '..', '/', '\\', '\\\\', 'C:', 'c:', 'C:\\', 'C:/', 'C:x', 'C:\\x', 'C:\\x\\', 'C:..\\a',
  'C:\\..\\a', 'C:\\a\\..\\..\\b', 'a\\b', 'a/b\\c', '\\a', '\\\\server', '\\\\server\\',
  '\\\\server\\share', '\\\\server\\share\\', '\\\\server\\share\\a\\b', '//server/share/a',
  '\\\\\\server\\share', '\\\\.\\pipe\\x', '\\\\?\\C:\\a\\..\\b', '\\\\?\\UNC\\s\\h', '\\\\.\\x',
  'file.txt', 'C:file.txt', 'C:\\dir\\file.tar.gz', '.hidden', 'C:.hidden', 'a\\..', 'a:b', 'a:',
  'con:', 'CON:x', 'nul', 'aux1', 'AUXa', 'lpt1:\\a', 'com\u00b9:', 'x\\con:', 'x:\\..\\y',
  '..\\C:x', 'a\\..\\C:x', 'stream:', 'C:\\foo\\bar\\baz\\asdf\\quux.html', 'C:\\ ',
];
for (const p of inputs) {
  console.log(show(p), show(win32.normalize(p)), win32.isAbsolute(p), show(win32.dirname(p)),
    show(win32.basename(p)), show(win32.extname(p)), show(win32.parse(p)),
    show(win32.format(win32.parse(p))), show(win32.resolve(p)), show(win32.toNamespacedPath(p)));
}

for (const p of ['C:\\a\\file.txt', 'file.TXT', 'C:file.txt', '\\\\s\\h\\f.txt\\', 'aaa']) {
  console.log('basename', show(p), ['.txt', '.TXT', 'file.txt', 'aa', ''].map((s) => show(win32.basename(p, s))).join(' '));
}

const joins = [
  ['C:', 'a'], ['C:\\', 'a'], ['//server', 'share'], ['\\\\server', 'share', 'x'], ['//', 'a'],
  ['///a', 'b'], ['', '\\\\a'], ['a', '\\\\b', 'c'], ['C:', '..', '..'], ['\\\\.', 'x'],
  ['', 'AUXa'], ['con:', 'b'], ['a', 'con:'], [], [''], ['x', 'y:'],
];
for (const args of joins) console.log('join', show(args), show(win32.join(...args)));

const resolves = [
  ['C:\\a', 'b'], ['C:\\a', 'D:b'], ['C:', '\\x'], ['c:/ignore', 'd:\\a/b\\c/d', '\\e.exe'],
  ['c:/blah\\blah', 'd:/games', 'c:../a'], ['\\\\server\\share', '..', 'x'], ['C:\\a', 'c:b'],
  ['a', 'b'], ['\\x', 'y'], ['//server/share', 'C:', 'a'],
];
for (const args of resolves) console.log('resolve', show(args), show(win32.resolve(...args)));

const rel = [
  ['C:\\a\\b', 'C:\\a\\c'], ['C:\\a', 'C:\\a\\b\\c'], ['C:\\a\\b\\c', 'C:\\a'], ['C:\\', 'C:\\a'],
  ['C:\\a', 'C:\\'], ['C:\\a', 'D:\\a'], ['c:\\A\\b', 'C:\\a\\B\\c'], ['\\\\s\\h\\a', '\\\\s\\h\\b'],
  ['\\\\s\\h', '\\\\s\\h\\a'], ['\\\\s\\h\\a', '\\\\t\\h\\a'], ['C:\\a\\bc', 'C:\\a\\b'],
  ['c:?x', '/'], ['\\x', '\\y'], ['C:\\\u0130a', 'c:\\\u0130a\\b'], ['\\x\u0130', 'y'],
  ['C:\\orandea\\test\\aaa', 'C:\\orandea\\impl\\bbb'],
];
for (const [from, to] of rel) console.log('relative', show([from, to]), show(win32.relative(from, to)));

const objects = [
  { root: 'C:\\', dir: 'C:\\path\\dir', base: 'file.txt' }, { root: 'C:\\', name: 'f', ext: 'txt' },
  { dir: 'd', name: 'n', ext: '.e' }, { root: '\\\\s\\h\\', base: 'x' },
];
for (const o of objects) console.log('format', show(o), show(win32.format(o)));
