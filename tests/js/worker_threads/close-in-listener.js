'use strict';
// A port closed from inside its own 'message' listener still delivers the
// messages that were already queued (node 20), then both ends emit 'close'.
const { MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
const seen = [];
port2.on('message', (m) => {
  seen.push(m);
  if (m === 2) port2.close();
});
for (let i = 1; i <= 5; i++) port1.postMessage(i);
const closes = [];
// port1 has no listener, so it does not hold the loop open for its 'close'.
const keepAlive = setInterval(() => {}, 1000);
const onClose = (name) => () => {
  closes.push(name);
  if (closes.length === 2) {
    console.log('received', JSON.stringify(seen), 'closes', closes.sort().join(','));
    clearInterval(keepAlive);
  }
};
port1.on('close', onClose('port1'));
port2.on('close', onClose('port2'));
