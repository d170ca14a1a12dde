'use strict';
// Large messages both ways, in both serializations: a few MiB cross the
// channel in many reads and arrive whole, in order with small ones.
const { fork } = require('child_process');
const assert = require('assert');
const path = require('path');

const echo = path.join(__dirname, 'fixtures', 'echo.js');

function roundTrip(serialization, messages) {
  return new Promise((resolve) => {
    const child = fork(echo, [], { serialization });
    const back = [];
    child.on('message', (message) => {
      back.push(message.echo);
      if (back.length === messages.length) child.send({ cmd: 'exit' });
    });
    child.on('close', (code) => resolve({ code, back }));
    for (const message of messages) child.send(message);
  });
}

(async () => {
  const text = 'x'.repeat(3 * 1024 * 1024) + 'ünï';
  let { code, back } = await roundTrip('json', ['small', { text }, 'after']);
  console.log('json: exit', code, 'count', back.length, 'first', back[0], 'last', back[2],
    'big text intact', back[1].text === text, 'length', back[1].text.length);

  const bytes = Buffer.alloc(4 * 1024 * 1024);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31) & 0xff;
  const map = new Map([['bytes', bytes], ['numbers', new Float64Array(100000).fill(1.5)]]);
  ({ code, back } = await roundTrip('advanced', ['small', map, 'after']));
  const got = back[1];
  console.log('advanced: exit', code, 'count', back.length, 'first', back[0], 'last', back[2]);
  console.log('advanced: map', got instanceof Map, 'bytes is a Buffer', Buffer.isBuffer(got.get('bytes')),
    'intact', got.get('bytes').equals(bytes), 'numbers', got.get('numbers').length, got.get('numbers')[99999]);
  assert.ok(got.get('bytes').equals(bytes));
})();
