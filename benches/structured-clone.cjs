// structuredClone: a medium object (1,000 records with strings, numbers, arrays, Dates, and a Map index) and a small one.
const now = () => Number(process.hrtime.bigint()) / 1e6;
const N = +(process.argv[2] || 500);
const users = Array.from({ length: 1000 }, (_, i) => ({
  id: i, name: 'user' + i, email: `user${i}@example.com`, score: i * 1.5, active: i % 2 === 0,
  tags: ['a', 'b', 'c'].slice(0, 1 + (i % 3)), joined: new Date(1e12 + i * 864e5),
}));
const medium = { users, index: new Map(users.map((u) => [u.name, u.id])), meta: { total: users.length, nested: { deep: [1, 2, 3] } } };
const small = { i: 1, s: 'ping', a: [1, 2, 3] };
function check(c) {
  if (c === medium || c.users.length !== 1000 || c.users[999].email !== 'user999@example.com') throw new Error('bad clone');
  if (!(c.users[5].joined instanceof Date) || c.index.get('user7') !== 7) throw new Error('bad clone types');
}
function time(obj, n) {
  let c; const t = now();
  for (let i = 0; i < n; i++) c = structuredClone(obj);
  return { c, us: (now() - t) * 1000 / n };
}
for (let i = 0; i < 20; i++) check(structuredClone(medium)); // warm up
const m = time(medium, N); check(m.c);
const s = time(small, N * 200); if (s.c.a[2] !== 3) throw new Error('bad small clone');
console.log(JSON.stringify({ bench: 'structured-clone', medium_us_per_clone: +m.us.toFixed(1), small_us_per_clone: +s.us.toFixed(3) }));
