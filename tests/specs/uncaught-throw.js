// An uncaught Error ends the process with code 1 and reports file:line and 'Error: boom' on stderr.
console.log('before throw');
throw new Error('boom');
