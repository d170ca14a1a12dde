// console.log/info/debug go to stdout; console.error/warn go to stderr.
console.log('log to stdout');
console.info('info to stdout');
console.debug('debug to stdout');
console.error('error to stderr');
console.warn('warn to stderr');
console.error('error with %s and object', 'format', { x: 1 });
console.log('last stdout line');
