'use strict';
// spawnSync, execSync and execFileSync: the result object (status, signal,
// output, stdout/stderr, error), input, encodings, timeout, maxBuffer, a
// missing program, and execSync's errors and stderr passthrough.
const cp = require('child_process');
const path = require('path');

function showResult(label, r) {
  const view = (v) => (v === null || v === undefined ? v : Buffer.isBuffer(v) ? `Buffer(${JSON.stringify(String(v))})` : JSON.stringify(v));
  console.log(label, 'keys', Object.keys(r).join(','));
  console.log(label, 'status', r.status, 'signal', r.signal, 'pid>0', r.pid > 0,
    'output', r.output && r.output.map(view).join('|'), 'stdout', view(r.stdout), 'stderr', view(r.stderr));
  if (r.error) {
    console.log(label, 'error', r.error.message, r.error.code, r.error.errno, r.error.syscall, r.error.path,
      JSON.stringify(r.error.spawnargs));
  }
}

showResult('plain', cp.spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 2']));
showResult('input', cp.spawnSync('tr', ['a-z', 'A-Z'], { input: 'make me loud\n' }));
showResult('input buffer', cp.spawnSync('cat', [], { input: Buffer.from([104, 105]) }));
showResult('input typed array', cp.spawnSync('cat', { input: new Uint8Array([111, 107]) }));
showResult('encoding', cp.spawnSync('sh', ['-c', 'printf "\\303\\251"; printf x >&2'], { encoding: 'utf8' }));
showResult('shell', cp.spawnSync('echo $((6 * 7))', { shell: true, encoding: 'utf8' }));
showResult('cwd env', cp.spawnSync('sh', ['-c', 'echo "$WHO in $(basename "$PWD")"'], {
  cwd: __dirname, env: { PATH: process.env.PATH, WHO: 'me' }, encoding: 'utf8',
}));
showResult('stdio inherit', cp.spawnSync('sh', ['-c', 'exit 0'], { stdio: 'inherit' }));
showResult('stdio ignore', cp.spawnSync('sh', ['-c', 'echo gone'], { stdio: 'ignore' }));
showResult('signal', cp.spawnSync('sh', ['-c', 'kill -KILL $$']));
showResult('timeout', cp.spawnSync('sleep', ['30'], { timeout: 50 }));
showResult('timeout killSignal', cp.spawnSync('sleep', ['30'], { timeout: 50, killSignal: 'SIGINT' }));
const overflow = cp.spawnSync('sh', ['-c', 'printf 0123456789; sleep 30'], { maxBuffer: 5 });
console.log('maxBuffer', overflow.error.code, overflow.error.message, overflow.signal, overflow.status,
  'kept at least the limit', overflow.stdout.length >= 5);
showResult('missing', cp.spawnSync('nosuchcmd_xyz', ['a']));
showResult('missing cwd', cp.spawnSync('sh', { cwd: path.join(__dirname, 'nowhere') }));

console.log('execSync:', JSON.stringify(cp.execSync('echo run by the shell').toString()));
console.log('execSync encoding:', JSON.stringify(cp.execSync('echo text', { encoding: 'utf8' })));
console.log('execSync input:', JSON.stringify(cp.execSync('cat', { input: 'fed in', encoding: 'utf8' })));
console.log('execFileSync:', JSON.stringify(cp.execFileSync('echo', ['x', 'y'], { encoding: 'utf8' })));
console.log('execFileSync options only:', JSON.stringify(cp.execFileSync('pwd', { cwd: '/', encoding: 'utf8' })));

function showThrown(label, fn) {
  try {
    fn();
    console.log(label, 'did not throw');
  } catch (err) {
    console.log(label, err.name, JSON.stringify(err.message), 'status', err.status, 'signal', err.signal,
      'stdout', JSON.stringify(String(err.stdout)), 'stderr', JSON.stringify(String(err.stderr)), 'code', err.code);
    console.log(label, 'keys', Object.keys(err).join(','));
  }
}
showThrown('execSync fails', () => cp.execSync('echo some; echo trouble >&2; exit 3', { stdio: 'pipe' }));
try {
  cp.execSync('nosuchcmd_xyz', { stdio: 'pipe' });
} catch (err) {
  // (The shell's own words differ between shells: not printed.)
  console.log('execSync missing: status', err.status, 'stderr names it', String(err.stderr).includes('nosuchcmd_xyz'),
    'message starts', JSON.stringify(err.message.split('\n')[0]));
}
showThrown('execFileSync fails', () => cp.execFileSync('sh', ['-c', 'exit 9'], { stdio: 'pipe' }));
showThrown('execFileSync missing', () => cp.execFileSync('nosuchcmd_xyz', ['q']));
showThrown('execSync timeout', () => cp.execSync('sleep 30', { timeout: 50, stdio: 'pipe' }));
showThrown('spawnSync ipc', () => cp.spawnSync('sh', { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] }));
showThrown('spawnSync bad input', () => cp.spawnSync('cat', { input: 5 }));

// The passthrough: run a script (under this same runtime) and look at what
// reached its stderr.
const nested = cp.spawnSync(process.execPath, [path.join(__dirname, 'fixtures', 'exec-sync-stderr.js')], { encoding: 'utf8' });
console.log('nested status', nested.status);
console.log('nested stdout', JSON.stringify(nested.stdout));
console.log('nested stderr', JSON.stringify(nested.stderr));
