'use strict';
// node's `util.types`, written with brand checks in plain JavaScript.
//
// A brand check calls a built-in method or getter that only works on objects
// carrying the right internal slot, so `Object.create(Map.prototype)` is not a
// Map while a Map whose prototype was swapped still is. Where the language has
// no side-effect-free brand check (iterators, generators, promises), the
// comments below say what is used instead.

const binding = require('internal/binding');

const { getOwnPropertyDescriptor, getPrototypeOf } = Object;
const objectToString = Object.prototype.toString;

function isObjectLike(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function');
}

// Returns a predicate that is true when calling `check(value)` does not throw.
function brandCheck(check) {
  return function hasBrand(value) {
    if (!isObjectLike(value)) return false;
    try {
      check(value);
      return true;
    } catch {
      return false;
    }
  };
}

function getter(proto, name) {
  return getOwnPropertyDescriptor(proto, name).get;
}

// ---- collections ----------------------------------------------------------

const mapSize = getter(Map.prototype, 'size');
const setSize = getter(Set.prototype, 'size');
const isMap = brandCheck((v) => mapSize.call(v));
const isSet = brandCheck((v) => setSize.call(v));
const isWeakMap = brandCheck((v) => WeakMap.prototype.has.call(v, {}));
const isWeakSet = brandCheck((v) => WeakSet.prototype.has.call(v, {}));

// Iterator objects have no side-effect-free brand check (only `next`, which
// advances them), so they are recognised by their built-in prototype.
function lazyProto(make) {
  let proto;
  return () => (proto === undefined ? (proto = make()) : proto);
}
const mapIteratorProto = lazyProto(() => getPrototypeOf(new Map().entries()));
const setIteratorProto = lazyProto(() => getPrototypeOf(new Set().values()));

function isMapIterator(value) {
  return isObjectLike(value) && getPrototypeOf(value) === mapIteratorProto();
}

function isSetIterator(value) {
  return isObjectLike(value) && getPrototypeOf(value) === setIteratorProto();
}

// ---- dates, regexps, errors -------------------------------------------------

const isDate = brandCheck((v) => Date.prototype.getTime.call(v));

const regExpSource = getter(RegExp.prototype, 'source');
// The `source` getter also accepts RegExp.prototype itself (returning
// "(?:)"), which is not a RegExp object.
const isRegExp = brandCheck((v) => {
  if (v === RegExp.prototype) throw new TypeError('not a RegExp');
  regExpSource.call(v);
});

// True for objects with [[ErrorData]]. Error.isError is the real brand check
// where the engine has it; otherwise the built-in tag of
// Object.prototype.toString is used (it says "Error" only for such objects,
// unless a Symbol.toStringTag overrides it).
function isNativeError(value) {
  if (!isObjectLike(value)) return false;
  if (typeof Error.isError === 'function') return Error.isError(value);
  if (Symbol.toStringTag in value) return false;
  return objectToString.call(value) === '[object Error]';
}

// ---- functions and generators -----------------------------------------------

// The function kind is not visible from JavaScript except through its source
// text: `function*`, `async function`, `async *method`, `async () => {}`.
// (Prototypes can be swapped and bound functions share their target's, so
// they are not used.) Native and bound functions are of the ordinary kind.
function sourceKind(fn) {
  let src;
  try {
    src = Function.prototype.toString.call(fn);
  } catch {
    return '';
  }
  // Skip leading whitespace and comments.
  src = src.replace(/^(?:\s+|\/\*[\s\S]*?\*\/|\/\/[^\n]*\n)*/, '');
  // `async function`, `async *method`, `async x => x`, `async (x) => x`; a
  // method merely named "async" (`async() {}`) is not async.
  const isAsync = /^async(?:\s+[^(\s]|\s*\*)/.test(src) ||
    /^async\s*\([^)]*\)\s*=>/.test(src);
  const rest = isAsync ? src.replace(/^async\s*/, '') : src;
  const isGenerator = /^(?:function\s*\*|\*)/.test(rest);
  return (isAsync ? 'async' : '') + (isGenerator ? 'generator' : '');
}

function isGeneratorFunction(value) {
  return typeof value === 'function' && sourceKind(value).endsWith('generator');
}

function isAsyncFunction(value) {
  return typeof value === 'function' && sourceKind(value).startsWith('async');
}

const generatorProto = lazyProto(() => getPrototypeOf(function* () {}).prototype);
const asyncGeneratorProto = lazyProto(() => getPrototypeOf(async function* () {}).prototype);

// Generator objects inherit from %GeneratorPrototype% (through the
// generator function's own `prototype`); `next` would run them, so the
// prototype chain is what is checked.
function isGeneratorObject(value) {
  if (!isObjectLike(value) || typeof value === 'function') return false;
  let proto = getPrototypeOf(value);
  for (let i = 0; proto !== null && i < 2; i++) {
    if (proto === generatorProto() || proto === asyncGeneratorProto()) return true;
    proto = getPrototypeOf(proto);
  }
  return false;
}

// ---- promises -------------------------------------------------------------

// Promise.resolve(C, x) returns x itself only when x is a real promise whose
// `constructor` is C. The probe gives the candidate a temporary own
// `constructor` so that nothing user-defined runs, then removes it.
function ProbeCapability(executor) {
  executor(() => {}, () => {});
}

function isPromise(value) {
  if (!isObjectLike(value) || typeof value === 'function') return false;
  if (typeof binding.isPromise === 'function') return binding.isPromise(value);
  if (binding.isProxy(value)) return false;
  if (Object.prototype.hasOwnProperty.call(value, 'constructor') ||
      !Object.isExtensible(value)) {
    return objectToString.call(value) === '[object Promise]';
  }
  try {
    Object.defineProperty(value, 'constructor', {
      __proto__: null, value: ProbeCapability, configurable: true,
    });
    return Promise.resolve.call(ProbeCapability, value) === value;
  } catch {
    return false;
  } finally {
    delete value.constructor;
  }
}

// ---- buffers and views ----------------------------------------------------

const arrayBufferByteLength = getter(ArrayBuffer.prototype, 'byteLength');
const isArrayBuffer = brandCheck((v) => arrayBufferByteLength.call(v));

function isSharedArrayBuffer(value) {
  if (typeof SharedArrayBuffer !== 'function') return false;
  const byteLength = getter(SharedArrayBuffer.prototype, 'byteLength');
  return brandCheck((v) => byteLength.call(v))(value);
}

function isAnyArrayBuffer(value) {
  return isArrayBuffer(value) || isSharedArrayBuffer(value);
}

const dataViewBuffer = getter(DataView.prototype, 'buffer');
const isDataView = brandCheck((v) => dataViewBuffer.call(v));

const typedArrayTag = getter(getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag);

// The name of the typed array's constructor ("Uint8Array"), or undefined.
function typedArrayName(value) {
  return isObjectLike(value) ? typedArrayTag.call(value) : undefined;
}

function isTypedArray(value) {
  return typedArrayName(value) !== undefined;
}

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

function typedArrayCheck(name) {
  return (value) => typedArrayName(value) === name;
}

// ---- boxed primitives -----------------------------------------------------

function boxCheck(valueOf) {
  const hasBrand = brandCheck((v) => valueOf.call(v));
  return (value) => typeof value === 'object' && hasBrand(value);
}

const isNumberObject = boxCheck(Number.prototype.valueOf);
const isStringObject = boxCheck(String.prototype.valueOf);
const isBooleanObject = boxCheck(Boolean.prototype.valueOf);
const isBigIntObject = boxCheck(BigInt.prototype.valueOf);
const isSymbolObject = boxCheck(Symbol.prototype.valueOf);

function isBoxedPrimitive(value) {
  return isNumberObject(value) || isStringObject(value) ||
    isBooleanObject(value) || isBigIntObject(value) || isSymbolObject(value);
}

// ---- other objects ----------------------------------------------------------

// Arguments objects are the only ones whose built-in toString tag is
// "Arguments"; a Symbol.toStringTag could fake that, so such objects are
// not taken.
function isArgumentsObject(value) {
  return isObjectLike(value) && typeof value !== 'function' &&
    !(Symbol.toStringTag in value) &&
    objectToString.call(value) === '[object Arguments]';
}

// Module namespace objects: null prototype, not extensible, and an own
// non-writable, non-configurable @@toStringTag of "Module".
function isModuleNamespaceObject(value) {
  if (!isObjectLike(value) || typeof value === 'function') return false;
  if (binding.isProxy(value) || getPrototypeOf(value) !== null ||
      Object.isExtensible(value)) {
    return false;
  }
  const tag = getOwnPropertyDescriptor(value, Symbol.toStringTag);
  return tag !== undefined && tag.value === 'Module' && !tag.writable &&
    !tag.enumerable && !tag.configurable;
}

function isProxy(value) {
  return isObjectLike(value) && binding.isProxy(value);
}

function isExternal() {
  return false;
}

function isKeyObject() {
  return false;
}

function isCryptoKey() {
  return false;
}

module.exports = {
  isExternal,
  isDate,
  isArgumentsObject,
  isBigIntObject,
  isBooleanObject,
  isNumberObject,
  isStringObject,
  isSymbolObject,
  isNativeError,
  isRegExp,
  isAsyncFunction,
  isGeneratorFunction,
  isGeneratorObject,
  isPromise,
  isMap,
  isSet,
  isMapIterator,
  isSetIterator,
  isWeakMap,
  isWeakSet,
  isArrayBuffer,
  isDataView,
  isSharedArrayBuffer,
  isProxy,
  isModuleNamespaceObject,
  isAnyArrayBuffer,
  isBoxedPrimitive,
  isArrayBufferView,
  isTypedArray,
  isUint8Array: typedArrayCheck('Uint8Array'),
  isUint8ClampedArray: typedArrayCheck('Uint8ClampedArray'),
  isUint16Array: typedArrayCheck('Uint16Array'),
  isUint32Array: typedArrayCheck('Uint32Array'),
  isInt8Array: typedArrayCheck('Int8Array'),
  isInt16Array: typedArrayCheck('Int16Array'),
  isInt32Array: typedArrayCheck('Int32Array'),
  isFloat32Array: typedArrayCheck('Float32Array'),
  isFloat64Array: typedArrayCheck('Float64Array'),
  isBigInt64Array: typedArrayCheck('BigInt64Array'),
  isBigUint64Array: typedArrayCheck('BigUint64Array'),
  isKeyObject,
  isCryptoKey,
};
