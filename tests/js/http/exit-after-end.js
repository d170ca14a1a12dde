'use strict';
// A response written just before its process ends gets to the client:
// once with `process.exit()` in the request handler, once with the server
// closing so that the process ends by itself. The server is a child process
// so that its end does not end the client.
const { spawn } = require('child_process');
const http = require('http');
const path = require('path');
const assert = require('assert');

function runServer(how) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, 'fixtures', 'answer-then-exit.js'), how]);
    // Listened to from the start: the child may be gone before the body is read.
    const exited = new Promise((done) => child.on('exit', done));
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (!out.endsWith('\n')) return;
      const port = Number(out.trim());
      http.get({ port, host: '127.0.0.1', path: '/', agent: false }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d) => { body += d; });
        res.on('end', () => exited.then((code) => resolve({ status: res.statusCode, body, code })));
      }).on('error', reject);
    });
  });
}

(async () => {
  for (const how of ['exit', 'close']) {
    const got = await runServer(how);
    console.log(how, got);
    assert.strictEqual(got.body, `last words (${how})`);
  }
})();
