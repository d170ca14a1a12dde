// Absolute requires and package scopes, on a tree made in a temporary
// directory: `..` is taken before links are followed, the module's file is
// its real path, "type": "module" makes a .js file an ES module up to the
// nearest node_modules, and a worker started by an absolute path with `..`
// runs the file that path names.
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Worker } = require('worker_threads');

const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-abs-')));
const write = (file, text) => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
};
const rel = (p) => path.relative(root, p);

write('real/dir/inner.js', 'module.exports = { name: "real/dir/inner", file: __filename };');
write('real/sibling.js', 'module.exports = "real/sibling (links followed first)";');
write('sibling.js', 'module.exports = "sibling (.. taken first)";');
fs.symlinkSync(path.join(root, 'real/dir'), path.join(root, 'link'));

const inner = require(path.join(root, 'link/inner.js'));
console.log('through a link:', inner.name, 'file', rel(inner.file));
console.log('same module by its real path:', require(path.join(root, 'real/dir/inner.js')) === inner);
console.log('dot-dot after a link:', require(`${root}/link/../sibling.js`));
console.log('dots and slashes:', require(`${root}//real/./dir/../dir/inner.js`) === inner);
console.log('resolve:', rel(require.resolve(`${root}/link/inner.js`)));
try {
  require(`${root}/real/dir/`);
} catch (e) {
  console.log('a directory without index:', e.code);
}
write('noext.js', 'module.exports = "found by extension";');
console.log('extension probing still applies:', require(`${root}/noext`));

const Module = require('module');
console.log('lookup folders:', Module._nodeModulePaths('/a/node_modules/b/./c/..'));
console.log('from the root:', Module._nodeModulePaths('/'));
console.log('a module\'s own:', inner.file && require.cache[inner.file].paths.slice(0, 3).map(rel));
console.log('relative folder:', Module._nodeModulePaths('x/y')[0] === path.resolve('x/y/node_modules'));

write('esm/package.json', JSON.stringify({ type: 'module' }));
write('esm/lib/mod.js', 'export const x = typeof module;');
write('esm/lib/plain.cjs', 'module.exports = "cjs inside a module package";');
write('esm/node_modules/dep/index.js', 'module.exports = "node_modules ends the scope";');
console.log('.cjs there:', require(path.join(root, 'esm/lib/plain.cjs')));
console.log('dependency:', require(path.join(root, 'esm/node_modules/dep/index.js')));

write('broken/package.json', '{ not json');
write('broken/x.js', 'module.exports = 1;');
assert.throws(() => require(path.join(root, 'broken/x.js')), (e) => e.message.includes(path.join(root, 'broken/package.json')));
console.log('an unreadable package.json is reported');

write('worker/main.js', 'require("worker_threads").parentPort.postMessage(["worker", __filename]);');
import(path.join(root, 'esm/lib/mod.js')).then((ns) => {
  console.log('type module .js is an ES module:', ns.x);
  const worker = new Worker(`${root}/link/../worker/./main.js`);
  worker.on('message', ([what, file]) => console.log(what, rel(file)));
  worker.on('exit', (code) => {
    console.log('worker exit', code);
    fs.rmSync(root, { recursive: true, force: true });
  });
});
