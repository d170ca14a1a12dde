'use strict';
// net.isIP / isIPv4 / isIPv6 over a table of inputs (node converts the
// input to a string first).
const net = require('net');

const inputs = [
  '127.0.0.1', '0.0.0.0', '255.255.255.255', '256.0.0.1', '1.2.3', '1.2.3.4.5', '01.2.3.4',
  '1.2.3.04', '1.2.3.-4', '1..3.4', ' 1.2.3.4', '1.2.3.4 ', '1.2.3.4\n', '0x7f.0.0.1',
  '::', '::1', '1::', '::ffff:127.0.0.1', '::ffff:256.0.0.1', '2001:db8::8a2e:370:7334',
  '2001:0db8:0000:0000:0000:8a2e:0370:7334', '2001:db8:0:0:0:8a2e:370:7334:1', '1:2:3:4:5:6:7:8',
  '1:2:3:4:5:6:7::', '::2:3:4:5:6:7:8', '1:2:3:4:5:6::8', '1:2:3:4:5:6:7:8::', '1::2::3', ':::',
  '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:1.2.3.4', '1:2:3:4:5::1.2.3.4', '1:2:3:4:5:6:7:1.2.3.4',
  '::1.2.3.4', '1.2.3.4::', '::12345', 'fe80::1%eth0', 'fe80::1%', 'fe80::1%eth 0', 'fe80::1%en0.1:2',
  'FE80::ABCD', 'g::1', ':1', '1:', '[::1]', '', 'localhost', 'example.com', '1', 1, 0, 127.001,
  null, undefined, true, {}, [], ['127.0.0.1'], { toString() { return '::1'; } },
];

for (const input of inputs) {
  const shown = typeof input === 'string' ? JSON.stringify(input) : (typeof input === 'object' && input !== null ? `object ${JSON.stringify(input)}` : String(input));
  console.log(shown.padEnd(45), net.isIP(input), net.isIPv4(input), net.isIPv6(input));
}
