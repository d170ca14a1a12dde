'use strict';
// What keeps the process alive: a listening server does, an unref()'d one
// does not (the process ends with it still listening); ref() undoes
// unref(); a server that never listened holds nothing.
const http = require('http');

const kept = http.createServer();
kept.listen(0, () => {
  console.log('listening', kept.listening);
  kept.unref();
  kept.ref();
  setTimeout(() => {
    console.log('still here after ref');
    kept.unref();
    process.on('exit', () => console.log('exit while still listening', kept.listening));
  }, 30);
});
http.createServer();
