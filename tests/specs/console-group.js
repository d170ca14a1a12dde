// console.group/groupEnd indent following output by two spaces per level, including multi-line values.
console.log('level 0');
console.group('Group A');
console.log('level 1');
console.group();
console.log({ multi: 'line', object: { with: ['enough', 'keys', 'to', 'wrap'], more: 'text'.repeat(10) } });
console.groupEnd();
console.groupCollapsed('Collapsed');
console.log('still indented');
console.groupEnd();
console.groupEnd();
console.groupEnd(); // extra groupEnd is harmless
console.log('back to level 0');
