// Throwing a string uncaught from a timer: node's report (the location
// with the caret at `throw`, the value), exit listeners, exit code 1.
console.log('before');
setTimeout(() => {
  throw 'from a timer';
}, 1);
process.on('exit', (code) => console.log('exit', code));
