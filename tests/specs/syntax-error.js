// A file that fails to parse: exit code 1, stderr shows file:line and a SyntaxError.
console.log('never printed');
const x = ;
