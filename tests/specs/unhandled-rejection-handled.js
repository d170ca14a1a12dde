// An 'unhandledRejection' listener takes over: no crash, exit 0; a late .catch() fires 'rejectionHandled'.
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandledRejection:', reason instanceof Error ? reason.message : reason, promise instanceof Promise);
});
process.on('rejectionHandled', (promise) => console.log('rejectionHandled', promise === late));
Promise.reject(new Error('first'));
Promise.reject('second');
const late = Promise.reject(new Error('late'));
setTimeout(() => late.catch(() => console.log('late catch ran')), 10);
process.on('exit', (code) => console.log('exit', code));
