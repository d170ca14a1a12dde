'use strict';
// MessageChannel and MessagePort on one thread: delivery order, queueing
// until start, on/once/onmessage/addEventListener, close on both ends,
// posting after close, and receiveMessageOnPort.
const assert = require('assert');
const { MessageChannel, MessagePort, receiveMessageOnPort } = require('worker_threads');

function attempt(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (err) {
    console.log(label, `${err.name} ${err.code}: ${err.message}`);
  }
}

const steps = [];
function step(name, fn) { steps.push([name, fn]); }
function next() {
  const item = steps.shift();
  if (item) {
    console.log(`--- ${item[0]}`);
    item[1](next);
  }
}

step('basics', (done) => {
  const ch = new MessageChannel();
  console.log('ports are MessagePort', ch.port1 instanceof MessagePort, ch.port2 instanceof MessagePort,
    'distinct', ch.port1 !== ch.port2);
  console.log('is an EventEmitter', typeof ch.port1.on, typeof ch.port1.emit);
  attempt('new MessagePort()', () => new MessagePort());
  const got = [];
  ch.port2.on('message', (m) => {
    got.push(m);
    if (got.length === 4) {
      console.log('in order', JSON.stringify(got));
      ch.port1.close();
    }
  });
  ch.port1.postMessage(1);
  ch.port1.postMessage('two');
  ch.port1.postMessage({ three: [3] });
  ch.port1.postMessage(undefined);
  console.log('nothing delivered synchronously', got.length);
  const closes = [];
  ch.port1.on('close', () => closes.push('port1'));
  ch.port2.on('close', () => {
    closes.push('port2');
    setImmediate(() => {
      console.log('close events', closes.join(','));
      done();
    });
  });
});

step('both directions, once', (done) => {
  const { port1, port2 } = new MessageChannel();
  const seen = [];
  let pending = 2;
  const finish = () => {
    if (--pending > 0) return;
    console.log(seen.join(' | '));
    console.log('once listener removed', port1.listenerCount('message'));
    port2.close();
    done();
  };
  port1.once('message', (m) => {
    seen.push(`port1 once ${m}`);
    finish();
  });
  port2.on('message', (m) => {
    seen.push(`port2 got ${m}`);
    port2.postMessage(`reply ${m}`);
    if (m === 'b') finish();
  });
  port1.postMessage('a');
  port1.postMessage('b');
});
step('queued until start', (done) => {
  // Messages wait in the port until a 'message' listener starts it.
  const { port1, port2 } = new MessageChannel();
  port1.postMessage('queued 1');
  port1.postMessage('queued 2');
  const seen = [];
  setTimeout(() => {
    console.log('before listener', seen.length);
    port2.on('message', (m) => {
      seen.push(m);
      if (seen.length === 2) {
        console.log('after listener', JSON.stringify(seen));
        port1.close();
        done();
      }
    });
  }, 20);
});
step('onmessage and addEventListener', (done) => {
  const { port1, port2 } = new MessageChannel();
  const seen = [];
  console.log('onmessage initially', port2.onmessage);
  port2.onmessage = function (event) {
    seen.push(`onmessage ${event.constructor.name} type=${event.type} data=${JSON.stringify(event.data)} this=${this === port2} target=${event.target === port2}`);
  };
  console.log('onmessage is the function', typeof port2.onmessage);
  const listener = (event) => seen.push(`listener ${event.data.n}`);
  port2.addEventListener('message', listener);
  const onceListener = (event) => seen.push(`once listener ${event.data.n}`);
  port2.addEventListener('message', onceListener, { once: true });
  const handlerObject = { handleEvent(event) { seen.push(`handleEvent ${event.data.n} ${this === handlerObject}`); } };
  port2.addEventListener('message', handlerObject);
  // Added last, so it runs after the others for each message.
  port2.addEventListener('message', (event) => {
    if (event.data.n === 2) {
      port2.removeEventListener('message', listener);
      port2.removeEventListener('message', handlerObject);
      port2.onmessage = null;
      console.log('onmessage after null', port2.onmessage);
      port1.postMessage({ n: 3 });
    } else if (event.data.n === 3) {
      for (const line of seen) console.log(line);
      port1.close();
      done();
    }
  });
  port1.postMessage({ n: 1 });
  port1.postMessage({ n: 2 });
});
step('post after close, close twice', (done) => {
  const { port1, port2 } = new MessageChannel();
  const seen = [];
  port2.on('message', (m) => seen.push(m));
  port1.postMessage('before close');
  let closeCount = 0;
  let closes = 0;
  const finish = () => {
    if (++closes < 2) return;
    attempt('post on closed port', () => port1.postMessage('after close'));
    attempt('post on other closed end', () => port2.postMessage('after close'));
    attempt('close again', () => port1.close());
    setImmediate(() => {
      console.log('received', JSON.stringify(seen), 'port1 close events', closeCount);
      done();
    });
  };
  port1.on('close', () => { closeCount++; finish(); });
  port2.on('close', finish);
  port1.close();
  attempt('post right after close', () => port1.postMessage('ignored'));
});
step('receiveMessageOnPort', (done) => {
  const { port1, port2 } = new MessageChannel();
  console.log('empty', receiveMessageOnPort(port2));
  port1.postMessage({ a: 1 });
  port1.postMessage('second');
  port1.postMessage(undefined);
  const r1 = receiveMessageOnPort(port2);
  console.log('first', JSON.stringify(r1), Object.keys(r1).join(','));
  console.log('second', JSON.stringify(receiveMessageOnPort(port2)));
  const r3 = receiveMessageOnPort(port2);
  console.log('third', r3, 'message' in r3);
  console.log('then empty', receiveMessageOnPort(port2));
  try {
    receiveMessageOnPort({});
  } catch (err) {
    console.log('not a port', err.name, err.code); // message: see port-arg-errors.js
  }
  // A message taken synchronously is not also emitted later.
  const seen = [];
  port2.on('message', (m) => {
    seen.push(m);
    if (m === 'z') {
      console.log('emitted', JSON.stringify(seen));
      port1.close();
      done();
    }
  });
  port1.postMessage('x');
  port1.postMessage('y');
  port1.postMessage('z');
  console.log('sync take', JSON.stringify(receiveMessageOnPort(port2)));
});
step('end', () => {
  assert.strictEqual(steps.length, 0);
  console.log('done');
});

next();
