'use strict';
// Ending children: kill() with names, numbers and the default SIGTERM;
// exitCode/signalCode/killed as node reports them; kill() after the end;
// a child killed by a signal it sent itself; the `timeout` and
// `killSignal` options; an AbortSignal; process.kill.
const { spawn } = require('child_process');

function ended(child) {
  return new Promise((resolve) => {
    const log = [];
    child.on('error', (err) => log.push(`error ${err.name} ${err.code} cause=${err.cause && err.cause.message}`));
    child.on('exit', (code, signal) => log.push(`exit ${code} ${signal}`));
    child.on('close', (code, signal) => {
      log.push(`close ${code} ${signal}`);
      resolve(`${log.join(', ')} | exitCode=${child.exitCode} signalCode=${child.signalCode} killed=${child.killed}`);
    });
  });
}

// A child that waits (without a shell in between, so the signal reaches it).
const sleeper = () => spawn('sleep', ['30']);

(async () => {
  let child = sleeper();
  console.log('kill() returns', child.kill());
  console.log('default:', await ended(child));

  child = sleeper();
  console.log('kill(SIGKILL) returns', child.kill('SIGKILL'));
  console.log('SIGKILL:', await ended(child));

  child = sleeper();
  console.log('kill(2) returns', child.kill(2));
  console.log('number 2:', await ended(child));

  child = sleeper();
  console.log('kill(sigusr1) returns', child.kill('sigusr1'));
  console.log('lower case name:', await ended(child));

  child = sleeper();
  console.log('kill(0) returns', child.kill(0), 'killed', child.killed);
  child.kill('SIGHUP');
  console.log('after kill(0):', await ended(child));

  child = spawn('sh', ['-c', 'exit 7']);
  console.log('exited by itself:', await ended(child));
  console.log('kill after exit returns', child.kill(), 'killed', child.killed);

  child = spawn('sh', ['-c', 'kill -TERM $$']);
  console.log('killed itself:', await ended(child));

  child = spawn('sleep', ['30'], { timeout: 50 });
  console.log('timeout:', await ended(child));

  child = spawn('sleep', ['30'], { timeout: 50, killSignal: 'SIGINT' });
  console.log('timeout with killSignal:', await ended(child));

  child = spawn('sh', ['-c', 'exit 0'], { timeout: 10000 });
  console.log('finished before its timeout:', await ended(child));

  const controller = new AbortController();
  child = spawn('sleep', ['30'], { signal: controller.signal });
  setTimeout(() => controller.abort(new Error('enough')), 20);
  console.log('aborted:', await ended(child));

  child = spawn('sleep', ['30'], { signal: AbortSignal.abort(), killSignal: 'SIGKILL' });
  console.log('already aborted:', await ended(child));

  // process.kill: signals any process by pid.
  child = sleeper();
  console.log('process.kill returns', process.kill(child.pid, 'SIGUSR2'));
  console.log('process.kill:', await ended(child));
  for (const args of [['x'], [1.5], [99999999, 0], [process.pid, 'FOO'], [process.pid, 'sigterm'], [99999999], [process.pid, 1000]]) {
    try {
      console.log('process.kill', JSON.stringify(args.slice(1)), process.kill(...args));
    } catch (err) {
      console.log('process.kill', JSON.stringify(args.slice(1)), err.name, err.code, err.errno, err.syscall, err.message);
    }
  }
  console.log('process.kill(self, 0):', process.kill(process.pid, 0));
})();
