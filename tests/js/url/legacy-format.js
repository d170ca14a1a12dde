'use strict';
// url.format() (legacy objects, strings and WHATWG URLs), url.resolve() and
// url.resolveObject().
const url = require('url');

function attempt(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

const objects = [
  { protocol: 'http', host: 'x.com', pathname: '/a b' },
  { protocol: 'https:', hostname: 'x.com', port: 8080, pathname: 'no/slash', search: 'q=1', hash: 'h' },
  { protocol: 'http:', hostname: '::1', port: '80' },
  { protocol: 'http:', hostname: '[::1]', pathname: '/' },
  { protocol: 'mailto', auth: 'user', hostname: 'x.com' },
  { protocol: 'mailto:', pathname: 'user@x.com' },
  { protocol: 'file', pathname: '/etc' },
  { protocol: 'file:', slashes: true, pathname: 'C:/x' },
  { protocol: 'foo', slashes: true, host: 'h', pathname: 'p' },
  { host: 'h', pathname: 'p#q?r' },
  { query: { a: 1, b: ['x', 'y'] }, pathname: '/p' },
  { query: 'not-used', pathname: '/p' },
  { search: 'a#b', hash: '#c' },
  { auth: 'us er:p@ss:w\u00e9', host: 'h' },
  { protocol: 'http', host: 'h', search: '?s', query: { ignored: 1 } },
  {},
];
for (const obj of objects) attempt(`format ${JSON.stringify(obj)}`, () => url.format(obj));
attempt('format string', () => url.format('HTTP://X.com:80/a b?c#d'));
attempt('format number', () => url.format(5));
attempt('format null', () => url.format(null));
attempt('format lone surrogate auth', () => url.format({ auth: 'a\uD800', host: 'h' }));
attempt('format Url', () => url.format(url.parse('http://u:p@h.com/p?q#f')));
attempt('Url#format', () => url.parse('https://h.com/x').format());

const whatwg = new URL('http://user:pw@xn--mnchen-3ya.de:81/p?q=1#frag');
attempt('whatwg default', () => url.format(whatwg));
attempt('whatwg unicode', () => url.format(whatwg, { unicode: true }));
attempt('whatwg stripped', () => url.format(whatwg, { auth: false, search: false, fragment: false }));
attempt('whatwg falsy options', () => url.format(whatwg, { fragment: 0, search: '', auth: null }));
attempt('whatwg password only', () => url.format(new URL('http://:pw@h/'), { unicode: true }));
attempt('whatwg file', () => url.format(new URL('file:///x/y'), { auth: false }));
attempt('whatwg opaque', () => url.format(new URL('mailto:a@b'), {}));
attempt('whatwg bad options', () => url.format(whatwg, 5));
attempt('URL-like object', () => url.format({ href: 'http://x/', protocol: 'http:' }));

const resolves = [
  ['/one/two/three', 'four'], ['http://example.com/', '/one'], ['http://example.com/one', '/two'],
  ['http://a/b/c/d;p?q', 'g'], ['http://a/b/c/d;p?q', './g'], ['http://a/b/c/d;p?q', 'g/'],
  ['http://a/b/c/d;p?q', '/g'], ['http://a/b/c/d;p?q', '//g'], ['http://a/b/c/d;p?q', '?y'],
  ['http://a/b/c/d;p?q', 'g?y'], ['http://a/b/c/d;p?q', '#s'], ['http://a/b/c/d;p?q', 'g#s'],
  ['http://a/b/c/d;p?q', ''], ['http://a/b/c/d;p?q', '.'], ['http://a/b/c/d;p?q', './'],
  ['http://a/b/c/d;p?q', '..'], ['http://a/b/c/d;p?q', '../'], ['http://a/b/c/d;p?q', '../g'],
  ['http://a/b/c/d;p?q', '../..'], ['http://a/b/c/d;p?q', '../../../g'], ['http://a/b/c/d;p?q', '/./g'],
  ['http://a/b/c/d;p?q', 'g:h'], ['http://a/b/c/d;p?q', 'http:g'], ['http://a/b/c/d;p?q', 'https:g'],
  ['http://u:p@a/b', '//other/x'], ['http://u:p@a/b', 'http://a/c'], ['mailto:local1@domain1', 'local2@domain2'],
  ['mailto:a@b', '?subject=x'], ['news:comp.lang', '../other'], ['file:///a/b', '../c'],
  ['http://a', 'b'], ['', 'http://x'], ['a/b', '../../c'], ['http://a/b/', 'file:x'],
];
for (const [from, to] of resolves) {
  attempt(`resolve ${JSON.stringify([from, to])}`, () => url.resolve(from, to));
}
const resolved = url.resolveObject('http://a/b/c', '../d?x#y');
attempt('resolveObject', () => Object.assign({}, resolved));
attempt('resolveObject empty source', () => url.resolveObject('', 'x'));
attempt('Url#resolveObject', () => url.parse('http://h/a/b').resolveObject('c').href);
