'use strict';
// destroy() and resets: destroy(err) emits 'error' then 'close'(true);
// destroy() alone only 'close'(false); a peer that resets the connection
// (resetAndDestroy) gives ECONNRESET as node reports it; writes after
// destroy fail with ERR_STREAM_DESTROYED; destroySoon waits for writes.
const net = require('net');

function withServer(onConnection) {
  return new Promise((resolve) => {
    const server = net.createServer(onConnection);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

function events(socket, label) {
  const log = [];
  socket.on('error', (e) => log.push(`error ${e.code || e.name} ${e.syscall || ''} ${e.message}`));
  return new Promise((resolve) => socket.on('close', (hadError) => {
    log.push(`close ${hadError}`);
    console.log(label);
    for (const line of log) console.log('  ', line);
    resolve();
  }));
}

(async () => {
  // destroy(err) and destroy().
  let server = await withServer((s) => s.resume());
  let port = server.address().port;
  let client = net.connect(port, '127.0.0.1');
  await new Promise((r) => client.on('connect', r));
  let done = events(client, 'destroy(err)');
  client.destroy(new Error('boom'));
  console.log('destroyed right away', client.destroyed, client.readyState);
  await done;
  client = net.connect(port, '127.0.0.1');
  await new Promise((r) => client.on('connect', r));
  done = events(client, 'destroy()');
  client.destroy();
  client.write('after', (err) => console.log('write after destroy:', err.code));
  await done;
  // destroy before connecting finished.
  client = net.connect(port, '127.0.0.1');
  client.on('connect', () => console.log('never connects'));
  done = events(client, 'destroy() while connecting');
  client.destroy();
  await done;
  await new Promise((r) => server.close(r));

  // The server resets the connection: the client reads ECONNRESET.
  server = await withServer((s) => {
    s.once('data', () => s.resetAndDestroy());
  });
  port = server.address().port;
  client = net.connect(port, '127.0.0.1', () => client.write('hello'));
  client.resume();
  await events(client, 'peer reset');
  await new Promise((r) => server.close(r));

  // destroySoon: what was written still arrives.
  const received = [];
  let serverEnded;
  const ended = new Promise((r) => { serverEnded = r; });
  server = await withServer((s) => {
    s.setEncoding('utf8');
    s.on('data', (d) => received.push(d));
    s.on('end', serverEnded);
  });
  client = net.connect(server.address().port, '127.0.0.1', () => {
    client.write('first ');
    client.write('second');
    client.destroySoon();
  });
  await events(client, 'destroySoon');
  await ended;
  console.log('server received', JSON.stringify(received.join('')));
  await new Promise((r) => server.close(r));

  // resetAndDestroy on a socket that never connected.
  const idle = new net.Socket();
  idle.on('error', (e) => console.log('resetAndDestroy unconnected:', e.code, e.message));
  idle.resetAndDestroy();
})();
