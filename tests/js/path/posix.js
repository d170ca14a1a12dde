'use strict';
// path (posix): every function on a table of inputs, printed for comparison.
const assert = require('assert');
const path = require('path');

const cwd = process.cwd();
const show = (value) => JSON.stringify(value).split(JSON.stringify(cwd).slice(1, -1)).join('<cwd>');

assert.strictEqual(path.posix, path);
assert.strictEqual(path.win32.posix, path);
assert.strictEqual(require('path/posix'), path.posix);
assert.strictEqual(require('node:path'), path);
console.log('sep', path.sep, 'delimiter', path.delimiter);
console.log('keys', Object.keys(path).filter((k) => k !== 'matchesGlob').join(','));

const inputs = [
  '', '.', '..', '/', '//', '///', 'a', 'a/', 'a//', '/a', '//a', '///a', 'a/b', '/a/b/', 'a/./b',
  'a/../b', '../a', '../../a/b', '/../a', '/a/../..', 'a/b/../../..', './', './a', '.a', '..a',
  'a.', 'a..', '.a.b', 'file.txt', '/dir/file.tar.gz', '/dir.d/file', 'dir/.hidden', '/..',
  '/.', '/...', '...', 'a/b/c/', 'x//y//z', 'a\\b', 'C:\\x', '/foo/bar/baz/asdf/quux.html',
];
for (const p of inputs) {
  console.log(show(p), show(path.normalize(p)), path.isAbsolute(p), show(path.dirname(p)),
    show(path.basename(p)), show(path.extname(p)), show(path.parse(p)),
    show(path.format(path.parse(p))), show(path.toNamespacedPath(p)));
}

const suffixes = ['.txt', 'txt', 'a', 'b/', 'xb', '.gz', 'file.txt', ''];
for (const p of ['a/b/', 'file.txt', '/dir/file.txt', 'aaa', 'bbb', 'aaa/bbb', '/a/b.txt/', 'b', '//', '.txt']) {
  console.log('basename', show(p), suffixes.map((s) => show(path.basename(p, s))).join(' '));
}

const pairs = [
  ['/a/b', 'c'], ['/a/b', '/c'], ['a', 'b', '../c'], ['', ''], ['a', ''], ['', 'a'], ['/', '..'],
  ['/a/', 'b/'], ['a', '/b', 'c/'], ['.', '.'], ['a/b', '../../..'], ['/x', '', 'y'],
];
for (const args of pairs) {
  console.log('join', show(args), show(path.join(...args)));
  console.log('resolve', show(args), show(path.resolve(...args)));
}
console.log('resolve()', show(path.resolve()), show(path.resolve('')), show(path.join()));

const rel = [
  ['/a/b/c', '/a/b/c/d/e'], ['/a/b/c/d', '/a/b'], ['/a/b', '/a/c'], ['/', '/a'], ['/a', '/'],
  ['/a/bc', '/a/b'], ['/a/b', '/a/bc'], ['a', 'b'], ['a/b', 'a'], ['', ''], ['/x', '/x/'],
  ['/foo/bar/baz', '/foo/bar/qux'], ['/data/orandea/test/aaa', '/data/orandea/impl/bbb'],
];
for (const [from, to] of rel) console.log('relative', show([from, to]), show(path.relative(from, to)));

const objects = [
  { root: '/', dir: '/home/user', base: 'f.txt' }, { root: '/', base: 'f.txt', ext: 'ignored' },
  { root: '/', name: 'f', ext: '.txt' }, { name: 'f', ext: 'txt' }, { dir: 'd', name: 'n' },
  { root: '/x/' }, {}, { dir: '/', base: 'a' }, { root: '/', dir: '/' }, { ext: '.e' },
];
for (const o of objects) console.log('format', show(o), show(path.format(o)));
