// util.inspect options (colors, showHidden, customInspect, ...), custom
// inspection through inspect.custom, inspect.defaultOptions, colors/styles.
'use strict';
const util = require('util');
const { inspect } = util;

function show(value, options) {
  console.log(JSON.stringify(options === undefined ? inspect(value) : inspect(value, options)));
}

// Colors.
const colorful = {
  num: 1, big: 2n, str: 's', bool: true, undef: undefined, nul: null,
  sym: Symbol('s'), date: new Date(0), re: /x/g, fn() {}, arr: [1, 'a'],
  nested: { deeper: { deepest: {} } }, map: new Map([[1, 'one']]),
};
show(colorful, { colors: true });
show(colorful, { colors: true, depth: 0 });
show([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20], { colors: true });
show(['a', 'bb', 'ccc', 'dddd', 'e', 'ff', 'ggg', 'hhhh', 'i', 'jj'], { colors: true });
show(new Array(3), { colors: true });
show(Object.assign(new Number(3), { x: 1 }), { colors: true });
show(new Number(3), { colors: true });
show(new String('s'), { colors: true });
show(Object(Symbol('b')), { colors: true });
show({ get g() { return 1; }, set s(v) {} }, { colors: true });
show({ get g() { return 1; } }, { colors: true, getters: true });
show({ a: 'x'.repeat(30), b: 'y'.repeat(30), c: 'z'.repeat(10) }, { colors: true });
show(new Uint8Array(3), { colors: true });
show(new ArrayBuffer(2), { colors: true });
show(new WeakSet(), { colors: true });
show(function named() {}, { colors: true });
show(class K {}, { colors: true });
const circular = {};
circular.c = circular;
show(circular, { colors: true });
show('a string longer than sixteen chars\nwith a newline inside it and more text to pass eighty',
  { colors: true });
show(Object.create(null), { colors: true });
show({ 'quoted-key': 1, [Symbol('k')]: 2 }, { colors: true });
show(Object.defineProperty({}, 'hidden', { value: 1 }), { colors: true, showHidden: true });

// Custom colors and styles.
const savedNumberStyle = inspect.styles.number;
inspect.styles.number = 'red';
show(5, { colors: true });
inspect.styles.number = 'notAColor';
show(5, { colors: true });
inspect.styles.number = savedNumberStyle;
show(5, { colors: true });
console.log(JSON.stringify(inspect.colors.grey), JSON.stringify(inspect.colors.gray));
console.log(inspect.colors.faint === inspect.colors.dim, 'grey' in inspect.colors);
console.log(Object.keys(inspect.colors).length, Object.getOwnPropertyNames(inspect.colors).length);
console.log(Object.getPrototypeOf(inspect.colors), Object.getPrototypeOf(inspect.styles));
console.log(Object.keys(inspect.styles).join(','));
console.log(Object.keys(inspect).join(','));

// stylize option.
show({ a: 1, b: 's' }, { stylize: (str, type) => `<${type}:${str}>` });
show({ a: 1, b: 's' }, { colors: true, stylize: (str, type) => `<${type}:${str}>` });

// customInspect.
class Custom {
  constructor(v) { this.v = v; }
  [inspect.custom](depth, options, inspectFn) {
    return `Custom<${this.v}> depth=${depth} fn=${inspectFn === inspect}`;
  }
}
show(new Custom(1));
show({ wrapped: new Custom(2) });
show({ a: { b: new Custom(3) } });
show({ a: { b: new Custom(3) } }, { depth: 5 });
show({ a: { b: new Custom(3) } }, { depth: null });
show(new Custom(4), { customInspect: false });
show([new Custom(5)], { customInspect: false });
show({ [inspect.custom]: () => 'multi\nline' });
show({ nested: { [inspect.custom]: () => 'multi\nline' } });
show({ [inspect.custom]: () => ({ replaced: true }) });
show({ [inspect.custom]: () => [1, 2, 3] });
show({ [inspect.custom]: () => 42 });
show({ [inspect.custom]: () => null });
show({ [inspect.custom]: () => undefined });
show({ [inspect.custom]() { return this; }, plain: 1 });
show({ [inspect.custom]: 'not a function', plain: 1 });
show({ x: { [inspect.custom](d, o) { return o.stylize('styled', 'special'); } } }, { colors: true });
show({ [inspect.custom](d, o) { return inspect({ inner: [1, { deep: { deeper: 1 } }] }, o); } });
show({ [inspect.custom](d, o) { return inspect({ depth: d }, { ...o, depth: d }); } });
class CustomProto {
  [inspect.custom]() { return 'instance'; }
}
show(new CustomProto());
show(CustomProto.prototype);
const nullProtoCustom = Object.create(null);
nullProtoCustom[inspect.custom] = (depth, options) =>
  `null proto: ${typeof options.stylize} ${Object.getPrototypeOf(options)}`;
show(nullProtoCustom);
const optionKeys = { [inspect.custom](depth, options) { return Object.keys(options).join(','); } };
show(optionKeys);
show(optionKeys, { extra: 'user option', depth: 1 });
const userOption = { [inspect.custom](depth, options) { return String(options.myOption); } };
show(userOption, { myOption: 'passed through' });
show({ [Symbol.for('nodejs.util.inspect.custom')]: () => 'via Symbol.for' });
console.log(inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
try {
  inspect({ a: { [inspect.custom]() { throw new Error('custom threw'); } } });
} catch (err) {
  console.log('threw:', err.message);
}

// showHidden on assorted values.
show({ a: 1 }, { showHidden: true });
show(new Set([1]), { showHidden: true });
show(new Map([[1, 2]]), { showHidden: true });
show(Object.defineProperty([1], 'x', { value: 1 }), { showHidden: true });
class Base {
  get baseGetter() { return 1; }
}
Base.prototype.baseValue = 'bv';
class Derived extends Base {
  constructor() { super(); this.own = 1; }
  get derivedGetter() { return 2; }
  method() {}
}
show(new Derived(), { showHidden: true });
show(new Derived());
show(Object.create({ inherited: 1 }), { showHidden: true });

// Proxies are shown like their target.
show(new Proxy({ a: 1 }, {}));
show(new Proxy([1, 2], {}));
const revocable = Proxy.revocable({}, {});
revocable.revoke();
show(revocable.proxy);
show({ p: revocable.proxy });

// defaultOptions.
console.log(inspect.defaultOptions);
const saved = { ...inspect.defaultOptions };
inspect.defaultOptions = { depth: 0, breakLength: 20 };
show({ a: { b: 1 } });
show({ aaaa: 1, bbbb: 2, cccc: 3 });
console.log(JSON.stringify(util.format('%O', { a: { b: 1 } })));
inspect.defaultOptions = saved;
show({ a: { b: 1 } });
for (const bad of [null, 'str', 5]) {
  try {
    inspect.defaultOptions = bad;
    console.log('no error');
  } catch (err) {
    console.log(err.name, err.code);
  }
}
console.log(Object.isSealed(inspect.defaultOptions));

// stripVTControlCharacters.
console.log(JSON.stringify(util.stripVTControlCharacters('\u001b[31mred\u001b[39m plain')));
console.log(JSON.stringify(util.stripVTControlCharacters(inspect({ a: [1, 's'] }, { colors: true }))));
console.log(JSON.stringify(util.stripVTControlCharacters('\u001b]8;;http://x\u0007link\u001b]8;;\u0007')));
try {
  util.stripVTControlCharacters(5);
} catch (err) {
  console.log(err.name, err.code);
}
