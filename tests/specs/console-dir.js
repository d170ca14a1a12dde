// console.dir with depth options, and console.dir of strings (quoted, unlike console.log).
const deep = { l1: { l2: { l3: { l4: 'bottom' } } } };
console.dir(deep);
console.dir(deep, { depth: 0 });
console.dir(deep, { depth: 1 });
console.dir(deep, { depth: null });
console.dir('a string');
console.dir([1, [2, [3, [4]]]], { depth: 1 });
console.dir({ a: 1 }, { colors: false });
