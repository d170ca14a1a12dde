// console.assert prints 'Assertion failed' to stderr only when the condition is falsy.
console.assert(true, 'not printed');
console.assert(1, 'not printed either');
console.assert(false, 'x');
console.assert(0, 'with %s', 'format');
console.assert(false);
console.assert(null, { obj: 1 });
console.log('assert never throws');
