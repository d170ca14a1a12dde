// util.inspect of class instances, null-prototype objects, Symbol.toStringTag,
// functions and classes, boxed primitives, Date and RegExp.
'use strict';
const { inspect } = require('util');

function show(value, options) {
  console.log(options === undefined ? inspect(value) : inspect(value, options));
}

// Class instances.
class Foo {
  constructor() { this.a = 1; }
}
class Bar extends Foo {
  constructor() { super(); this.b = [2]; }
}
class Empty {}
show(new Foo());
show(new Bar());
show(new Empty());
show([new Empty(), new Foo()]);
show({ deep: { deeper: { deepest: new Foo() } } });
show({ deep: { deeper: { deepest: new Empty() } } });
show(Object.create(Foo.prototype));
show(Object.create({}));
show(Object.create({ inherited: 1 }));
function OldStyle() { this.x = 1; }
show(new OldStyle());
const anonInstance = new (class {})();
show(anonInstance);
const renamed = new Foo();
Object.defineProperty(renamed, 'constructor', { value: Bar, enumerable: false });
show(renamed);

// Null prototype.
show(Object.create(null));
const nullProto = Object.create(null);
nullProto.key = 'value';
nullProto.nested = Object.create(null);
show(nullProto);
show({ a: { b: { c: Object.create(null) } } });
show({ a: { b: { c: Object.assign(Object.create(null), { x: 1 }) } } });
show(Object.create(Object.create(null)));
show(Object.create(Object.create(null), { x: { value: 1, enumerable: true } }));
show(Object.create(Object.assign(Object.create(null), { p: 1 })));

// Symbol.toStringTag.
class Tagged {
  get [Symbol.toStringTag]() { return 'TagName'; }
}
show(new Tagged());
show(Object.assign(new Tagged(), { x: 1 }));
show({ [Symbol.toStringTag]: 'OwnEnumerable' });
show(Object.defineProperty({}, Symbol.toStringTag, { value: 'NonEnum' }));
show(Object.defineProperty({ a: 1 }, Symbol.toStringTag, { value: 'NonEnum' }));
show(Object.defineProperty({ a: 1 }, Symbol.toStringTag, { value: 'NonEnum' }), { showHidden: true });
show(Object.defineProperty(Object.create(null), Symbol.toStringTag, { value: 'NullTag' }));
class SameTag {
  get [Symbol.toStringTag]() { return 'SameTag'; }
}
show(new SameTag());
show(Object.defineProperty({}, Symbol.toStringTag, { value: '' }));
show(Object.defineProperty({}, Symbol.toStringTag, { value: 42 }));
show(Math);
show(JSON);
show(Reflect.ownKeys(Math).length > 0);

// Functions.
function named() {}
const anonymous = (() => function () {})();
show(named);
show(anonymous);
show(() => {});
show(async function asyncNamed() {});
show(async () => {});
show(function* gen() {});
show(async function* asyncGen() {});
show({ method() {} }.method);
show({ async method() {} }.method);
show({ *method() {} }.method);
show({ get prop() { return 1; } });
show(Object.getOwnPropertyDescriptor({ get prop() { return 1; } }, 'prop').get);
show(named.bind(null));
show([named, () => {}]);
show({ fn: named, arrow: () => {} });
const withProps = function withProps() {};
withProps.extra = 1;
show(withProps);
const anonWithProps = (() => () => {})();
anonWithProps.x = [1];
show(anonWithProps);
show({ a: { b: { c: withProps } } });
show(Object.setPrototypeOf(function nullProtoFn() {}, null));
show(Object.setPrototypeOf(async function nullProtoAsync() {}, null));
const fnTagged = function tagged() {};
fnTagged[Symbol.toStringTag] = 'Hidden';
show(fnTagged);
const fnTagged2 = function tagged2() {};
Object.defineProperty(fnTagged2, Symbol.toStringTag, { value: 'FnTag' });
show(fnTagged2);
const renamedFn = function original() {};
Object.defineProperty(renamedFn, 'name', { value: 'changed' });
show(renamedFn);
Object.defineProperty(renamedFn, 'name', { value: '' });
show(renamedFn);
class FnSub extends Function {}
show(Object.setPrototypeOf(function inSub() {}, FnSub.prototype));
show(Math.max);
show(Array.prototype.push);

// Classes.
show(Foo);
show(Bar);
show(class {});
show(class Named {});
show(class extends Foo {});
show(class extends Array {});
show(class /* comment */ Commented {});
show(class X extends (Foo) {});
const classWithProps = class WithStatic { static s = 1; };
show(classWithProps);
class StaticMethod { static m() {} }
show(StaticMethod);
show(Object.setPrototypeOf(class NullClass {}, null));
const tagClass = class TagClass {};
Object.defineProperty(tagClass, Symbol.toStringTag, { value: 'Tg' });
show(tagClass);

// Boxed primitives.
show(new Number(3));
show(new Number(-0));
show(new String('abc'));
show(new String(''));
show(new Boolean(false));
show(Object(1n));
show(Object(Symbol('boxed')));
const boxedWithKey = new String('ab');
boxedWithKey.extra = 1;
show(boxedWithKey);
const numWithKey = new Number(7);
numWithKey.x = 'y';
show(numWithKey);
show(new String('abc'), { showHidden: true });
class MyNumber extends Number {}
show(new MyNumber(5));
show(Object.setPrototypeOf(new Number(5), null));
show([new Number(1), new String('s')]);
show(new String("it's"));

// Dates.
show(new Date(0));
show(new Date(Date.UTC(2020, 1, 29, 12, 30, 15, 123)));
show(new Date(NaN));
show(new Date(-1e14));
show({ when: new Date(86400000) });
const dateWithKey = new Date(0);
dateWithKey.note = 'epoch';
show(dateWithKey);
class MyDate extends Date {}
show(new MyDate(0));
show(Object.setPrototypeOf(new Date(0), null));

// Regular expressions.
show(/abc/);
show(/a\/b[c]/gimsuy);
show(new RegExp(''));
show(new RegExp('a/b'));
show(/\n\t/);
const reWithKey = /x/g;
reWithKey.extra = 1;
show(reWithKey);
show({ a: { b: { c: reWithKey } } });
class MyRegExp extends RegExp {}
show(new MyRegExp('x', 'g'));
show(Object.setPrototypeOf(/y/, null));
show([/a/, /b/]);
