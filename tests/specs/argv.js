// Extra command-line arguments (from argv.args) arrive as process.argv.slice(2), unchanged.
const args = process.argv.slice(2);
console.log('count', args.length);
for (const a of args) console.log(JSON.stringify(a));
