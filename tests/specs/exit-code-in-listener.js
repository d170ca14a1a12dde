// Setting process.exitCode inside an 'exit' listener changes the final exit code (to 5).
process.on('exit', (code) => {
  console.log('exit', code);
  process.exitCode = 5;
});
console.log('main done');
