// An unhandled rejection with an Error: exit code 1, 'Error: rejected' on stderr, later timers never run.
console.log('start');
setTimeout(() => console.log('timer must not run'), 50);
Promise.reject(new Error('rejected'));
console.log('sync end');
