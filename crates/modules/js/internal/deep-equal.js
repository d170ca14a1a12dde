'use strict';
// Deep equality with node's rules, used by assert.deepEqual (loose),
// assert.deepStrictEqual and util.isDeepStrictEqual (strict).
//
// Strict mode: primitives compare with Object.is (so -0 !== 0, NaN equals
// NaN), prototypes must match and own enumerable symbol keys count.
// Loose mode: primitives compare with ==, prototypes are ignored, symbols
// are ignored, and Set/Map members may match loosely ('1' finds 1).
// In both modes the [[Class]] tags (Object.prototype.toString) must match,
// only own enumerable properties are compared, and cycles are handled by
// treating a pair met again while it is being compared as equal.

const types = require('internal/types');

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
const isEnumerable = (obj, key) => Object.prototype.propertyIsEnumerable.call(obj, key);
const tagOf = (value) => Object.prototype.toString.call(value);

const kNoIterator = 0;
const kIsArray = 1;
const kIsSet = 2;
const kIsMap = 3;

const isObjectLike = (value) => typeof value === 'object' && value !== null;
const isIndexKey = (key) => /^(0|[1-9][0-9]*)$/.test(key) && Number(key) < 2 ** 32 - 1;
const isError = (value) => types.isNativeError(value) || value instanceof Error;

// Own enumerable keys that are not array indices (for arrays and typed
// arrays, whose elements are compared separately).
function nonIndexKeys(value, withSymbols) {
  const keys = Object.keys(value).filter((key) => !isIndexKey(key));
  if (withSymbols) {
    for (const sym of Object.getOwnPropertySymbols(value)) {
      if (isEnumerable(value, sym)) keys.push(sym);
    }
  }
  return keys;
}

function sameRegExp(a, b) {
  return a.source === b.source && a.flags === b.flags && a.lastIndex === b.lastIndex;
}

function sameBytes(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  const x = new Uint8Array(a.buffer || a, a.byteOffset || 0, a.byteLength);
  const y = new Uint8Array(b.buffer || b, b.byteOffset || 0, b.byteLength);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

// Loose float arrays compare element-wise with ===, so 0 equals -0 and NaN
// never equals NaN (strict mode compares the bytes instead).
function sameFloatElements(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// An error's message, name, cause and errors are usually not enumerable,
// so they are compared explicitly (cause and errors only when present).
function sameErrorFields(a, b, strict, memos) {
  if (a.message !== b.message || a.name !== b.name) return false;
  for (const key of ['cause', 'errors']) {
    if ((hasOwn(a, key) || hasOwn(b, key)) && !innerDeepEqual(a[key], b[key], strict, memos)) {
      return false;
    }
  }
  return true;
}

// Boxed primitives must box the same kind of value; numbers use Object.is
// in both modes.
function sameBoxedPrimitive(a, b) {
  const pairs = [
    [types.isNumberObject, Number, Object.is],
    [types.isStringObject, String],
    [types.isBooleanObject, Boolean],
    [types.isBigIntObject, BigInt],
    [types.isSymbolObject, Symbol],
  ];
  for (const [test, Ctor, same = (x, y) => x === y] of pairs) {
    if (test(a)) {
      return test(b) && same(Ctor.prototype.valueOf.call(a), Ctor.prototype.valueOf.call(b));
    }
  }
  return false;
}

// Is `value` one of the kinds of object that get a special comparison?
function isSpecialObject(value) {
  return Array.isArray(value) || ArrayBuffer.isView(value) || types.isSet(value) ||
    types.isMap(value) || types.isDate(value) || types.isRegExp(value) ||
    types.isAnyArrayBuffer(value) || types.isBoxedPrimitive(value) || isError(value);
}

function innerDeepEqual(a, b, strict, memos) {
  if (a === b) return a !== 0 || !strict || Object.is(a, b);

  if (strict) {
    if (typeof a !== 'object') return typeof a === 'number' && Number.isNaN(a) && Number.isNaN(b);
    if (typeof b !== 'object' || a === null || b === null) return false;
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  } else {
    if (!isObjectLike(a)) {
      // eslint-disable-next-line eqeqeq
      return !isObjectLike(b) && (a == b || (Number.isNaN(a) && Number.isNaN(b)));
    }
    if (!isObjectLike(b)) return false;
  }

  if (tagOf(a) !== tagOf(b)) return false;

  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    const keys = nonIndexKeys(a, strict);
    if (keys.length !== nonIndexKeys(b, strict).length) return false;
    return compareKeys(a, b, strict, memos, kIsArray, keys);
  }
  if (tagOf(a) === '[object Object]') {
    return compareKeys(a, b, strict, memos, kNoIterator);
  }
  if (types.isDate(a)) {
    if (!types.isDate(b) || Date.prototype.getTime.call(a) !== Date.prototype.getTime.call(b)) {
      return false;
    }
  } else if (types.isRegExp(a)) {
    if (!types.isRegExp(b) || !sameRegExp(a, b)) return false;
  } else if (isError(a)) {
    if (!isError(b) || !sameErrorFields(a, b, strict, memos)) return false;
  } else if (ArrayBuffer.isView(a)) {
    if (!ArrayBuffer.isView(b)) return false;
    const floats = !strict && (types.isFloat32Array(a) || types.isFloat64Array(a));
    if (floats ? !sameFloatElements(a, b) : !sameBytes(a, b)) return false;
    const keys = nonIndexKeys(a, strict);
    if (keys.length !== nonIndexKeys(b, strict).length) return false;
    return compareKeys(a, b, strict, memos, kNoIterator, keys);
  } else if (types.isSet(a)) {
    if (!types.isSet(b) || a.size !== b.size) return false;
    return compareKeys(a, b, strict, memos, kIsSet);
  } else if (types.isMap(a)) {
    if (!types.isMap(b) || a.size !== b.size) return false;
    return compareKeys(a, b, strict, memos, kIsMap);
  } else if (types.isAnyArrayBuffer(a)) {
    if (!types.isAnyArrayBuffer(b) || !sameBytes(a, b)) return false;
  } else if (types.isBoxedPrimitive(a)) {
    if (!sameBoxedPrimitive(a, b)) return false;
  } else if (isSpecialObject(b)) {
    return false;
  }
  return compareKeys(a, b, strict, memos, kNoIterator);
}

// Compares own enumerable keys (given, or Object.keys plus symbols in
// strict mode), then the values / entries, guarding against cycles.
function compareKeys(a, b, strict, memos, iterationType, keys) {
  if (keys === undefined) {
    keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    if (!collectSymbolKeys(a, b, strict, keys)) return false;
  }
  for (const key of keys) if (!isEnumerable(b, key)) return false;

  if (keys.length === 0 && (iterationType === kNoIterator ||
      (iterationType === kIsArray && a.length === 0) || a.size === 0)) {
    return true;
  }

  // A pair met again while it is still being compared (a cycle) counts as
  // equal here; the comparison already in progress for it decides.
  if (memos === undefined) memos = new Map();
  let partners = memos.get(a);
  if (partners === undefined) memos.set(a, partners = new Set());
  else if (partners.has(b)) return true;
  partners.add(b);
  const equal = compareContents(a, b, strict, keys, memos, iterationType);
  partners.delete(b);
  return equal;
}

// Strict mode: enumerable own symbols must match too (appended to `keys`).
// Loose mode ignores symbols entirely.
function collectSymbolKeys(a, b, strict, keys) {
  if (!strict) return true;
  const enumerableSymbols = (obj) => Object.getOwnPropertySymbols(obj).filter((s) => isEnumerable(obj, s));
  const symbolsA = enumerableSymbols(a);
  for (const sym of symbolsA) {
    if (!isEnumerable(b, sym)) return false;
    keys.push(sym);
  }
  return enumerableSymbols(b).length === symbolsA.length;
}

function compareContents(a, b, strict, keys, memos, iterationType) {
  if (iterationType === kIsSet) {
    if (!setEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === kIsMap) {
    if (!mapEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === kIsArray) {
    // Holes only equal holes.
    for (let i = 0; i < a.length; i++) {
      const inA = hasOwn(a, i);
      if (inA !== hasOwn(b, i)) return false;
      if (inA && !innerDeepEqual(a[i], b[i], strict, memos)) return false;
    }
  }
  for (const key of keys) {
    if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }
  return true;
}

// --- Sets and Maps ------------------------------------------------------------

// In loose mode a primitive may match a different primitive (1 == '1').
// Returns whether a loose partner can exist at all (true/false), or, for
// null and undefined, the one partner to look up.
function looseLookupValue(prim) {
  switch (typeof prim) {
    case 'undefined': return null;
    case 'object': return undefined; // prim is null
    case 'symbol': return false;
    case 'string': return !Number.isNaN(+prim);
    case 'number': return !Number.isNaN(prim);
    default: return true;
  }
}

// Could `b` hold a loose equivalent of `prim`, missing from `a`?
function setMightHaveLoosePrim(a, b, prim) {
  const alt = looseLookupValue(prim);
  if (typeof alt === 'boolean') return alt;
  return b.has(alt) && !a.has(alt);
}

function mapMightHaveLoosePrim(a, b, prim, item, memos) {
  const alt = looseLookupValue(prim);
  if (typeof alt === 'boolean') return alt;
  const itemB = b.get(alt);
  if ((itemB === undefined && !b.has(alt)) || !innerDeepEqual(item, itemB, false, memos)) return false;
  return !a.has(alt);
}

// Removes from `candidates` the first value deep-equal to `value`.
function takeEqual(candidates, value, strict, memos) {
  for (const candidate of candidates) {
    if (innerDeepEqual(value, candidate, strict, memos)) {
      candidates.delete(candidate);
      return true;
    }
  }
  return false;
}

// Objects (and, loosely, unmatched primitives) of `a` are collected and
// each must be paired with a deep-equal member of `b`.
function setEquiv(a, b, strict, memos) {
  let pending = null;
  for (const value of a) {
    if (isObjectLike(value)) {
      (pending ??= new Set()).add(value);
    } else if (!b.has(value)) {
      if (strict || !setMightHaveLoosePrim(a, b, value)) return false;
      (pending ??= new Set()).add(value);
    }
  }
  if (pending === null) return true;
  for (const value of b) {
    if (isObjectLike(value)) {
      if (!takeEqual(pending, value, strict, memos)) return false;
    } else if (!strict && !a.has(value) && !takeEqual(pending, value, strict, memos)) {
      return false;
    }
  }
  return pending.size === 0;
}

// Removes from `keys` the first key deep-equal to `key` whose value in `map`
// is also deep-equal to `item`.
function takeEqualEntry(keys, map, key, item, strict, memos) {
  for (const candidate of keys) {
    if (innerDeepEqual(key, candidate, strict, memos) &&
        innerDeepEqual(item, map.get(candidate), strict, memos)) {
      keys.delete(candidate);
      return true;
    }
  }
  return false;
}

function mapEquiv(a, b, strict, memos) {
  let pending = null;
  for (const [key, item] of a) {
    if (isObjectLike(key)) {
      (pending ??= new Set()).add(key);
    } else {
      const itemB = b.get(key);
      if ((itemB === undefined && !b.has(key)) || !innerDeepEqual(item, itemB, strict, memos)) {
        if (strict || !mapMightHaveLoosePrim(a, b, key, item, memos)) return false;
        (pending ??= new Set()).add(key);
      }
    }
  }
  if (pending === null) return true;
  for (const [key, item] of b) {
    if (isObjectLike(key)) {
      if (!takeEqualEntry(pending, a, key, item, strict, memos)) return false;
    } else if (!strict && (!a.has(key) || !innerDeepEqual(a.get(key), item, false, memos)) &&
               !takeEqualEntry(pending, a, key, item, false, memos)) {
      return false;
    }
  }
  return pending.size === 0;
}

function isDeepEqual(a, b) {
  return innerDeepEqual(a, b, false);
}

function isDeepStrictEqual(a, b) {
  return innerDeepEqual(a, b, true);
}

module.exports = { isDeepEqual, isDeepStrictEqual };
