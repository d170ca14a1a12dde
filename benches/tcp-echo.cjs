// TCP echo over loopback: a client streams 512 MiB (64 KiB writes, honouring backpressure) through an echo server (socket.pipe(socket)) and reads it all back; MB/s of payload.
const net = require('net');
const now = () => Number(process.hrtime.bigint()) / 1e6;
const MiB = 1024 * 1024;
const TOTAL = +(process.argv[2] || 512) * MiB;
const CHUNK = Buffer.alloc(64 * 1024, 'x');
const server = net.createServer((s) => s.pipe(s));
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  let sent = 0, received = 0, t;
  const pump = () => {
    while (sent < TOTAL) {
      sent += CHUNK.length;
      if (!client.write(CHUNK)) return client.once('drain', pump);
    }
    client.end();
  };
  client.on('connect', () => { t = now(); pump(); });
  client.on('data', (d) => { received += d.length; });
  client.on('end', () => {
    const dt = now() - t;
    if (received !== TOTAL) throw new Error(`echoed ${received} of ${TOTAL} bytes`);
    console.log(JSON.stringify({ bench: 'tcp-echo', ms: +dt.toFixed(1), mb_per_s: Math.round(TOTAL / MiB / dt * 1000) }));
    server.close();
  });
});
