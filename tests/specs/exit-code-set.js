// process.exitCode = 4 with a natural exit: the process ends with 4 after 'beforeExit' and 'exit'.
process.exitCode = 4;
process.on('beforeExit', (code) => console.log('beforeExit', code));
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => console.log('timer still runs'), 1);
console.log('main done');
