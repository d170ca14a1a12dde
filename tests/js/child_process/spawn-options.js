'use strict';
// spawn's options: cwd (string or URL), env (replacing the environment),
// shell (true or a path), argv0, detached (a new session), stdio as
// 'ignore', 'inherit', descriptors, arrays mixing them and extra pipes,
// unref(), and the 'exit' of a child whose output nobody reads.
const { spawn } = require('child_process');
const path = require('path');
const { pathToFileURL } = require('url');

function output(child) {
  return new Promise((resolve) => {
    let out = '';
    if (child.stdout) {
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (d) => { out += d; });
    }
    child.on('close', (code, signal) => resolve(`${JSON.stringify(out)} code=${code} signal=${signal}`));
  });
}

(async () => {
  console.log('cwd:', await output(spawn('sh', ['-c', 'basename "$PWD"'], { cwd: __dirname })));
  console.log('cwd URL:', await output(spawn('sh', ['-c', 'basename "$PWD"'], { cwd: pathToFileURL(path.join(__dirname, 'fixtures')) })));
  console.log('env replaced:', await output(spawn('sh', ['-c', 'echo "[$ONLY_THIS] [$HOME]"'], {
    env: { ONLY_THIS: 'set', PATH: process.env.PATH },
  })));
  const inherited = Object.create({ FROM_PROTO: 'proto' });
  inherited.OWN = 'own';
  console.log('env prototype keys:', await output(spawn('/bin/sh', ['-c', 'echo "$OWN $FROM_PROTO"'], { env: inherited })));
  console.log('shell true:', await output(spawn('echo $((2 + 3)) "$0"', { shell: true })));
  console.log('shell path:', await output(spawn('echo', ['a', '"b c"'], { shell: '/bin/sh' })));
  console.log('argv0:', await output(spawn('sh', ['-c', 'echo "$0"'], { argv0: 'custom-name' })));
  console.log('args with spaces:', await output(spawn('sh', ['-c', 'for a in "$@"; do echo "<$a>"; done', 'x', 'two words', ''])));

  // A detached child leads a session of its own: its session id is its pid.
  const detached = spawn('sh', ['-c', 'read -r _ _ _ _ _ sid _ < /proc/$$/stat; [ "$sid" = "$$" ] && echo leader || echo member'], { detached: true });
  console.log('detached:', await output(detached));
  const attached = spawn('sh', ['-c', 'read -r _ _ _ _ _ sid _ < /proc/$$/stat; [ "$sid" = "$$" ] && echo leader || echo member']);
  console.log('attached:', await output(attached));

  let child = spawn('sh', ['-c', 'echo to-nowhere; echo err-to-nowhere >&2'], { stdio: 'ignore' });
  console.log('ignore: stdio', child.stdio, await output(child));
  child = spawn('sh', ['-c', 'exit 0'], { stdio: 'inherit' });
  console.log('inherit: streams', child.stdin, child.stdout, child.stderr, await output(child));
  child = spawn('sh', ['-c', 'echo out; echo err >&2'], { stdio: ['ignore', 'pipe', 'ignore'] });
  console.log('mixed: stdin', child.stdin, 'stderr', child.stderr, await output(child));
  // stderr has a pipe of its own: stdout carries only stdout.
  child = spawn('sh', ['-c', 'echo one; echo two >&2'], { stdio: ['ignore', 'pipe', 'pipe'] });
  console.log('stderr apart:', await output(child));
  child = spawn('sh', ['-c', 'echo via-fd-3 >&3; echo via-fd-1'], { stdio: ['ignore', 'pipe', 'ignore', 'pipe'] });
  let fd3 = '';
  child.stdio[3].setEncoding('utf8');
  child.stdio[3].on('data', (d) => { fd3 += d; });
  console.log('extra pipe: stdio length', child.stdio.length, await output(child), 'fd 3', JSON.stringify(fd3));
  child = spawn('sh', ['-c', 'echo "[$(cat)]"'], { stdio: ['pipe', 'pipe', 2] });
  child.stdin.end('fed');
  console.log('numbers in stdio:', await output(child));

  // Nobody reads the output: the child still exits and closes.
  child = spawn('sh', ['-c', 'head -c 60000 /dev/zero']);
  const exited = await new Promise((resolve) => child.on('close', (code) => resolve(code)));
  console.log('unread output: closed with', exited);

  // unref(): the parent does not wait for the child.
  child = spawn('sleep', ['30'], { stdio: 'ignore', detached: true });
  child.unref();
  process.on('exit', () => {
    console.log('parent exits while the unref()ed child runs:', child.exitCode, child.signalCode);
    child.kill('SIGKILL');
  });
})();
