'use strict';
// Node 20's exact messages for missing or wrong arguments to port methods.
const { MessageChannel, receiveMessageOnPort, BroadcastChannel } = require('worker_threads');

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'no throw');
  } catch (err) {
    console.log(label, `${err.name} ${err.code}: ${err.message}`);
  }
}

const { port1 } = new MessageChannel();
attempt('port.postMessage()', () => port1.postMessage());
attempt('receiveMessageOnPort({})', () => receiveMessageOnPort({}));
attempt('receiveMessageOnPort()', () => receiveMessageOnPort());
attempt('receiveMessageOnPort(1)', () => receiveMessageOnPort(1));
const bc = new BroadcastChannel('args');
attempt('broadcast.postMessage()', () => bc.postMessage());
attempt('new BroadcastChannel()', () => new BroadcastChannel());
bc.close();
port1.close();
