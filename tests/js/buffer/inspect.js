// How Buffers print: `<Buffer 68 69>`, at most INSPECT_MAX_BYTES bytes then
// `... N more bytes`, extra own properties after the bytes, subclasses by
// their constructor's name.
'use strict';
const util = require('util');
const buffer = require('buffer');
const { Buffer } = buffer;

console.log(Buffer.from('hi'));
console.log(Buffer.alloc(0));
console.log(Buffer.from('hello world'));
console.log([Buffer.from([1, 2, 3]), { nested: Buffer.from([255]) }]);
console.log(Buffer.alloc(50, 1));
console.log(Buffer.alloc(51, 2));
console.log(Buffer.alloc(52, 3));
console.log(Buffer.alloc(300, 'abc'));
console.log(Buffer.from('abcdef').subarray(2, 4));
console.log(util.inspect(Buffer.from('xyz')));
console.log(`${util.inspect(Buffer.from([0, 15, 16, 255]))}`);
console.log(util.format('%o | %O | %s', Buffer.from('a'), Buffer.from('b'), Buffer.from('c')));

// Extra properties.
const extra = Buffer.from('ab');
extra.note = 'x';
extra.count = 2;
console.log(extra);
const hidden = Buffer.from('c');
Object.defineProperty(hidden, 'secret', { value: 1, enumerable: false });
console.log(hidden);
console.log(util.inspect(hidden, { showHidden: true }));
const emptyExtra = Buffer.alloc(0);
emptyExtra.tag = true;
console.log(emptyExtra);

// INSPECT_MAX_BYTES is a live setting.
console.log(buffer.INSPECT_MAX_BYTES);
buffer.INSPECT_MAX_BYTES = 4;
console.log(Buffer.from('abcdefgh'), Buffer.from('abcde'), Buffer.from('abcd'));
buffer.INSPECT_MAX_BYTES = 0;
console.log(Buffer.from('ab'));
for (const bad of [-1, '3', NaN, null]) {
  try {
    buffer.INSPECT_MAX_BYTES = bad;
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
buffer.INSPECT_MAX_BYTES = 50;

// The inspect method itself.
console.log(Buffer.from('zz').inspect());
console.log(typeof Buffer.prototype[Symbol.for('nodejs.util.inspect.custom')]);
console.log(Buffer.prototype.inspect === Buffer.prototype[Symbol.for('nodejs.util.inspect.custom')]);

// Subclasses print their own name.
class MyBuffer extends Buffer {}
const mine = Buffer.from('ok');
Object.setPrototypeOf(mine, MyBuffer.prototype);
console.log(mine);
