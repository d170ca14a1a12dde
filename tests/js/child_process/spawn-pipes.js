'use strict';
// spawn of `sh -c` with piped stdin, stdout and stderr: what goes in comes
// out, the exit code arrives, and the events come in node's order
// ('spawn' first, 'exit' before 'close', the streams ended by 'close').
const { spawn } = require('child_process');
const assert = require('assert');

function run(script, input) {
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', script]);
    const log = [];
    let out = '';
    let err = '';
    console.log('pid is a number:', typeof child.pid === 'number' && child.pid > 0);
    console.log('spawnfile', child.spawnfile, 'spawnargs', JSON.stringify(child.spawnargs));
    console.log('before: exitCode', child.exitCode, 'signalCode', child.signalCode, 'killed', child.killed);
    console.log('stdio', child.stdio.length, child.stdio[0] === child.stdin, child.stdio[1] === child.stdout,
      child.stdio[2] === child.stderr, child.connected);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => { out += chunk; });
    child.stderr.on('data', (chunk) => { err += chunk; });
    child.stdout.on('end', () => log.push('stdout end'));
    child.on('spawn', () => log.push('spawn'));
    child.on('exit', (code, signal) => log.push(`exit ${code} ${signal}`));
    child.on('close', (code, signal) => {
      log.push(`close ${code} ${signal}`);
      console.log('events:', log.filter((e) => e !== 'stdout end').join(', '));
      console.log('stdout ended before close:', log.indexOf('stdout end') < log.indexOf(`close ${code} ${signal}`));
      console.log('stdout', JSON.stringify(out));
      console.log('stderr', JSON.stringify(err));
      console.log('after: exitCode', child.exitCode, 'signalCode', child.signalCode, 'stdout readable', child.stdout.readable);
      resolve({ code, out });
    });
    if (input !== undefined) child.stdin.end(input);
  });
}

(async () => {
  await run('read line; echo "you said: $line"; echo oops >&2; exit 3', 'hello\n');
  await run('tr a-z A-Z', 'shout this\nand this\n');
  await run('exit 0');

  // A mebibyte through `cat`, written in pieces: it all comes back intact,
  // with backpressure on both sides. `cat` starts reading only after a
  // pause, so the pipe is sure to fill and a write to wait for 'drain'
  // (with a fast reader, each write may go straight through).
  const child = spawn('sh', ['-c', 'sleep 0.2; exec cat']);
  const size = 1024 * 1024;
  const input = Buffer.alloc(size);
  for (let i = 0; i < size; i++) input[i] = (i * 7) & 0xff;
  const chunks = [];
  child.stdout.on('data', (chunk) => chunks.push(chunk));
  let writes = 0;
  let waitedForDrain = 0;
  for (let offset = 0; offset < size; offset += 64 * 1024) {
    if (!child.stdin.write(input.subarray(offset, offset + 64 * 1024))) {
      waitedForDrain++;
      await new Promise((resolve) => child.stdin.once('drain', resolve));
    }
    writes++;
  }
  child.stdin.end();
  const [code] = await new Promise((resolve) => child.on('close', (...args) => resolve(args)));
  const output = Buffer.concat(chunks);
  console.log('cat: writes', writes, 'waited for drain', waitedForDrain > 0, 'code', code);
  console.log('cat: bytes back', output.length, 'identical', output.equals(input));
  assert.ok(output.equals(input));
})();
