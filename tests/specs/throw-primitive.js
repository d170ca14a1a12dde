// Throwing a non-Error value uncaught: exit code 1, the value is reported on stderr.
console.log('before throw');
throw 1;
