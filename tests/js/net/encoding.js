'use strict';
// setEncoding on a socket (multi-byte characters split across writes come
// out whole), pause()/resume() (no 'data' while paused, nothing lost),
// isPaused, and reading with 'readable' + read().
const net = require('net');

const text = 'héllo wörld — 日本語 ✓';
const bytes = Buffer.from(text);

const server = net.createServer((socket) => {
  // Split inside multi-byte characters.
  let i = 0;
  const step = () => {
    if (i >= bytes.length) return socket.end();
    socket.write(bytes.subarray(i, i + 3));
    i += 3;
    setTimeout(step, 1);
  };
  step();
});

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  // 1. setEncoding('utf8'): strings, never a broken character.
  await new Promise((resolve) => {
    const client = net.connect(port, '127.0.0.1');
    client.setEncoding('utf8');
    let got = '';
    let allStrings = true;
    client.on('data', (d) => { if (typeof d !== 'string') allStrings = false; got += d; });
    client.on('end', () => {
      console.log('utf8:', got === text, allStrings, JSON.stringify(got));
      resolve();
    });
  });
  // 2. pause()/resume(): data waits while paused.
  await new Promise((resolve) => {
    const client = net.connect(port, '127.0.0.1');
    const chunks = [];
    let dataWhilePaused = 0;
    let paused = false;
    client.on('data', (d) => {
      if (paused) dataWhilePaused++;
      chunks.push(d);
      if (chunks.length === 1) {
        client.pause();
        paused = true;
        console.log('paused, isPaused', client.isPaused());
        // Wait until more has arrived (and stayed buffered), then resume.
        const wait = setInterval(() => {
          if (client.readableLength === 0 && !client.readableEnded) return;
          clearInterval(wait);
          paused = false;
          console.log('resuming, buffered bytes waiting', client.readableLength > 0);
          client.resume();
        }, 5);
      }
    });
    client.on('end', () => {
      console.log('pause/resume:', Buffer.concat(chunks).equals(bytes), 'data while paused', dataWhilePaused);
      resolve();
    });
  });
  // 3. 'readable' and read(): hex encoding.
  await new Promise((resolve) => {
    const client = net.connect(port, '127.0.0.1');
    client.setEncoding('hex');
    let hex = '';
    client.on('readable', () => {
      let chunk;
      while ((chunk = client.read()) !== null) hex += chunk;
    });
    client.on('end', () => {
      console.log('hex via read():', hex === bytes.toString('hex'));
      resolve();
    });
  });
  server.close(() => console.log('done'));
});
