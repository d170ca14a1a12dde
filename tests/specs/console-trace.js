// console.trace writes 'Trace: <message>' (then stack frames) to stderr; stdout is untouched.
console.log('before trace');
console.trace('msg %d', 1);
console.trace();
console.log('after trace');
