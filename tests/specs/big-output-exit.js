// 10000 console.log lines followed at once by process.exit(0): all of stdout must still arrive.
for (let i = 0; i < 10000; i++) {
  console.log(`line ${i}:${'x'.repeat(i % 50)}`);
}
process.exit(0);
