'use strict';
// What cannot be started is an 'error' event, never a crash: a missing
// program (ENOENT, also through a missing cwd) and one that may not run
// (EACCES); the child still emits 'close'. Bad arguments throw node's
// errors at once.
const cp = require('child_process');
const path = require('path');

function describeError(err) {
  return `${err.name} ${err.code} errno=${err.errno} syscall=${JSON.stringify(err.syscall)} ` +
    `path=${JSON.stringify(err.path)} spawnargs=${JSON.stringify(err.spawnargs)} message=${JSON.stringify(err.message)}`;
}

function tryStart(label, file, args, options) {
  return new Promise((resolve) => {
    const child = cp.spawn(file, args, options);
    const log = [];
    console.log(label, 'pid', child.pid, 'stdin', child.stdin !== null, 'stdout', child.stdout !== null);
    child.on('spawn', () => log.push('spawn'));
    child.on('exit', (code, signal) => log.push(`exit ${code} ${signal}`));
    child.on('error', (err) => {
      log.push('error');
      console.log(label, 'error:', describeError(err));
      console.log(label, 'error keys:', Object.keys(err).join(','));
    });
    child.on('close', (code, signal) => {
      log.push(`close ${code} ${signal}`);
      console.log(label, 'events:', log.join(', '), 'exitCode', child.exitCode);
      resolve();
    });
  });
}

(async () => {
  await tryStart('missing', 'nosuchcmd', ['a', 'b']);
  await tryStart('missing with path', './no/such/program', []);
  await tryStart('missing cwd', 'sh', ['-c', 'exit 0'], { cwd: path.join(__dirname, 'no-such-dir') });
  await tryStart('not executable', path.join('fixtures', 'not-executable.sh'), [], { cwd: __dirname });
  await tryStart('ignored stdio', 'nosuchcmd', [], { stdio: 'ignore' });

  const bad = [
    [123],
    [''],
    ['sh', 'not an array'],
    ['sh', ['a\0b']],
    ['sh', [], { cwd: 5 }],
    ['sh', [], { shell: 5 }],
    ['sh', [], { timeout: -1 }],
    ['sh', [], { timeout: 1.5 }],
    ['sh', [], { env: { A: 'b\0c' } }],
    ['sh', [], { argv0: 1 }],
    ['sh', [], { detached: 'yes' }],
    ['sh', [], { uid: 'root' }],
    ['sh', [], { killSignal: {} }],
    ['sh', [], { killSignal: 'SIGNOPE' }],
    ['sh', [], { signal: 'abort' }],
    ['sh', [], { stdio: 'sideways' }],
    ['sh', [], { stdio: [{}] }],
    ['sh', [], { stdio: ['ipc', 'ipc'] }],
    ['sh', [], { stdio: [Buffer.from('x')] }],
    ['sh', [], { serialization: 'xml', stdio: ['pipe', 'pipe', 'pipe', 'ipc'] }],
    ['sh', [], 'options'],
  ];
  for (const args of bad) {
    try {
      cp.spawn(...args);
      console.log('no error for', args);
    } catch (err) {
      console.log(err.name, err.code, err.message);
    }
  }
  const child = cp.spawn('sh', ['-c', 'exit 0']);
  for (const signal of ['SIGNOPE', -1, 1.5, {}]) {
    try {
      child.kill(signal);
    } catch (err) {
      console.log('kill', typeof signal, err.name, err.code, err.message);
    }
  }
})();
