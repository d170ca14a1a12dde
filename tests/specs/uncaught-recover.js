// An 'uncaughtException' listener recovers: the process keeps running and exits 0.
process.on('uncaughtException', (err, origin) => {
  console.log('caught:', err.message, '| origin:', origin);
});
setTimeout(() => {
  console.log('timer 1 throws');
  throw new Error('from timer');
}, 1);
setTimeout(() => console.log('timer 2 still runs'), 10);
process.on('exit', (code) => console.log('exit', code));
console.log('main throws next');
throw new Error('from main');
