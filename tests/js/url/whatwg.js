'use strict';
// The WHATWG side of node:url: the re-exported classes, domain helpers,
// file URL conversion and urlToHttpOptions.
const url = require('url');
const path = require('path');

function attempt(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

console.log('keys', Object.keys(url).join(','));
console.log('classes', url.URL === URL, url.URLSearchParams === URLSearchParams, typeof url.Url);

for (const domain of ['example.com', 'EXAMPLE.com', 'münchen.de', 'xn--mnchen-3ya.de', '😀.com', 'a..b',
  'a:80', 'a/b', 'a@b', 'a b', '[::1]', '0x7f.1', 'xn--iñvalid.com', '', 'a%41', '%', 'a*b']) {
  attempt(`domain ${JSON.stringify(domain)}`, () => [url.domainToASCII(domain), url.domainToUnicode(domain)]);
}
attempt('domainToASCII()', () => url.domainToASCII());
attempt('domainToUnicode()', () => url.domainToUnicode());

const cwd = process.cwd();
const show = (href) => href.split(encodeURI(cwd)).join('<cwd>');
for (const p of ['/a b/c%d?e#f', '/x/', '/tab\there\nnl\rcr', '/back\\slash', '/é€😀', '/[x]~^|{}`"<>',
  '/a;b=c:d@e', 'relative/file.txt', 'rel/', '/', '//double', '/%2e%2e']) {
  attempt(`pathToFileURL ${JSON.stringify(p)}`, () => show(url.pathToFileURL(p).href));
}
for (const p of ['C:\\a b\\c%d#?', 'C:\\x\\', 'c:\\', 'rel\\y', 'C:/fwd/x', '\\\\server\\share\\x y',
  '\\\\SERVER\\share\\f', '\\\\?\\UNC\\srv\\share\\f', '\\\\?\\C:\\x', '\\\\server', '\\\\\\x']) {
  attempt(`pathToFileURL win ${JSON.stringify(p)}`, () => show(url.pathToFileURL(p, { windows: true }).href));
}
attempt('pathToFileURL number', () => url.pathToFileURL(1));
console.log('pathToFileURL is URL', url.pathToFileURL('/x') instanceof URL);

const fileUrls = ['file:///a%20b/c', 'file://localhost/x', 'file://host/x', 'http://x/', 'file:///a%2fb',
  'file:///a%2Fb', 'file:///a%5cb', 'file:///C:/x%20y', 'file://server/share/x', 'file:///x/', 'file:///%E2%82%AC'];
for (const u of fileUrls) {
  attempt(`fileURLToPath ${u}`, () => url.fileURLToPath(u, { windows: false }));
  attempt(`fileURLToPath win ${u}`, () => url.fileURLToPath(u, { windows: true }));
}
attempt('fileURLToPath URL', () => url.fileURLToPath(new URL('file:///p/q')));
attempt('fileURLToPath number', () => url.fileURLToPath(1));
attempt('fileURLToPath null', () => url.fileURLToPath(null));
attempt('fileURLToPath object', () => url.fileURLToPath({}));
attempt('fileURLToPath like', () => url.fileURLToPath({ href: 'file:///x', protocol: 'file:', pathname: '/x', hostname: '' }));
attempt('fileURLToPath like with auth', () => url.fileURLToPath({ href: 'file:///x', protocol: 'file:', pathname: '/x', hostname: '', auth: null }));
attempt('fileURLToPath invalid', () => url.fileURLToPath('not a url'));
attempt('round trip', () => url.fileURLToPath(url.pathToFileURL('/tmp/a b#c?d%e')) === '/tmp/a b#c?d%e');
attempt('round trip cwd', () => url.fileURLToPath(url.pathToFileURL('x')) === path.resolve('x'));

attempt('urlToHttpOptions', () => url.urlToHttpOptions(new URL('https://us%20er:p%40ss@[::1]:8080/p/a?q=1#h')));
attempt('urlToHttpOptions plain', () => url.urlToHttpOptions(new URL('http://x.com')));
const options = url.urlToHttpOptions({ hostname: '[a]', pathname: '/p', port: '', search: '?s', protocol: 'x:', href: 'h', extra: 1, username: '', password: 'p' });
attempt('urlToHttpOptions object', () => [Object.getPrototypeOf(options), Object.keys(options), options]);
