'use strict';
// Connecting where nobody listens: 'error' (ECONNREFUSED, as node reports
// it) then 'close' with hadError true; never 'connect'. The same for a
// Unix socket path that does not exist (ENOENT).
const net = require('net');
const path = require('path');
const os = require('os');

function attempt(label, connectArgs, port) {
  return new Promise((resolve) => {
    const events = [];
    const socket = net.connect(...connectArgs);
    socket.on('connect', () => events.push('connect'));
    socket.on('error', (err) => {
      const shown = port ? err.message.replace(String(port), 'PORT') : err.message;
      events.push(`error ${err.code} ${err.errno} ${err.syscall} ${shown}`);
      events.push(`error.address ${err.address === undefined ? 'undefined' : 'set'} port ${err.port === port}`);
      events.push(`destroyed ${socket.destroyed} readyState ${socket.readyState}`);
    });
    socket.on('close', (hadError) => {
      events.push(`close ${hadError}`);
      console.log(label);
      for (const e of events) console.log('  ', e);
      resolve();
    });
  });
}

// A port that was free a moment ago.
const probe = net.createServer().listen(0, '127.0.0.1', async () => {
  const port = probe.address().port;
  await new Promise((resolve) => probe.close(resolve));
  await attempt('tcp', [port, '127.0.0.1'], port);
  await attempt('tcp options', [{ port, host: '127.0.0.1' }], port);
  const missing = path.join(os.tmpdir(), `spindle-net-missing-${process.pid}.sock`);
  const events = [];
  const socket = net.connect(missing);
  socket.on('error', (err) => events.push(`error ${err.code} ${err.syscall} ${err.address === missing} ${err.message === `connect ENOENT ${missing}`}`));
  socket.on('close', (hadError) => {
    console.log('unix');
    for (const e of events) console.log('  ', e);
    console.log('   close', hadError);
  });
});
