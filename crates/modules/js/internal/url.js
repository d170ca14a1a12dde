'use strict';
// WHATWG URL and URLSearchParams. Parsing is done natively (the `url`
// crate implements the WHATWG algorithm); this file keeps the object model.

const binding = require('internal/binding');

const FIELDS = ['href', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash', 'origin'];
const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');

function invalidUrl(input, base) {
  const err = new TypeError('Invalid URL');
  err.code = 'ERR_INVALID_URL';
  err.input = input;
  if (base !== undefined) err.base = base;
  return err;
}

class URL {
  #parts;
  #searchParams;

  constructor(input, base) {
    if (arguments.length === 0) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_MISSING_ARGS('url');
    }
    input = `${input}`;
    if (base !== undefined) base = `${base}`;
    const parts = binding.urlParse(input, base);
    if (parts === undefined) throw invalidUrl(input, base);
    this.#parts = parts;
  }

  static canParse(input, base) {
    return binding.urlParse(`${input}`, base === undefined ? undefined : `${base}`) !== undefined;
  }

  #get(name) {
    return this.#parts[FIELDS.indexOf(name)];
  }

  #set(name, value) {
    const parts = binding.urlSet(this.#parts[0], name, `${value}`);
    if (parts !== undefined) {
      this.#parts = parts;
      if (this.#searchParams && name !== 'search') this.#searchParams._reset(this.#get('search'));
    }
  }

  get href() { return this.#parts[0]; }
  set href(v) {
    const parts = binding.urlParse(`${v}`, undefined);
    if (parts === undefined) throw invalidUrl(`${v}`);
    this.#parts = parts;
    if (this.#searchParams) this.#searchParams._reset(this.#get('search'));
  }
  get protocol() { return this.#get('protocol'); }
  set protocol(v) { this.#set('protocol', v); }
  get username() { return this.#get('username'); }
  set username(v) { this.#set('username', v); }
  get password() { return this.#get('password'); }
  set password(v) { this.#set('password', v); }
  get host() { return this.#get('host'); }
  set host(v) { this.#set('host', v); }
  get hostname() { return this.#get('hostname'); }
  set hostname(v) { this.#set('hostname', v); }
  get port() { return this.#get('port'); }
  set port(v) { this.#set('port', v); }
  get pathname() { return this.#get('pathname'); }
  set pathname(v) { this.#set('pathname', v); }
  get search() { return this.#get('search'); }
  set search(v) {
    this.#set('search', v);
    if (this.#searchParams) this.#searchParams._reset(this.#get('search'));
  }
  get hash() { return this.#get('hash'); }
  set hash(v) { this.#set('hash', v); }
  get origin() { return this.#get('origin'); }

  get searchParams() {
    if (!this.#searchParams) {
      this.#searchParams = new URLSearchParams(this.#get('search'));
      this.#searchParams._url = this;
    }
    return this.#searchParams;
  }

  _updateSearch(text) {
    this.#set('search', text);
  }

  toString() { return this.href; }
  toJSON() { return this.href; }

  [inspectSymbol](depth, options, inspect) {
    const obj = {};
    for (const f of FIELDS.slice(0, 10)) obj[f] = this[f];
    obj.origin = this.origin;
    obj.searchParams = this.searchParams;
    const text = (inspect || require('internal/inspect').inspect)(obj, options);
    return `URL ${text}`;
  }
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });

function encodeComponent(s) {
  return encodeURIComponent(s).replace(/%20/g, '+').replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function decodeComponent(s) {
  const text = s.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replace(/%([0-9a-fA-F]{2})/g, (m, h) => String.fromCharCode(parseInt(h, 16)));
  }
}

class URLSearchParams {
  #list = [];

  constructor(init = undefined) {
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      if (typeof init[Symbol.iterator] === 'function') {
        for (const pair of init) {
          const arr = [...pair];
          if (arr.length !== 2) {
            const err = new TypeError('Each query pair must be an iterable [name, value] tuple');
            err.code = 'ERR_INVALID_TUPLE';
            throw err;
          }
          this.#list.push([`${arr[0]}`, `${arr[1]}`]);
        }
      } else {
        for (const key of Object.keys(init)) this.#list.push([key, `${init[key]}`]);
      }
      return;
    }
    this._reset(`${init}`);
  }

  _reset(text) {
    this.#list = [];
    if (text.startsWith('?')) text = text.slice(1);
    for (const piece of text.split('&')) {
      if (!piece) continue;
      const eq = piece.indexOf('=');
      const name = eq === -1 ? piece : piece.slice(0, eq);
      const value = eq === -1 ? '' : piece.slice(eq + 1);
      this.#list.push([decodeComponent(name), decodeComponent(value)]);
    }
  }

  #update() {
    if (this._url) this._url._updateSearch(this.toString());
  }

  get size() { return this.#list.length; }
  append(name, value) { this.#list.push([`${name}`, `${value}`]); this.#update(); }
  delete(name, value) {
    name = `${name}`;
    this.#list = this.#list.filter(([n, v]) => n !== name || (value !== undefined && v !== `${value}`));
    this.#update();
  }
  get(name) {
    const hit = this.#list.find(([n]) => n === `${name}`);
    return hit ? hit[1] : null;
  }
  getAll(name) { return this.#list.filter(([n]) => n === `${name}`).map(([, v]) => v); }
  has(name, value) {
    return this.#list.some(([n, v]) => n === `${name}` && (value === undefined || v === `${value}`));
  }
  set(name, value) {
    name = `${name}`;
    const i = this.#list.findIndex(([n]) => n === name);
    if (i === -1) this.#list.push([name, `${value}`]);
    else {
      this.#list[i][1] = `${value}`;
      this.#list = this.#list.filter(([n], j) => n !== name || j === i);
    }
    this.#update();
  }
  sort() {
    this.#list.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.#update();
  }
  forEach(callback, thisArg) {
    for (const [n, v] of this.#list) callback.call(thisArg, v, n, this);
  }
  *entries() { for (const [n, v] of this.#list) yield [n, v]; }
  *keys() { for (const [n] of this.#list) yield n; }
  *values() { for (const [, v] of this.#list) yield v; }
  [Symbol.iterator]() { return this.entries(); }
  toString() { return this.#list.map(([n, v]) => `${encodeComponent(n)}=${encodeComponent(v)}`).join('&'); }

  [inspectSymbol](depth, options, inspect) {
    inspect = inspect || require('internal/inspect').inspect;
    if (this.#list.length === 0) return 'URLSearchParams {}';
    const body = this.#list.map(([n, v]) => `${inspect(n)} => ${inspect(v)}`).join(', ');
    return `URLSearchParams { ${body} }`;
  }
}
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });

module.exports = { URL, URLSearchParams };
