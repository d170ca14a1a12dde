// Several nextTick callbacks that throw: each reaches the 'uncaughtException' handler, in order.
const seen = [];
process.on('uncaughtException', (err, origin) => seen.push(`${err.message}/${origin}`));
process.nextTick(() => { throw new Error('first'); });
process.nextTick(() => { throw new Error('second'); });
process.nextTick(() => seen.push('third ran'));
setTimeout(() => console.log(seen.join('\n')), 5);
