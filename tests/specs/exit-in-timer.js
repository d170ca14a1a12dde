// process.exit(3) inside a timer: exit code 3, 'exit' listeners run, nothing after exit() runs.
process.on('exit', (code) => console.log('exit listener', code, process.exitCode));
process.on('beforeExit', () => console.log('beforeExit must not run on explicit exit'));
setTimeout(() => {
  console.log('in timer');
  process.exit(3);
  console.log('after exit() must not print');
}, 1);
setTimeout(() => console.log('later timer must not run'), 20);
Promise.resolve().then(() => console.log('microtask before the timer runs'));
