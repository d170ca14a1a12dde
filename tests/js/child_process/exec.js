'use strict';
// exec and execFile with callbacks and with util.promisify: output as
// strings or Buffers, the "Command failed" error of a failing command
// (code, killed, signal, cmd), a missing command (through the shell: 127;
// without one: ENOENT), maxBuffer and timeout.
const cp = require('child_process');
const util = require('util');

const run = (fn, ...args) => new Promise((resolve) => {
  const child = fn(...args, (err, stdout, stderr) => resolve({ child, err, stdout, stderr }));
});

function show(label, { err, stdout, stderr }) {
  const kind = (v) => (Buffer.isBuffer(v) ? 'Buffer' : typeof v);
  console.log(label, 'stdout', kind(stdout), JSON.stringify(String(stdout)), 'stderr', kind(stderr), JSON.stringify(String(stderr)));
  if (err) {
    console.log(label, 'error', err.name, JSON.stringify(err.message), 'code', err.code, 'killed', err.killed,
      'signal', err.signal, 'cmd', JSON.stringify(err.cmd));
  } else {
    console.log(label, 'no error:', err);
  }
}

(async () => {
  show('exec ok', await run(cp.exec, 'echo hello; echo warn >&2'));
  show('exec exit 3', await run(cp.exec, 'echo partial; echo bad >&2; exit 3'));
  const missing = await run(cp.exec, 'nosuchcommand_xyz --flag');
  console.log('exec missing: code', missing.err.code, 'cmd', missing.err.cmd,
    'stderr mentions it', missing.stderr.includes('nosuchcommand_xyz'));
  show('exec buffer', await run(cp.exec, 'printf "\\001\\002"', { encoding: 'buffer' }));
  show('exec latin1', await run(cp.exec, 'printf "\\351t\\351"', { encoding: 'latin1' }));
  show('exec env+cwd', await run(cp.exec, 'echo "$GREETING from $(basename "$PWD")"', {
    env: { ...process.env, GREETING: 'hi' }, cwd: __dirname,
  }));
  show('exec shell path', await run(cp.exec, 'echo $0', { shell: '/bin/sh' }));
  show('execFile', await run(cp.execFile, 'echo', ['a', 'b c']));
  show('execFile no args', await run(cp.execFile, 'pwd', { cwd: '/' }));
  show('execFile exit', await run(cp.execFile, 'sh', ['-c', 'exit 2']));
  show('execFile missing', await run(cp.execFile, 'nosuchcommand_xyz', ['x']));
  show('execFile shell', await run(cp.execFile, 'echo $((1 + 2))', { shell: true }));

  show('maxBuffer stdout', await run(cp.exec, 'printf 0123456789abcdef', { maxBuffer: 10 }));
  show('maxBuffer stderr', await run(cp.exec, 'printf 0123456789abcdef >&2', { maxBuffer: 4, encoding: 'buffer' }));
  show('maxBuffer Infinity', await run(cp.exec, 'head -c 3000000 /dev/zero | tr "\\0" x | wc -c', { maxBuffer: Infinity }));
  const big = await run(cp.exec, 'head -c 3000000 /dev/zero');
  console.log('default maxBuffer:', big.err.code, big.err.message, 'kept', big.stdout.length);
  show('timeout', await run(cp.exec, 'sleep 30', { timeout: 50 }));
  show('timeout killSignal', await run(cp.execFile, 'sleep', ['30'], { timeout: 50, killSignal: 'SIGKILL' }));

  const execAsync = util.promisify(cp.exec);
  const execFileAsync = util.promisify(cp.execFile);
  console.log('promisified is the custom one:', execAsync === cp.exec[util.promisify.custom]);
  const pending = execAsync('echo promised; echo also >&2');
  console.log('promise.child has a pid:', typeof pending.child.pid);
  console.log('promisify exec:', await pending);
  console.log('promisify execFile:', await execFileAsync('echo', ['x', 'y']));
  console.log('promisify buffer:', await execFileAsync('echo', ['z'], { encoding: 'buffer' }));
  try {
    await execAsync('echo before failing; echo why >&2; exit 5');
  } catch (err) {
    console.log('promisify rejection:', err.code, JSON.stringify(err.stdout), JSON.stringify(err.stderr), JSON.stringify(err.message));
  }
  try {
    await execFileAsync('nosuchcommand_xyz');
  } catch (err) {
    console.log('promisify ENOENT:', err.code, err.errno, err.syscall, JSON.stringify(err.stdout), JSON.stringify(err.stderr));
  }
  for (const bad of [[5], ['x', 'not options'], ['x', {}, 'not a callback'], ['x', { maxBuffer: -1 }], ['x', { timeout: -5 }]]) {
    try {
      cp.exec(...bad);
    } catch (err) {
      console.log('bad exec args:', err.code, err.message);
    }
  }
})();
