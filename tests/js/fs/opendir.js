// fs.opendir / fs.opendirSync / fs.promises.opendir and fs.Dir: reading
// entries one at a time, async iteration, closing (twice), errors.
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-opendir-'));
const clean = (text) => String(text).split(dir).join('<tmp>');
for (const name of ['c', 'a', 'b']) fs.writeFileSync(path.join(dir, name), name);
fs.mkdirSync(path.join(dir, 'sub'));

const describe = (d) => `${d.name}:${d.isDirectory() ? 'dir' : 'file'}:${clean(d.parentPath)}`;

async function main() {
  const d = fs.opendirSync(dir);
  console.log('class:', d.constructor.name, d instanceof fs.Dir, 'path:', clean(d.path));
  const seen = [];
  let entry;
  while ((entry = d.readSync()) !== null) seen.push(describe(entry));
  console.log('readSync:', seen.sort().join(' '));
  console.log('after the end:', d.readSync());
  d.closeSync();
  for (const [label, attempt] of [['closeSync', () => d.closeSync()], ['readSync', () => d.readSync()]]) {
    try {
      attempt();
    } catch (err) {
      console.log(`${label} when closed:`, err.name, err.code, err.message);
    }
  }
  await d.close().catch((err) => console.log('close() when closed rejects:', err.code));
  try {
    d.read();
  } catch (err) {
    console.log('read() when closed throws:', err.code);
  }

  const iterated = [];
  for await (const e of await fs.promises.opendir(dir)) iterated.push(e.name);
  console.log('async iteration:', iterated.sort().join(' '));

  await new Promise((resolve) => fs.opendir(dir, (err, handle) => {
    assert.ifError(err);
    handle.read((err2, first) => {
      console.log('callback read:', err2, typeof first.name);
      handle.close((err3) => {
        console.log('callback close:', err3);
        handle.close((err4) => {
          console.log('callback close twice:', err4.code);
          resolve();
        });
      });
    });
  }));

  const buf = fs.opendirSync(dir, { encoding: 'buffer' });
  console.log('buffer names:', Buffer.isBuffer((await buf.read()).name));
  await buf.close();

  try {
    fs.opendirSync(path.join(dir, 'missing'));
  } catch (err) {
    console.log('opendirSync missing:', clean(err.message), Object.keys(err).join(','));
  }
  await fs.promises.opendir(path.join(dir, 'missing'))
    .catch((err) => console.log('promises.opendir missing:', clean(err.message), Object.keys(err).join(',')));
  try {
    fs.opendirSync(path.join(dir, 'a'));
  } catch (err) {
    console.log('opendirSync file:', err.code, err.syscall);
  }
  try {
    fs.opendir(dir);
  } catch (err) {
    console.log('no callback:', err.code, err.message);
  }

  fs.rmSync(dir, { recursive: true });
  console.log('cleaned up:', !fs.existsSync(dir));
}

main();
