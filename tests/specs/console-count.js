// console.count and console.countReset with default and named labels.
console.count();
console.count();
console.count('apples');
console.count('apples');
console.count('default');
console.countReset('apples');
console.count('apples');
console.countReset();
console.count();
console.count(42);
