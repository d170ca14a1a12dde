// errno names and system errors built from them (util.getSystemErrorName,
// getSystemErrorMap, _errnoException, _exceptionWithHostPort).
'use strict';
const util = require('util');

for (const errno of [-1, -2, -13, -17, -22, -98, -104, -111, -3008, -4095, -4094, -9999]) {
  console.log(errno, util.getSystemErrorName(errno));
}

const map = util.getSystemErrorMap();
console.log('map', map instanceof Map, map.size, JSON.stringify(map.get(-2)), JSON.stringify(map.get(-3008)));
console.log('fresh copy', util.getSystemErrorMap() !== map);

function describe(label, e) {
  console.log(label, e.name, JSON.stringify(e.message), JSON.stringify(Object.entries(e)));
}
describe('errno', util._errnoException(-2, 'open'));
describe('errno original', util._errnoException(-13, 'write', 'extra'));
describe('host port', util._exceptionWithHostPort(-111, 'connect', '127.0.0.1', 8080));
describe('host only', util._exceptionWithHostPort(-98, 'listen', '::1', 0));
describe('host additional', util._exceptionWithHostPort(-98, 'bind', '0.0.0.0', 80, '1.2.3.4:5'));
