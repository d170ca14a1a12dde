// Two cluster workers' net servers listen on port 0 and share one port:
// connections from the primary reach both workers.
const cluster = require('cluster');
const net = require('net');

if (cluster.isPrimary) {
  const ports = new Set();
  let listening = 0;
  for (let i = 0; i < 2; i++) cluster.fork();
  cluster.on('listening', (worker, address) => {
    ports.add(address.port);
    if (++listening < 2) return;
    console.log('workers listening on one port:', ports.size === 1);
    const port = [...ports][0];
    const seen = new Map();
    let done = 0;
    let started = 0;
    const total = 200;
    const next = () => {
      if (started === total) return;
      started++;
      const socket = net.connect(port, '127.0.0.1');
      let text = '';
      socket.setEncoding('utf8');
      socket.on('data', (d) => { text += d; });
      socket.on('end', () => {
        seen.set(text, (seen.get(text) || 0) + 1);
        if (++done === total) {
          console.log('connections answered:', [...seen.values()].reduce((a, b) => a + b, 0));
          console.log('both workers answered:', seen.size === 2);
          for (const w of Object.values(cluster.workers)) w.kill();
        } else {
          next();
        }
      });
    };
    for (let i = 0; i < 8; i++) next();
  });
} else {
  net.createServer((socket) => socket.end(`worker ${cluster.worker.id}`)).listen(0);
}
