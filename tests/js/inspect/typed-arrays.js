// util.inspect of typed arrays, ArrayBuffer, SharedArrayBuffer and DataView.
'use strict';
const { inspect } = require('util');

function show(value, options) {
  console.log(options === undefined ? inspect(value) : inspect(value, options));
}

show(new Uint8Array(0));
show(new Uint8Array([1, 2, 3]));
show(new Int8Array([-1, 0, 127]));
show(new Uint8ClampedArray([0, 255]));
show(new Int16Array([-300, 300]));
show(new Uint16Array([65535]));
show(new Int32Array([-1]));
show(new Uint32Array([4294967295]));
show(new Float32Array([0.5, -0, NaN]));
show(new Float64Array([1.1, Infinity, -Infinity]));
show(new BigInt64Array([1n, -1n]));
show(new BigUint64Array([2n ** 64n - 1n]));
show(new Uint8Array(10));
show(new Uint8Array(30));
show(new Float64Array(Array.from({ length: 12 }, (_, i) => i / 4)));
show(new BigInt64Array(Array.from({ length: 9 }, (_, i) => BigInt(i * 100))));
show(new Uint8Array(150));
show(new Uint8Array(5), { maxArrayLength: 2 });
show(new Uint16Array([1234, 5678]), { numericSeparator: true });
show(new Uint8Array([1, 2]), { showHidden: true });
show(new Uint8Array(0), { showHidden: true });
show(new Int16Array(new ArrayBuffer(8), 2, 2), { showHidden: true });
const withKey = new Uint8Array(2);
withKey.extra = 'x';
show(withKey);
const emptyWithKey = new Uint8Array(0);
emptyWithKey.extra = 'x';
show(emptyWithKey);
show({ a: { b: { c: new Uint8Array(3) } } });
show({ bytes: new Uint8Array([1, 2, 3]) }, { depth: 0 });
class MyBytes extends Uint8Array {}
show(new MyBytes(3));
show(Object.setPrototypeOf(new Uint8Array([7, 8]), null));
show(Object.setPrototypeOf(new Float32Array(0), null));

// ArrayBuffer.
show(new ArrayBuffer(0));
show(new ArrayBuffer(4));
show(new Uint8Array([0, 1, 15, 16, 255]).buffer);
show(new ArrayBuffer(120));
show(new ArrayBuffer(10), { maxArrayLength: 3 });
show(new ArrayBuffer(4), { maxArrayLength: 1 });
show({ buf: new ArrayBuffer(2) });
show({ a: { b: { buf: new ArrayBuffer(2) } } });
const bufWithKey = new ArrayBuffer(1);
bufWithKey.note = 'n';
show(bufWithKey);
class MyBuffer extends ArrayBuffer {}
show(new MyBuffer(2));
if (typeof SharedArrayBuffer === 'function') {
  show(new SharedArrayBuffer(3));
}

// DataView.
show(new DataView(new ArrayBuffer(3)));
show(new DataView(new ArrayBuffer(8), 2, 4));
show({ view: new DataView(new ArrayBuffer(1)) });
show({ a: { view: new DataView(new ArrayBuffer(1)) } });
show({ a: { b: { view: new DataView(new ArrayBuffer(1)) } } });
