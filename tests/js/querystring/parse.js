'use strict';
// querystring.parse / decode: separators, '+', escapes, repeated keys,
// maxKeys and custom decoders.
const querystring = require('querystring');

const show = (value) => JSON.stringify(value);

console.log('keys', Object.keys(querystring).join(','));
console.log('aliases', querystring.decode === querystring.parse, querystring.encode === querystring.stringify);

const inputs = [
  '', 'a', 'a=', '=b', '=', '&', '&&', 'a=1&b=2', 'a=1&a=2&a=3', 'a=1&&b=2', 'a==b', 'a=b=c',
  'a+b=c+d', 'a%20b=c%20d', '%41=%42', 'a=%zz', 'a=%', 'a=%4', 'a=%E9', 'caf%C3%A9=cr%C3%A8me',
  'a=%F0%9F%98%80', 'x=%u00e9', '__proto__=1', 'constructor=2&toString=3', 'a[]=1&a[]=2',
  'a=1;b=2', ' a = b ', '&a=1&', 'a=1&b', 'é=ü', 'a=%2B%26%3D', 'a=1&A=2', '1=a&0=b',
];
for (const input of inputs) {
  const result = querystring.parse(input);
  console.log(show(input), show(result), Object.getPrototypeOf(result));
}

const custom = [
  ['a=1;b=2', ';'], ['a:1;b:2', ';', ':'], ['a=>1<>b=>2', '<>', '=>'], ['a=1&&b=2&&&c=3', '&&'],
  ['xaab ab', 'ab'], ['a==1', null, '=='], ['a=1', '', ''], ['a5b5', 5, 'b'],
];
for (const [input, sep, eq] of custom) {
  console.log('custom', show([input, sep, eq]), show(querystring.parse(input, sep, eq)));
}

const many = Array.from({ length: 1005 }, (_, i) => `k${i}=${i}`).join('&');
console.log('default maxKeys', Object.keys(querystring.parse(many)).length);
console.log('maxKeys 2', show(querystring.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 })));
console.log('maxKeys 0', Object.keys(querystring.parse(many, null, null, { maxKeys: 0 })).length);
console.log('maxKeys counts empty pairs', show(querystring.parse('&&a=1&b=2', null, null, { maxKeys: 3 })));

const decoded = [];
console.log('custom decode', show(querystring.parse('a+b=%41&c=d', null, null, {
  decodeURIComponent(s) { decoded.push(s); return s.toUpperCase(); },
})), show(decoded));
console.log('throwing decode', show(querystring.parse('a=%41+b&x=%zz', null, null, {
  decodeURIComponent() { throw new Error('nope'); },
})));
console.log('non-string', show(querystring.parse(5)), show(querystring.parse(null)), show(querystring.parse({})));
