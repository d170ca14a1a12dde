'use strict';
// url.parse(): node's legacy parser, on a table of URLs (every field of the
// resulting Url object is printed).
const url = require('url');

function parse(input, ...args) {
  try {
    const parsed = url.parse(input, ...args);
    const fields = Object.keys(parsed).map((key) => `${key}=${JSON.stringify(parsed[key])}`);
    console.log(JSON.stringify(input), args.length ? JSON.stringify(args) : '', parsed instanceof url.Url, fields.join(' '));
  } catch (err) {
    console.log(JSON.stringify(input), 'throws', err.name, err.code, err.message, err.input);
  }
}

const inputs = [
  '', ' ', 'http://user:pass@host.com:8080/p/a/t/h?query=string#hash',
  'HTTP://EXAMPLE.COM/Path', 'http://x.com', 'http://x.com?q', 'http://x.com#h', 'https://x.com:/a',
  'http://x.com:abc/', 'http://[::1]:3000/path', 'http://[fe80::1%25en0]/', 'http://[::1', 'http://a b.com/',
  'http://a*b.com/', 'http://a_b.com/', 'http://ex%41mple.com/', 'http://münchen.de/', 'http://xn--mnchen-3ya.de/',
  'http://0x7f.1/', 'http://1.2.3/', 'http://' + 'a'.repeat(256) + '/', 'http://@/', 'http://u@/',
  'http://us%40er@host/', 'http://a@b@c/', 'http://a:b:c@d/', 'http://host/a\\b?c\\d#e\\f',
  'http:\\\\host\\path', '//host/path', '//user@host/path', '/just/a/path?x=1', '/p?a=1&a=2&b',
  'relative/path', '?only=query', '#only-hash', 'mailto:user@example.com', 'mailto:user@example.com?subject=hi',
  'javascript:alert(1)', 'JavaScript://foo', 'file:///etc/passwd', 'file://host/share', 'file:relative',
  'foo:bar', 'foo://bar/baz', 'http:/x', 'http:x', 'HTTP:x', 'ws://host:1/chat', 'news:comp.lang',
  '  http://trim.me/  ', '\thttp://tab.me/\n', 'http://x.com/ space /"quote"/<>^`{|}', "http://x.com/it's",
  'http://x.com/%zz%20', 'http://x.com/?a=b c', 'http://x.com/#a b', 'http://x.com/p?q#h?i#j',
  'http://a.com:80:90/', 'http://a.com;b/', 'http://a.com%/', 'http://[::1]x/', 'http://x/\u00e9',
];
for (const input of inputs) parse(input);
for (const input of ['http://x.com/p?a=1&a=2&b=%41', '/p?x=y', '/p', 'http://x.com', 'mailto:a@b']) {
  parse(input, true);
}
for (const input of ['//host/path', '//host', '/p', 'x//y']) parse(input, false, true);

for (const bad of [undefined, null, 5, {}]) {
  try { url.parse(bad); } catch (err) { console.log('parse', typeof bad, err.name, err.code, err.message); }
}
const existing = url.parse('http://x/');
console.log('Url passthrough', url.parse(existing) === existing);
console.log('auth decode error', (() => { try { url.parse('http://%zz@host/'); return 'no'; } catch (err) { return err.name; } })());
