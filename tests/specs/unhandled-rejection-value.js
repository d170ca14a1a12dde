// An unhandled rejection with a non-Error value: exit code 1 with node's ERR_UNHANDLED_REJECTION text.
console.log('start');
Promise.reject(42);
