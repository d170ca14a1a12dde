'use strict';
// util.inspect and util.format, written to print exactly what node 20 prints.
//
// The shape of the output follows node's documented rules; the comments
// explain the ones that are easy to get wrong (line breaking, array grouping,
// error stacks). Engine-private information (promise state, iterator
// contents, proxies) comes from the native binding; types are checked with
// brand checks in internal/types.

const binding = require('internal/binding');
const types = require('internal/types');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
const isEnumerable = (obj, key) => Object.prototype.propertyIsEnumerable.call(obj, key);

// ---------------------------------------------------------------------------
// Options, colors and styles
// ---------------------------------------------------------------------------

const defaultOptions = Object.seal({
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});

// [open, close] SGR codes.
const colors = {
  __proto__: null,
  reset: [0, 0],
  bold: [1, 22],
  dim: [2, 22],
  italic: [3, 23],
  underline: [4, 24],
  blink: [5, 25],
  inverse: [7, 27],
  hidden: [8, 28],
  strikethrough: [9, 29],
  doubleunderline: [21, 24],
  black: [30, 39],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  cyan: [36, 39],
  white: [37, 39],
  bgBlack: [40, 49],
  bgRed: [41, 49],
  bgGreen: [42, 49],
  bgYellow: [43, 49],
  bgBlue: [44, 49],
  bgMagenta: [45, 49],
  bgCyan: [46, 49],
  bgWhite: [47, 49],
  framed: [51, 54],
  overlined: [53, 55],
  gray: [90, 39],
  redBright: [91, 39],
  greenBright: [92, 39],
  yellowBright: [93, 39],
  blueBright: [94, 39],
  magentaBright: [95, 39],
  cyanBright: [96, 39],
  whiteBright: [97, 39],
  bgGray: [100, 49],
  bgRedBright: [101, 49],
  bgGreenBright: [102, 49],
  bgYellowBright: [103, 49],
  bgBlueBright: [104, 49],
  bgMagentaBright: [105, 49],
  bgCyanBright: [106, 49],
  bgWhiteBright: [107, 49],
};

// Alternative names: non-enumerable accessors that read and write the
// color they stand for.
const colorAliases = [
  ['grey', 'gray'],
  ['blackBright', 'gray'],
  ['bgGrey', 'bgGray'],
  ['bgBlackBright', 'bgGray'],
  ['faint', 'dim'],
  ['crossedout', 'strikethrough'],
  ['strikeThrough', 'strikethrough'],
  ['crossedOut', 'strikethrough'],
  ['conceal', 'hidden'],
  ['swapColors', 'inverse'],
  ['swapcolors', 'inverse'],
  ['doubleUnderline', 'doubleunderline'],
];

function defineColorAlias(alias, target) {
  Object.defineProperty(colors, alias, {
    __proto__: null,
    get() { return this[target]; },
    set(value) { this[target] = value; },
    configurable: true,
    enumerable: false,
  });
}

for (const [alias, target] of colorAliases) defineColorAlias(alias, target);

const styles = Object.assign({ __proto__: null }, {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

function stylizeNoColor(str) {
  return str;
}

function stylizeWithColor(str, styleType) {
  const style = inspect.styles[styleType];
  if (style !== undefined) {
    const color = inspect.colors[style];
    if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  return str;
}

// ---------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------

// How a property is printed: as an object key, as an array element (value
// only), or as an extra non-index key of an array.
const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;

function newContext() {
  return {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: defaultOptions.showHidden,
    depth: defaultOptions.depth,
    colors: defaultOptions.colors,
    customInspect: defaultOptions.customInspect,
    showProxy: defaultOptions.showProxy,
    maxArrayLength: defaultOptions.maxArrayLength,
    maxStringLength: defaultOptions.maxStringLength,
    breakLength: defaultOptions.breakLength,
    compact: defaultOptions.compact,
    sorted: defaultOptions.sorted,
    getters: defaultOptions.getters,
    numericSeparator: defaultOptions.numericSeparator,
  };
}

function inspect(value, opts) {
  const ctx = newContext();
  if (arguments.length > 1) {
    // Legacy signature: inspect(value, showHidden, depth, colors).
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      for (const key of Object.keys(opts)) {
        if (hasOwn(defaultOptions, key) || key === 'stylize') {
          ctx[key] = opts[key];
        } else if (ctx.userOptions === undefined) {
          // Unknown keys are handed on to custom inspect functions.
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}

inspect.custom = customInspectSymbol;

Object.defineProperty(inspect, 'defaultOptions', {
  __proto__: null,
  get() {
    return defaultOptions;
  },
  set(options) {
    if (options === null || typeof options !== 'object') {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    return Object.assign(defaultOptions, options);
  },
});

inspect.colors = colors;
inspect.styles = styles;

// ---------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');

  // Proxies are shown as their target, without running traps, or with
  // showProxy as "Proxy [ target, handler ]". Without the binding's
  // getProxyDetails the proxy itself is inspected (traps run).
  const context = value;
  const isProxy = binding.isProxy(value);
  if (isProxy) {
    const details = getProxyDetails(value);
    if (details === undefined) {
      if (isRevokedProxy(value)) return ctx.stylize('<Revoked Proxy>', 'special');
    } else {
      if (details[0] === null) return ctx.stylize('<Revoked Proxy>', 'special');
      if (ctx.showProxy) return formatProxy(ctx, details, recurseTimes);
      value = details[0];
    }
  }

  if (ctx.customInspect) {
    const result = callCustomInspect(ctx, value, recurseTimes, isProxy, context);
    if (result !== undefined) return result;
  }

  // An object already being printed further up is a cycle.
  if (ctx.seen.includes(value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new Map();
      ctx.circular.set(value, index);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }

  return formatRaw(ctx, value, recurseTimes, typedArray);
}

// [target, handler] of a proxy (nulls once revoked), or undefined when the
// binding has no getProxyDetails op.
function getProxyDetails(proxy) {
  if (typeof binding.getProxyDetails !== 'function') return undefined;
  return binding.getProxyDetails(proxy);
}

function formatProxy(ctx, details, recurseTimes) {
  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    return ctx.stylize('Proxy [Array]', 'special');
  }
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const res = [
    formatValue(ctx, details[0], recurseTimes),
    formatValue(ctx, details[1], recurseTimes),
  ];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, res, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
}

function isRevokedProxy(proxy) {
  try {
    Reflect.getPrototypeOf(proxy);
    return false;
  } catch (err) {
    return err instanceof TypeError && /revoked/i.test(String(err.message));
  }
}

// Runs value[inspect.custom](depth, options, inspect). Returns the printed
// text, or undefined when the value has no custom inspector (or it returned
// the value itself).
function callCustomInspect(ctx, value, recurseTimes, isProxy, context) {
  const custom = value[customInspectSymbol];
  if (typeof custom !== 'function' || custom === inspect) return undefined;
  // Prototype objects that carry an inspector for their instances are
  // printed plainly.
  if (value.constructor && value.constructor.prototype === value) return undefined;

  const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
  const isCrossContext = isProxy || !(context instanceof Object);
  const ret = custom.call(context, depth, getUserOptions(ctx, isCrossContext), inspect);
  if (ret === context) return undefined;
  if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
  return ret.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
}

// The options object given to custom inspectors.
function getUserOptions(ctx, isCrossContext) {
  const ret = {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };
  // Objects without Object.prototype in their chain may come from another
  // realm: they get only primitive options and a guarded stylize.
  if (isCrossContext) {
    Object.setPrototypeOf(ret, null);
    for (const key of Object.keys(ret)) {
      if ((typeof ret[key] === 'object' || typeof ret[key] === 'function') && ret[key] !== null) {
        delete ret[key];
      }
    }
    ret.stylize = Object.setPrototypeOf((value, flavour) => {
      let stylized;
      try {
        stylized = `${ctx.stylize(value, flavour)}`;
      } catch {
        // Fall back to the plain value.
      }
      return typeof stylized === 'string' ? stylized : value;
    }, null);
  }
  return ret;
}

// ---------------------------------------------------------------------------
// Objects
// ---------------------------------------------------------------------------

// Works out how an object is printed: its prefix ("Map(2) ", "Foo "), the
// braces, the function printing its entries and the keys printed after
// them; then prints it all.
function formatRaw(ctx, value, recurseTimes, typedArray) {
  let protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) protoProps = [];

  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;

  const tag = getDisplayedTag(ctx, value);

  const shape = {
    keys: undefined,
    base: '',
    braces: undefined,
    formatter: formatNothing,
    extrasType: kObjectType,
    // Set when the object is printed completely without entries.
    done: undefined,
  };

  if (Symbol.iterator in value || constructor === null) {
    describeIterable(ctx, value, constructor, tag, protoProps, shape);
  }
  if (shape.braces === undefined && shape.done === undefined) {
    describeObject(ctx, value, recurseTimes, constructor, tag, protoProps, typedArray, shape);
  }
  if (shape.done !== undefined) return shape.done;

  const { keys, braces, formatter, extrasType } = shape;
  let base = shape.base;

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    // Too deep: only the name, like "[Object]" or "[Array]".
    let name = getPrefix(constructor, tag, 'Object').slice(0, -1);
    if (constructor !== null) name = `[${name}]`;
    return ctx.stylize(name, 'special');
  }
  recurseTimes += 1;

  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (let i = 0; i < keys.length; i++) {
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
    if (protoProps !== undefined) output.push(...protoProps);
  } catch (err) {
    const name = getPrefix(constructor, tag, 'Object').slice(0, -1);
    return handleMaxCallStackSize(ctx, err, name, indentationLvl);
  }

  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      // The object is referenced from inside itself: mark it "<ref *n>".
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) {
        base = base === '' ? reference : `${reference} ${base}`;
      } else {
        braces[0] = `${reference} ${braces[0]}`;
      }
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) sortOutput(ctx, output, keys, extrasType);

  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);

  // Once the text printed at one indentation level grows past 2 ** 27
  // characters, stop descending into objects at all.
  const budget = ctx.budget[ctx.indentationLvl] || 0;
  const newLength = budget + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  if (newLength > 2 ** 27) ctx.depth = -1;
  return res;
}

// Symbol.toStringTag is shown ("Object [Tag] {}") only when it is a string
// that is not an own (enumerable, unless showHidden) property, which would be
// printed anyway.
function getDisplayedTag(ctx, value) {
  const tag = value[Symbol.toStringTag];
  if (typeof tag !== 'string') return '';
  if (tag !== '') {
    const isOwn = ctx.showHidden ? hasOwn : isEnumerable;
    if (isOwn(value, Symbol.toStringTag)) return '';
  }
  return tag;
}

function formatNothing() {
  return [];
}

function sortOutput(ctx, output, keys, extrasType) {
  const comparator = ctx.sorted === true ? undefined : ctx.sorted;
  if (extrasType === kObjectType) {
    output.sort(comparator);
  } else if (keys.length > 1) {
    // Array entries keep their order; only the extra keys are sorted.
    const start = output.length - keys.length;
    const sorted = output.slice(start).sort(comparator);
    output.splice(start, keys.length, ...sorted);
  }
}

// Arrays, Sets, Maps, typed arrays and Map/Set iterators.
function describeIterable(ctx, value, constructor, tag, protoProps, shape) {
  if (Array.isArray(value)) {
    // Plain arrays have no prefix; subclasses and tagged ones do.
    const prefix = (constructor !== 'Array' || tag !== '')
      ? getPrefix(constructor, tag, 'Array', `(${value.length})`)
      : '';
    shape.keys = getOwnNonIndexProperties(value, ctx.showHidden);
    shape.braces = [`${prefix}[`, ']'];
    if (value.length === 0 && shape.keys.length === 0 && protoProps === undefined) {
      shape.done = `${shape.braces[0]}]`;
      return;
    }
    shape.extrasType = kArrayExtrasType;
    shape.formatter = formatArray;
  } else if (types.isSet(value)) {
    const size = setSize(value);
    const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
    shape.keys = getKeys(value, ctx.showHidden);
    shape.formatter = (c, v, r) => formatSet(Set.prototype.values.call(value), size, c, r);
    if (size === 0 && shape.keys.length === 0 && protoProps === undefined) {
      shape.done = `${prefix}{}`;
      return;
    }
    shape.braces = [`${prefix}{`, '}'];
  } else if (types.isMap(value)) {
    const size = mapSize(value);
    const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
    shape.keys = getKeys(value, ctx.showHidden);
    shape.formatter = (c, v, r) => formatMap(Map.prototype.entries.call(value), size, c, r);
    if (size === 0 && shape.keys.length === 0 && protoProps === undefined) {
      shape.done = `${prefix}{}`;
      return;
    }
    shape.braces = [`${prefix}{`, '}'];
  } else if (types.isTypedArray(value)) {
    shape.keys = getOwnNonIndexProperties(value, ctx.showHidden);
    const fallback = constructor === null ? typedArrayName(value) : '';
    const size = typedArrayLength(value);
    const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
    shape.braces = [`${prefix}[`, ']'];
    // `value.length` (not `size`): a typed array without prototype has no
    // length property, and node then prints "[ ]" with its inner spaces.
    if (value.length === 0 && shape.keys.length === 0 && !ctx.showHidden) {
      shape.done = `${shape.braces[0]}]`;
      return;
    }
    // Without a prototype the typed array has no `length` and friends; a
    // copy with the real prototype supplies them for showHidden.
    const bound = constructor === null ? new globalThis[fallback](value) : value;
    shape.formatter = (c, v, r) => formatTypedArray(bound, size, c, r);
    shape.extrasType = kArrayExtrasType;
  } else if (types.isMapIterator(value)) {
    shape.keys = getKeys(value, ctx.showHidden);
    shape.braces = getIteratorBraces('Map', tag);
    shape.formatter = (c, v, r) => formatIterator(shape.braces, c, v, r);
  } else if (types.isSetIterator(value)) {
    shape.keys = getKeys(value, ctx.showHidden);
    shape.braces = getIteratorBraces('Set', tag);
    shape.formatter = (c, v, r) => formatIterator(shape.braces, c, v, r);
  }
}

// Everything that is not printed as a list of entries.
function describeObject(ctx, value, recurseTimes, constructor, tag, protoProps, typedArray, shape) {
  const keys = getKeys(value, ctx.showHidden);
  const braces = ['{', '}'];
  shape.keys = keys;
  shape.braces = braces;
  const isEmpty = () => keys.length === 0 && protoProps === undefined;

  if (typeof value === 'function') {
    shape.base = getFunctionBase(value, constructor, tag);
    if (isEmpty()) shape.done = ctx.stylize(shape.base, 'special');
  } else if (constructor === 'Object') {
    // Whatever else it is, an object whose constructor is Object prints as
    // a plain object.
    if (types.isArgumentsObject(value)) {
      braces[0] = '[Arguments] {';
    } else if (tag !== '') {
      braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
    }
    if (isEmpty()) shape.done = `${braces[0]}}`;
  } else if (types.isRegExp(value)) {
    let base = RegExp.prototype.toString.call(
      constructor !== null ? value : new RegExp(value));
    const prefix = getPrefix(constructor, tag, 'RegExp');
    if (prefix !== 'RegExp ') base = `${prefix}${base}`;
    shape.base = base;
    if (isEmpty() || (recurseTimes > ctx.depth && ctx.depth !== null)) {
      shape.done = ctx.stylize(base, 'regexp');
    }
  } else if (types.isDate(value)) {
    const time = Date.prototype.getTime.call(value);
    let base = Number.isNaN(time)
      ? Date.prototype.toString.call(value)
      : Date.prototype.toISOString.call(value);
    const prefix = getPrefix(constructor, tag, 'Date');
    if (prefix !== 'Date ') base = `${prefix}${base}`;
    shape.base = base;
    if (isEmpty()) shape.done = ctx.stylize(base, 'date');
  } else if (isError(value)) {
    shape.base = formatError(value, constructor, tag, ctx, keys);
    if (isEmpty()) shape.done = shape.base;
  } else if (types.isAnyArrayBuffer(value)) {
    const arrayType = types.isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
    const prefix = getPrefix(constructor, tag, arrayType);
    if (typedArray === undefined) {
      shape.formatter = formatArrayBuffer;
    } else if (isEmpty()) {
      // The buffer of a typed array shown with showHidden: just its size.
      const byteLength = formatNumber(ctx.stylize, value.byteLength, false);
      shape.done = `${prefix}{ byteLength: ${byteLength} }`;
      return;
    }
    braces[0] = `${prefix}{`;
    keys.unshift('byteLength');
  } else if (types.isDataView(value)) {
    braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
    // `buffer` goes last as it is not a primitive.
    keys.unshift('byteLength', 'byteOffset', 'buffer');
  } else if (types.isPromise(value)) {
    braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
    shape.formatter = formatPromise;
  } else if (types.isWeakSet(value)) {
    braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
    shape.formatter = formatWeakCollection;
  } else if (types.isWeakMap(value)) {
    braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
    shape.formatter = formatWeakCollection;
  } else if (types.isModuleNamespaceObject(value)) {
    braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
    shape.formatter = (c, v, r) => formatNamespaceObject(keys.splice(0), c, v, r);
  } else if (types.isBoxedPrimitive(value)) {
    shape.base = getBoxedBase(value, ctx, keys, constructor, tag);
    if (isEmpty()) shape.done = shape.base;
  } else {
    if (isEmpty()) {
      shape.done = `${getPrefix(constructor, tag, 'Object')}{}`;
      return;
    }
    braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
  }
}

// "Foo ", "Foo [Tag] ", "Array(2) ", "[Object: null prototype] ".
function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

function handleMaxCallStackSize(ctx, err, constructorName, indentationLvl) {
  if (isStackOverflowError(err)) {
    ctx.seen.pop();
    ctx.indentationLvl = indentationLvl;
    return ctx.stylize(
      `[${constructorName}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`,
      'special');
  }
  throw err;
}

// V8 throws RangeError "Maximum call stack size exceeded", SpiderMonkey
// InternalError "too much recursion".
function isStackOverflowError(err) {
  if (err === null || typeof err !== 'object') return false;
  const name = err.name;
  const message = String(err.message);
  return (name === 'RangeError' && message.includes('call stack size')) ||
    (name === 'InternalError' && message.includes('too much recursion'));
}

// ---------------------------------------------------------------------------
// Constructor names and prototype properties
// ---------------------------------------------------------------------------

// Names of the ECMAScript built-in constructors. Their prototypes are not
// listed with showHidden, and their toString counts as built-in for %s.
const builtInNames = new Set([
  'Object', 'Function', 'Array', 'Number', 'Boolean', 'String', 'Symbol',
  'BigInt', 'Date', 'Promise', 'RegExp', 'Error', 'AggregateError',
  'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError',
  'URIError', 'ArrayBuffer', 'SharedArrayBuffer', 'DataView', 'Uint8Array',
  'Int8Array', 'Uint16Array', 'Int16Array', 'Uint32Array', 'Int32Array',
  'Float32Array', 'Float64Array', 'Uint8ClampedArray', 'BigUint64Array',
  'BigInt64Array', 'Map', 'Set', 'WeakMap', 'WeakSet', 'Proxy', 'WeakRef',
  'FinalizationRegistry',
]);

function isInstanceof(object, proto) {
  try {
    return object instanceof proto;
  } catch {
    return false;
  }
}

// The name of the nearest constructor in the prototype chain that `obj` is
// an instance of; null for objects without prototype. Prototype chains that
// have no such constructor are described as "Object <Foo>" etc. With
// showHidden, collects user-defined prototype properties into protoProps.
function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  const original = obj;
  while (obj) {
    const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined &&
        typeof descriptor.value === 'function' &&
        descriptor.value.name !== '' &&
        isInstanceof(original, descriptor.value)) {
      if (protoProps !== undefined &&
          (firstProto !== obj || !builtInNames.has(descriptor.value.name))) {
        addPrototypeProperties(ctx, original, firstProto || original, recurseTimes, protoProps);
      }
      return String(descriptor.value.name);
    }
    obj = Object.getPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }

  if (firstProto === null) return null;

  const res = builtinClassName(original);
  if (recurseTimes > ctx.depth && ctx.depth !== null) return `${res} <Complex prototype>`;

  const protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoConstr === null) {
    const protoText = inspect(firstProto, {
      ...optionsOf(ctx),
      customInspect: false,
      depth: -1,
    });
    return `${res} <${protoText}>`;
  }
  return `${res} <${protoConstr}>`;
}

// The inspect options held by a context.
function optionsOf(ctx) {
  const options = {};
  for (const key of Object.keys(defaultOptions)) options[key] = ctx[key];
  options.stylize = ctx.stylize;
  return options;
}

// What kind of built-in object this is, whatever its prototype says.
function builtinClassName(value) {
  if (typeof value === 'function') return 'Function';
  if (Array.isArray(value)) return 'Array';
  if (isError(value)) return 'Error';
  if (types.isDate(value)) return 'Date';
  if (types.isRegExp(value)) return 'RegExp';
  if (types.isMap(value)) return 'Map';
  if (types.isSet(value)) return 'Set';
  if (types.isTypedArray(value)) return typedArrayName(value);
  if (types.isNumberObject(value)) return 'Number';
  if (types.isStringObject(value)) return 'String';
  if (types.isBooleanObject(value)) return 'Boolean';
  return 'Object';
}

// With showHidden, properties of user-defined prototypes (up to three
// levels, stopping at built-ins) are listed after the object's own, except
// methods and `constructor`.
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let depth = 0;
  let keys;
  let keySet;
  do {
    if (depth !== 0 || main === obj) {
      obj = Object.getPrototypeOf(obj);
      if (obj === null) return;
      const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
      if (descriptor !== undefined &&
          typeof descriptor.value === 'function' &&
          builtInNames.has(descriptor.value.name)) {
        return;
      }
    }

    if (depth === 0) {
      keySet = new Set();
    } else {
      for (const key of keys) keySet.add(key);
    }
    keys = Reflect.ownKeys(obj);
    ctx.seen.push(main);
    for (const key of keys) {
      // Skip `constructor` and keys shadowed by the object or a closer layer.
      if (key === 'constructor' || hasOwn(main, key) || (depth !== 0 && keySet.has(key))) {
        continue;
      }
      const desc = Object.getOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') continue;
      const value = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      output.push(ctx.colors ? `\u001b[2m${value}\u001b[22m` : value);
    }
    ctx.seen.pop();
  } while (++depth !== 3);
}

// ---------------------------------------------------------------------------
// Keys
// ---------------------------------------------------------------------------

// Own enumerable string keys then enumerable symbols; everything own with
// showHidden.
function getKeys(value, showHidden) {
  const symbols = Object.getOwnPropertySymbols(value);
  let keys;
  if (showHidden) {
    keys = Object.getOwnPropertyNames(value);
    if (symbols.length !== 0) keys.push(...symbols);
  } else {
    try {
      keys = Object.keys(value);
    } catch {
      // Module namespaces with bindings not yet initialised.
      keys = Object.getOwnPropertyNames(value);
    }
    if (symbols.length !== 0) keys.push(...symbols.filter((key) => isEnumerable(value, key)));
  }
  return keys;
}

function isArrayIndex(key) {
  if (typeof key !== 'string') return false;
  const n = Number(key) >>> 0;
  return String(n) === key && n !== 4294967295;
}

// Own keys that are not array indices (enumerable ones unless showHidden).
function getOwnNonIndexProperties(value, showHidden) {
  const keys = [];
  for (const key of Reflect.ownKeys(value)) {
    if (isArrayIndex(key)) continue;
    if (!showHidden && !isEnumerable(value, key)) continue;
    keys.push(key);
  }
  return keys;
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

const keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

// "key: value", or just "value" for array elements. Keys that are not
// identifiers are quoted; non-enumerable ones are shown as "[key]".
function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let name;
  let str;
  let extra = ' ';
  desc = desc || Object.getOwnPropertyDescriptor(value, key) ||
    { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      extra = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    str = formatAccessor(ctx, desc, original, recurseTimes);
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;

  if (typeof key === 'symbol') {
    name = `[${ctx.stylize(escapeControl(key.toString()), 'symbol')}]`;
  } else if (key === '__proto__') {
    name = "['__proto__']";
  } else if (desc.enumerable === false) {
    name = `[${escapeControl(key)}]`;
  } else if (keyStrRegExp.test(key)) {
    name = ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(strEscape(key), 'string');
  }
  return `${name}:${extra}${str}`;
}

// "[Getter]", "[Setter]", "[Getter/Setter]", or with the `getters` option
// "[Getter: 1]" / "[Getter] { ... }".
function formatAccessor(ctx, desc, original, recurseTimes) {
  const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
  const s = ctx.stylize;
  const sp = 'special';
  const wanted = ctx.getters && (ctx.getters === true ||
    (ctx.getters === 'get' && desc.set === undefined) ||
    (ctx.getters === 'set' && desc.set !== undefined));
  if (!wanted) return s(`[${label}]`, sp);
  try {
    const tmp = desc.get.call(original);
    ctx.indentationLvl += 2;
    let str;
    if (tmp === null) {
      str = `${s(`[${label}:`, sp)} ${s('null', 'null')}${s(']', sp)}`;
    } else if (typeof tmp === 'object') {
      str = `${s(`[${label}]`, sp)} ${formatValue(ctx, tmp, recurseTimes)}`;
    } else {
      str = `${s(`[${label}:`, sp)} ${formatPrimitive(s, tmp, ctx)}${s(']', sp)}`;
    }
    ctx.indentationLvl -= 2;
    return str;
  } catch (err) {
    const message = `<Inspection threw (${err.message})>`;
    return `${s(`[${label}:`, sp)} ${message}${s(']', sp)}`;
  }
}

// ---------------------------------------------------------------------------
// Primitives
// ---------------------------------------------------------------------------

// Strings at least this long may be split at their newlines.
const kMinLineWidth = 16;

function formatPrimitive(fn, value, ctx) {
  switch (typeof value) {
    case 'string': return formatString(fn, value, ctx);
    case 'number': return formatNumber(fn, value, ctx.numericSeparator);
    case 'bigint': return formatBigInt(fn, value, ctx.numericSeparator);
    case 'boolean': return fn(`${value}`, 'boolean');
    case 'undefined': return fn('undefined', 'undefined');
    default: return fn(Symbol.prototype.toString.call(value), 'symbol');
  }
}

// Long strings (longer than 16 and than the room left on the line) are
// printed one line per "\n"-terminated piece, joined with " +".
function formatString(fn, value, ctx) {
  let trailer = '';
  if (value.length > ctx.maxStringLength) {
    const remaining = value.length - ctx.maxStringLength;
    value = value.slice(0, ctx.maxStringLength);
    trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
  }
  if (ctx.compact !== true &&
      value.length > kMinLineWidth &&
      value.length > ctx.breakLength - ctx.indentationLvl - 4) {
    return value
      .split(/(?<=\n)/)
      .map((line) => fn(strEscape(line), 'string'))
      .join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer;
  }
  return fn(strEscape(value), 'string') + trailer;
}

function formatNumber(fn, number, numericSeparator) {
  if (!numericSeparator) {
    if (Object.is(number, -0)) return fn('-0', 'number');
    return fn(`${number}`, 'number');
  }
  const integer = Math.trunc(number);
  const string = String(integer);
  if (integer === number) {
    if (!Number.isFinite(number) || string.includes('e')) return fn(string, 'number');
    return fn(addNumericSeparator(string), 'number');
  }
  if (Number.isNaN(number)) return fn(string, 'number');
  // Split the decimal text at its point. (node does the same to exponent
  // forms without a point, giving odd results such as "-1e-.-1e_-7".)
  const text = String(number);
  const point = text.indexOf('.');
  const integerPart = text.slice(0, point);
  const fraction = text.slice(point + 1);
  return fn(`${addNumericSeparator(integerPart)}.${addNumericSeparatorEnd(fraction)}`, 'number');
}

function formatBigInt(fn, bigint, numericSeparator) {
  const string = String(bigint);
  if (!numericSeparator) return fn(`${string}n`, 'bigint');
  return fn(`${addNumericSeparator(string)}n`, 'bigint');
}

// "1234567" -> "1_234_567" (groups of three from the right).
function addNumericSeparator(integerString) {
  let result = '';
  let i = integerString.length;
  const start = integerString.startsWith('-') ? 1 : 0;
  for (; i >= start + 4; i -= 3) result = `_${integerString.slice(i - 3, i)}${result}`;
  return i === integerString.length ? integerString : `${integerString.slice(0, i)}${result}`;
}

// "1234567" -> "123_456_7" (groups of three from the left, for fractions).
function addNumericSeparatorEnd(digits) {
  let result = '';
  let i = 0;
  for (; i < digits.length - 3; i += 3) result += `${digits.slice(i, i + 3)}_`;
  return i === 0 ? digits : `${result}${digits.slice(i)}`;
}

// ---------------------------------------------------------------------------
// String escaping
// ---------------------------------------------------------------------------

// How a code unit below 0xa0 is escaped, or undefined when it is not.
function escapeOf(code) {
  switch (code) {
    case 8: return '\\b';
    case 9: return '\\t';
    case 10: return '\\n';
    case 12: return '\\f';
    case 13: return '\\r';
    case 39: return "\\'";
    case 92: return '\\\\';
    default:
      if (code < 0x20 || (code >= 0x7f && code < 0xa0)) {
        return `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
      }
      return undefined;
  }
}

function isLoneSurrogate(str, i) {
  const code = str.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = str.charCodeAt(i + 1);
    return !(next >= 0xdc00 && next <= 0xdfff);
  }
  if (code >= 0xdc00 && code <= 0xdfff) {
    const prev = i > 0 ? str.charCodeAt(i - 1) : 0;
    return !(prev >= 0xd800 && prev <= 0xdbff);
  }
  return false;
}

// Escapes control characters, backslashes, lone surrogates and (when it is
// the quote) the single quote.
function escapeString(str, escapeSingleQuote) {
  let result = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    let escaped;
    if (code === 39) {
      escaped = escapeSingleQuote ? "\\'" : undefined;
    } else if (code < 0xa0) {
      escaped = escapeOf(code);
    } else if (code >= 0xd800 && code <= 0xdfff && isLoneSurrogate(str, i)) {
      escaped = `\\u${code.toString(16)}`;
    }
    if (escaped !== undefined) {
      result += str.slice(last, i) + escaped;
      last = i + 1;
    }
  }
  return last === 0 ? str : result + str.slice(last);
}

// Names shown in brackets ("[Symbol(a\nb)]", non-enumerable keys) are
// escaped like single-quoted strings, without the quotes.
function escapeControl(str) {
  return escapeString(str, true);
}

// Quotes a string the way node does: single quotes, unless the string holds
// a single quote and no double quote (then "..."), or holds both but no
// backtick and no "${" (then `...`).
function strEscape(str) {
  let quote = "'";
  if (str.includes("'")) {
    if (!str.includes('"')) {
      quote = '"';
    } else if (!str.includes('`') && !str.includes('${')) {
      quote = '`';
    }
  }
  return `${quote}${escapeString(str, quote === "'")}${quote}`;
}

// ---------------------------------------------------------------------------
// Functions, boxed primitives
// ---------------------------------------------------------------------------

const stripCommentsRegExp = /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g;
const classRegExp = /^(\s+[^(]*?)\s*{/;

// "[Function: f]", "[AsyncFunction (anonymous)]", "[class A extends B]".
function getFunctionBase(value, constructor, tag) {
  const source = Function.prototype.toString.call(value);
  if (source.startsWith('class') && source.endsWith('}')) {
    const body = source.slice(5, -1);
    const braceIndex = body.indexOf('{');
    if (braceIndex !== -1 &&
        (!body.slice(0, braceIndex).includes('(') ||
         // A "(" before the body may be part of an `extends` expression.
         classRegExp.test(body.replace(stripCommentsRegExp, '')))) {
      return getClassBase(value, constructor, tag);
    }
  }
  let type = 'Function';
  if (types.isGeneratorFunction(value)) type = `Generator${type}`;
  if (types.isAsyncFunction(value)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  if (value.name === '') {
    base += ' (anonymous)';
  } else {
    base += `: ${value.name}`;
  }
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

function getClassBase(value, constructor, tag) {
  const name = (hasOwn(value, 'name') && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = Object.getPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

// "[Number: 3]", "[String: 'abc']", "[Symbol: Symbol(a)]".
function getBoxedBase(value, ctx, keys, constructor, tag) {
  let type;
  let primitive;
  if (types.isNumberObject(value)) {
    type = 'Number';
    primitive = Number.prototype.valueOf.call(value);
  } else if (types.isStringObject(value)) {
    type = 'String';
    primitive = String.prototype.valueOf.call(value);
    // The character indices are redundant with the string itself.
    keys.splice(0, primitive.length);
  } else if (types.isBooleanObject(value)) {
    type = 'Boolean';
    primitive = Boolean.prototype.valueOf.call(value);
  } else if (types.isBigIntObject(value)) {
    type = 'BigInt';
    primitive = BigInt.prototype.valueOf.call(value);
  } else {
    type = 'Symbol';
    primitive = Symbol.prototype.valueOf.call(value);
  }
  let base = `[${type}`;
  if (type !== constructor) {
    base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  }
  base += `: ${formatPrimitive(stylizeNoColor, primitive, ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

function isError(value) {
  return types.isNativeError(value) || isInstanceof(value, Error);
}

// An error prints as its stack. A stack without frames is wrapped in
// brackets ("[Error: msg]"); the header is adjusted to name the class
// ("E2 [Error]: msg"); own `name`/`message`/`stack` keys already visible in
// the stack are not repeated; `cause` and AggregateError `errors` are listed.
function formatError(err, constructor, tag, ctx, keys) {
  const name = err.name != null ? String(err.name) : 'Error';
  let stack = getStackString(err);
  removeDuplicateErrorKeys(ctx, keys, err, stack);

  if ('cause' in err && (keys.length === 0 || !keys.includes('cause'))) keys.push('cause');
  if (Array.isArray(err.errors) && (keys.length === 0 || !keys.includes('errors'))) {
    keys.push('errors');
  }

  stack = improveStack(stack, constructor, name, tag);

  // Frames start after the message, which may itself contain "\n    at".
  let pos = (err.message && stack.indexOf(err.message)) || -1;
  if (pos !== -1) pos += err.message.length;
  const stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    const header = stack.slice(0, stackStart);
    const lines = getStackFrames(ctx, err, stack.slice(stackStart + 1));
    if (ctx.colors) {
      stack = header + lines.map((line) => `\n${colorStackLine(ctx, line)}`).join('');
    } else {
      stack = `${header}\n${lines.join('\n')}`;
    }
  }

  if (ctx.indentationLvl !== 0) {
    stack = stack.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
  }
  return stack;
}

function getStackString(error) {
  return error.stack ? String(error.stack) : Error.prototype.toString.call(error);
}

function removeDuplicateErrorKeys(ctx, keys, err, stack) {
  if (ctx.showHidden || keys.length === 0) return;
  for (const name of ['name', 'message', 'stack']) {
    const index = keys.indexOf(name);
    if (index !== -1 && stack.includes(err[name])) keys.splice(index, 1);
  }
}

// Makes the first line name the actual class for errors that look regular
// ("Name: message" with a name ending in "Error"), and for null-prototype
// errors.
function improveStack(stack, constructor, name, tag) {
  let len = name.length;
  if (constructor === null ||
      (name.endsWith('Error') &&
       stack.startsWith(name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) ||
        /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (start && start[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) {
        stack = len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
      } else {
        stack = `${prefix} [${name}]${stack.slice(len)}`;
      }
    }
  }
  return stack;
}

// The frame lines, with the run of frames shared with the cause's stack
// replaced by "... n lines matching cause stack trace ...".
function getStackFrames(ctx, err, stack) {
  const frames = stack.split('\n');
  let cause;
  try {
    ({ cause } = err);
  } catch {
    // A throwing `cause` getter is ignored.
  }
  if (cause != null && isError(cause)) {
    const causeStack = getStackString(cause);
    const causeStackStart = causeStack.indexOf('\n    at');
    if (causeStackStart !== -1) {
      const causeFrames = causeStack.slice(causeStackStart + 1).split('\n');
      const { len, offset } = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

// The first run of more than three lines of `a` that also appears in `b`
// (with more than three lines of `b` from its start on).
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = Math.min(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return { len, offset: i };
      }
    }
  }
  return { len: 0, offset: 0 };
}

// With colors, frames of built-in modules are grey, node_modules package
// names underlined and the working directory grey.
function colorStackLine(ctx, line) {
  if (/^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/.test(line)) {
    return ctx.stylize(line, 'undefined');
  }
  line = markNodeModules(ctx, line);
  let cwd;
  try {
    cwd = process.cwd();
  } catch {
    return line;
  }
  return markCwd(ctx, line, cwd);
}

// Underlines the package name ("pkg", "@scope/pkg") after each
// "node_modules/".
function markNodeModules(ctx, line) {
  const nodeModulesRegExp = /[/\\]node_modules[/\\]((?:@[^/\\]+[/\\])?[^/\\]+)(?=[/\\])/g;
  let result = '';
  let pos = 0;
  let match;
  while ((match = nodeModulesRegExp.exec(line)) !== null) {
    const nameStart = match.index + '/node_modules/'.length;
    result += line.slice(pos, nameStart) + ctx.stylize(match[1], 'module');
    pos = match.index + match[0].length;
  }
  return pos === 0 ? line : result + line.slice(pos);
}

// Greys the working directory (with a "file://" or "(" in front of it, and
// the matching ")") in a frame line.
function markCwd(ctx, line, cwd) {
  let cwdStart = line.indexOf(cwd);
  if (cwdStart === -1) return line;
  let cwdLength = cwd.length;
  if (line.slice(cwdStart - 7, cwdStart) === 'file://') {
    cwdLength += 7;
    cwdStart -= 7;
  }
  const start = line[cwdStart - 1] === '(' ? cwdStart - 1 : cwdStart;
  const end = start !== cwdStart && line.endsWith(')') ? -1 : line.length;
  const cwdEnd = cwdStart + cwdLength + 1;
  let result = line.slice(0, start) + ctx.stylize(line.slice(start, cwdEnd), 'undefined') +
    line.slice(cwdEnd, end);
  if (end === -1) result += ctx.stylize(')', 'undefined');
  return result;
}

// ---------------------------------------------------------------------------
// Entries of arrays, typed arrays, buffers, collections
// ---------------------------------------------------------------------------

function remainingText(remaining) {
  return `... ${remaining} more item${remaining > 1 ? 's' : ''}`;
}

function formatArray(ctx, value, recurseTimes) {
  const valLen = value.length;
  const len = Math.min(Math.max(0, ctx.maxArrayLength), valLen);
  const remaining = valLen - len;
  const output = [];
  for (let i = 0; i < len; i++) {
    if (!hasOwn(value, i)) return formatSparseArray(ctx, value, recurseTimes, len, output, i);
    output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType));
  }
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

function emptyItemsText(ctx, count) {
  return ctx.stylize(`<${count} empty item${count > 1 ? 's' : ''}>`, 'undefined');
}

const numberKeyRegExp = /^(0|[1-9][0-9]*)$/;

// Arrays with holes: runs of holes print as "<n empty items>"; each run
// counts as one entry against maxArrayLength.
function formatSparseArray(ctx, value, recurseTimes, maxLength, output, i) {
  const keys = Object.keys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const tmp = +key;
    if (tmp > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (!numberKeyRegExp.test(key)) break;
      output.push(emptyItemsText(ctx, tmp - index));
      index = tmp;
      if (output.length === maxLength) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) output.push(emptyItemsText(ctx, remaining));
  } else if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

const typedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTagGetter = Object.getOwnPropertyDescriptor(typedArrayProto, Symbol.toStringTag).get;
const typedArrayLengthGetter = Object.getOwnPropertyDescriptor(typedArrayProto, 'length').get;

// "Uint8Array" etc., whatever the prototype.
function typedArrayName(value) {
  return typedArrayTagGetter.call(value);
}

function typedArrayLength(value) {
  return typedArrayLengthGetter.call(value);
}

function formatTypedArray(value, length, ctx, recurseTimes) {
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = new Array(maxLength);
  const isBigInt = typedArrayName(value).startsWith('Big');
  for (let i = 0; i < maxLength; ++i) {
    output[i] = isBigInt
      ? formatBigInt(ctx.stylize, value[i], ctx.numericSeparator)
      : formatNumber(ctx.stylize, value[i], ctx.numericSeparator);
  }
  if (remaining > 0) output[maxLength] = remainingText(remaining);
  if (ctx.showHidden) {
    // All but BYTES_PER_ELEMENT are prototype getters; `buffer` goes last.
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      const str = formatValue(ctx, value[key], recurseTimes, true);
      output.push(`[${key}]: ${str}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function hexBytes(bytes, count) {
  let str = '';
  for (let i = 0; i < count; i++) {
    if (i !== 0) str += ' ';
    str += bytes[i].toString(16).padStart(2, '0');
  }
  return str;
}

// "[Uint8Contents]: <00 01 02>".
function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new Uint8Array(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  let str = hexBytes(bytes, Math.min(ctx.maxArrayLength, bytes.length));
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
}

const mapSizeGetter = Object.getOwnPropertyDescriptor(Map.prototype, 'size').get;
const setSizeGetter = Object.getOwnPropertyDescriptor(Set.prototype, 'size').get;

function mapSize(map) {
  return mapSizeGetter.call(map);
}

function setSize(set) {
  return setSizeGetter.call(set);
}

function formatSet(iterator, size, ctx, recurseTimes) {
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const remaining = size - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const v of iterator) {
    if (i >= maxLength) break;
    output.push(formatValue(ctx, v, recurseTimes));
    i++;
  }
  if (remaining > 0) output.push(remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(iterator, size, ctx, recurseTimes) {
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const remaining = size - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const [k, v] of iterator) {
    if (i >= maxLength) break;
    output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
    i++;
  }
  if (remaining > 0) output.push(remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

// "[Map Iterator] {", "[Set Entries] {", with a differing tag in front.
function getIteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

// The binding may answer [entries, isKeyValue] (entries flattened as
// k1, v1, k2, v2 for key/value iterators) or just the array of entries.
function previewIterator(iterator) {
  const result = binding.previewEntries(iterator, true);
  if (Array.isArray(result) && result.length === 2 &&
      Array.isArray(result[0]) && typeof result[1] === 'boolean') {
    return { entries: result[0], isKeyValue: result[1] };
  }
  return { entries: result, isKeyValue: false };
}

function formatIterator(braces, ctx, value, recurseTimes) {
  const { entries, isKeyValue } = previewIterator(value);
  if (isKeyValue) {
    // Entry iterators are marked as such.
    braces[0] = braces[0].replace(/ Iterator] {$/, ' Entries] {');
    return formatMapIterInner(ctx, recurseTimes, entries);
  }
  return formatSetIterInner(ctx, recurseTimes, entries);
}

function formatSetIterInner(ctx, recurseTimes, entries) {
  const maxLength = Math.min(Math.max(ctx.maxArrayLength, 0), entries.length);
  const output = new Array(maxLength);
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) output[i] = formatValue(ctx, entries[i], recurseTimes);
  ctx.indentationLvl -= 2;
  const remaining = entries.length - maxLength;
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

// Each entry prints as a two-element array "[ key, value ]".
function formatMapIterInner(ctx, recurseTimes, entries) {
  const maxArrayLength = Math.max(ctx.maxArrayLength, 0);
  const len = entries.length / 2;
  const remaining = len - maxArrayLength;
  const maxLength = Math.min(maxArrayLength, len);
  const output = new Array(maxLength);
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) {
    const pos = i * 2;
    const pair = [
      formatValue(ctx, entries[pos], recurseTimes),
      formatValue(ctx, entries[pos + 1], recurseTimes),
    ];
    output[i] = reduceToSingleString(ctx, pair, '', ['[', ']'], kArrayExtrasType, recurseTimes);
  }
  ctx.indentationLvl -= 2;
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

// The entries of weak collections cannot be listed.
function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatPromise(ctx, value, recurseTimes) {
  const [state, result] = binding.getPromiseState(value);
  if (state === 0) return [ctx.stylize('<pending>', 'special')];
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, result, recurseTimes);
  ctx.indentationLvl -= 2;
  return [state === 2 ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

// Bindings not yet initialised print as "<uninitialized>".
function formatNamespaceObject(keys, ctx, value, recurseTimes) {
  const output = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    try {
      output[i] = formatProperty(ctx, value, recurseTimes, keys[i], kObjectType);
    } catch (err) {
      if (!(err instanceof ReferenceError)) throw err;
      const name = formatProperty(ctx, { [keys[i]]: '' }, recurseTimes, keys[i], kObjectType);
      const pos = name.lastIndexOf(' ');
      output[i] = `${name.slice(0, pos + 1)}${ctx.stylize('<uninitialized>', 'special')}`;
    }
  }
  return output;
}

// ---------------------------------------------------------------------------
// Layout
// ---------------------------------------------------------------------------

// Arrays with more than six entries are laid out in columns when their
// entries are short and of similar length. Numbers are right-aligned,
// anything else left-aligned.
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  // The "... more items" line is not part of the grid.
  if (ctx.maxArrayLength < output.length) outputLength--;
  const separatorSpace = 2; // ", "
  const dataLen = new Array(outputLength);
  for (let i = 0; i < outputLength; i++) {
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  // At least three columns must fit, and no entry may be much longer than
  // the average (over 1/5 of the total), unless all are at most 6 wide.
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    const columns = columnCount(ctx, output.length, outputLength, totalLength, actualMax);
    if (columns <= 1) return output;
    return layOutColumns(ctx, output, value, columns, outputLength, dataLen);
  }
  return output;
}

// Aim for a roughly square block, a character being about 2.5 times as high
// as wide, biased towards more columns for short entries; at most what fits
// in breakLength, 4 * compact, and 15.
function columnCount(ctx, entries, outputLength, totalLength, actualMax) {
  const approxCharHeights = 2.5;
  const averageBias = Math.sqrt(actualMax - totalLength / entries);
  const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
  return Math.min(
    Math.round(Math.sqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
    Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
    ctx.compact * 4,
    15,
  );
}

function layOutColumns(ctx, output, value, columns, outputLength, dataLen) {
  const separatorSpace = 2;
  const maxLineLength = [];
  for (let i = 0; i < columns; i++) {
    let lineLength = 0;
    for (let j = i; j < output.length; j += columns) {
      if (dataLen[j] > lineLength) lineLength = dataLen[j];
    }
    maxLineLength.push(lineLength + separatorSpace);
  }
  let padStart = true;
  if (value !== undefined) {
    for (let i = 0; i < output.length; i++) {
      if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
        padStart = false;
        break;
      }
    }
  }
  const rows = [];
  for (let i = 0; i < outputLength; i += columns) {
    const max = Math.min(i + columns, outputLength);
    let str = '';
    let j = i;
    for (; j < max - 1; j++) {
      // Colors take no room on screen: pad by the visible width.
      const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
      const cell = `${output[j]}, `;
      str += padStart ? cell.padStart(padding, ' ') : cell.padEnd(padding, ' ');
    }
    if (padStart) {
      const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
      str += output[j].padStart(padding, ' ');
    } else {
      str += output[j];
    }
    rows.push(str);
  }
  if (ctx.maxArrayLength < output.length) rows.push(output[outputLength]);
  return rows;
}

// Joins the printed entries of an object into its final text: on one line
// when it is among the innermost `compact` levels and fits breakLength,
// else one entry (or one row of a grouped array) per line.
function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      // `currentDepth` is the depth of the most recently entered object, so
      // this holds for objects with at most `compact` levels inside them.
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = output.join(', ');
          if (!joined.includes('\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${
      output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
  }

  // compact: true puts as much as fits on each line.
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  // A long opening brace ("Set {") puts the first entry on its own line so
  // that the entries line up.
  const ln = base === '' && braces[0].length === 1
    ? ' '
    : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
}

// Whether the entries, the separators and `start` columns of overhead fit
// in breakLength (and the base has no line break).
function isBelowBreakLength(ctx, output, start, base) {
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    totalLength += ctx.colors ? removeColors(output[i]).length : output[i].length;
    if (totalLength > ctx.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

// ---------------------------------------------------------------------------
// Text width
// ---------------------------------------------------------------------------

const colorRegExp = /\u001b\[\d\d?m/g;

function removeColors(str) {
  return str.replace(colorRegExp, '');
}

const ansiPattern = '[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*' +
  '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?\\u0007)' +
  '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))';
const ansiRegExp = new RegExp(ansiPattern, 'g');

function stripVTControlCharacters(str) {
  if (typeof str !== 'string') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('str', 'string', str);
  }
  return str.replace(ansiRegExp, '');
}

// Columns the text takes in a terminal: wide East Asian characters and
// emoji take two, combining marks, format and control characters none.
function getStringWidth(str, removeControlChars = true) {
  if (removeControlChars) str = stripVTControlCharacters(str);
  let width = 0;
  let i = 0;
  // ASCII fast path.
  for (; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (code >= 127) break;
    if (code >= 32) width++;
  }
  if (i === str.length) return width;
  for (const char of str.slice(i).normalize('NFC')) {
    width += codePointWidth(char.codePointAt(0));
  }
  return width;
}

function codePointWidth(code) {
  if (code < 0x20) return 0;
  if (code < 0x7f) return 1;
  const tables = widthTables();
  if (inRanges(tables.zero, code)) return 0;
  if (inRanges(tables.wide, code)) return 2;
  return 1;
}

// Code point ranges (hex, "start-end" or single) by terminal width, as ICU
// reports them (Unicode 15): width 0 for general categories Cc, Cf, Mn, Me
// (but not U+00AD) and Emoji_Modifier; width 2 for East Asian Width W and F
// and Emoji_Presentation. Everything else from U+007F on is 1 wide.
const zeroWidthRanges =
  '7f-9f,300-36f,483-489,591-5bd,5bf,5c1-5c2,5c4-5c5,5c7,600-605,610-61a,61c,64b-65f,670,' +
  '6d6-6dd,6df-6e4,6e7-6e8,6ea-6ed,70f,711,730-74a,7a6-7b0,7eb-7f3,7fd,816-819,81b-823,' +
  '825-827,829-82d,859-85b,890-891,897-89f,8ca-902,93a,93c,941-948,94d,951-957,962-963,981,' +
  '9bc,9c1-9c4,9cd,9e2-9e3,9fe,a01-a02,a3c,a41-a42,a47-a48,a4b-a4d,a51,a70-a71,a75,a81-a82,' +
  'abc,ac1-ac5,ac7-ac8,acd,ae2-ae3,afa-aff,b01,b3c,b3f,b41-b44,b4d,b55-b56,b62-b63,b82,bc0,' +
  'bcd,c00,c04,c3c,c3e-c40,c46-c48,c4a-c4d,c55-c56,c62-c63,c81,cbc,cbf,cc6,ccc-ccd,ce2-ce3,' +
  'd00-d01,d3b-d3c,d41-d44,d4d,d62-d63,d81,dca,dd2-dd4,dd6,e31,e34-e3a,e47-e4e,eb1,eb4-ebc,' +
  'ec8-ece,f18-f19,f35,f37,f39,f71-f7e,f80-f84,f86-f87,f8d-f97,f99-fbc,fc6,102d-1030,' +
  '1032-1037,1039-103a,103d-103e,1058-1059,105e-1060,1071-1074,1082,1085-1086,108d,109d,' +
  '135d-135f,1712-1714,1732-1733,1752-1753,1772-1773,17b4-17b5,17b7-17bd,17c6,17c9-17d3,17dd,' +
  '180b-180f,1885-1886,18a9,1920-1922,1927-1928,1932,1939-193b,1a17-1a18,1a1b,1a56,1a58-1a5e,' +
  '1a60,1a62,1a65-1a6c,1a73-1a7c,1a7f,1ab0-1add,1ae0-1aeb,1b00-1b03,1b34,1b36-1b3a,1b3c,1b42,' +
  '1b6b-1b73,1b80-1b81,1ba2-1ba5,1ba8-1ba9,1bab-1bad,1be6,1be8-1be9,1bed,1bef-1bf1,1c2c-1c33,' +
  '1c36-1c37,1cd0-1cd2,1cd4-1ce0,1ce2-1ce8,1ced,1cf4,1cf8-1cf9,1dc0-1dff,200b-200f,202a-202e,' +
  '2060-2064,2066-206f,20d0-20f0,2cef-2cf1,2d7f,2de0-2dff,a66f-a672,a674-a67d,a69e-a69f,' +
  'a6f0-a6f1,a802,a806,a80b,a825-a826,a82c,a8c4-a8c5,a8e0-a8f1,a8ff,a926-a92d,a947-a951,' +
  'a980-a982,a9b3,a9b6-a9b9,a9bc-a9bd,a9e5,aa29-aa2e,aa31-aa32,aa35-aa36,aa43,aa4c,aa7c,aab0,' +
  'aab2-aab4,aab7-aab8,aabe-aabf,aac1,aaec-aaed,aaf6,abe5,abe8,abed,fb1e,fe00-fe0f,fe20-fe2f,' +
  'feff,fff9-fffb,101fd,102e0,10376-1037a,10a01-10a03,10a05-10a06,10a0c-10a0f,10a38-10a3a,' +
  '10a3f,10ae5-10ae6,10d24-10d27,10d69-10d6d,10eab-10eac,10efa-10eff,10f46-10f50,10f82-10f85,' +
  '11001,11038-11046,11070,11073-11074,1107f-11081,110b3-110b6,110b9-110ba,110bd,110c2,110cd,' +
  '11100-11102,11127-1112b,1112d-11134,11173,11180-11181,111b6-111be,111c9-111cc,111cf,' +
  '1122f-11231,11234,11236-11237,1123e,11241,112df,112e3-112ea,11300-11301,1133b-1133c,11340,' +
  '11366-1136c,11370-11374,113bb-113c0,113ce,113d0,113d2,113e1-113e2,11438-1143f,11442-11444,' +
  '11446,1145e,114b3-114b8,114ba,114bf-114c0,114c2-114c3,115b2-115b5,115bc-115bd,115bf-115c0,' +
  '115dc-115dd,11633-1163a,1163d,1163f-11640,116ab,116ad,116b0-116b5,116b7,1171d,1171f,' +
  '11722-11725,11727-1172b,1182f-11837,11839-1183a,1193b-1193c,1193e,11943,119d4-119d7,' +
  '119da-119db,119e0,11a01-11a0a,11a33-11a38,11a3b-11a3e,11a47,11a51-11a56,11a59-11a5b,' +
  '11a8a-11a96,11a98-11a99,11b60,11b62-11b64,11b66,11c30-11c36,11c38-11c3d,11c3f,11c92-11ca7,' +
  '11caa-11cb0,11cb2-11cb3,11cb5-11cb6,11d31-11d36,11d3a,11d3c-11d3d,11d3f-11d45,11d47,' +
  '11d90-11d91,11d95,11d97,11ef3-11ef4,11f00-11f01,11f36-11f3a,11f40,11f42,11f5a,13430-13440,' +
  '13447-13455,1611e-16129,1612d-1612f,16af0-16af4,16b30-16b36,16f4f,16f8f-16f92,1bc9d-1bc9e,' +
  '1bca0-1bca3,1cf00-1cf2d,1cf30-1cf46,1d167-1d169,1d173-1d182,1d185-1d18b,1d1aa-1d1ad,' +
  '1d242-1d244,1da00-1da36,1da3b-1da6c,1da75,1da84,1da9b-1da9f,1daa1-1daaf,1e000-1e006,' +
  '1e008-1e018,1e01b-1e021,1e023-1e024,1e026-1e02a,1e08f,1e130-1e136,1e2ae,1e2ec-1e2ef,' +
  '1e4ec-1e4ef,1e5ee-1e5ef,1e6e3,1e6e6,1e6ee-1e6ef,1e6f5,1e8d0-1e8d6,1e944-1e94a,e0001,' +
  'e0020-e007f,e0100-e01ef';
const wideRanges =
  '1100-115f,231a-231b,2329-232a,23e9-23ec,23f0,23f3,25fd-25fe,2614-2615,2630-2637,2648-2653,' +
  '267f,268a-268f,2693,26a1,26aa-26ab,26bd-26be,26c4-26c5,26ce,26d4,26ea,26f2-26f3,26f5,26fa,' +
  '26fd,2705,270a-270b,2728,274c,274e,2753-2755,2757,2795-2797,27b0,27bf,2b1b-2b1c,2b50,2b55,' +
  '2e80-2e99,2e9b-2ef3,2f00-2fd5,2ff0-303e,3041-3096,3099-30ff,3105-312f,3131-318e,3190-31e5,' +
  '31ef-321e,3220-3247,3250-a48c,a490-a4c6,a960-a97c,ac00-d7a3,f900-faff,fe10-fe19,fe30-fe52,' +
  'fe54-fe66,fe68-fe6b,ff01-ff60,ffe0-ffe6,16fe0-16fe4,16ff0-16ff6,17000-18cd5,18cff-18d1e,' +
  '18d80-18df2,1aff0-1aff3,1aff5-1affb,1affd-1affe,1b000-1b122,1b132,1b150-1b152,1b155,' +
  '1b164-1b167,1b170-1b2fb,1d15e-1d15f,1d1bb-1d1bc,1d300-1d356,1d360-1d376,1f004,1f0cf,1f18e,' +
  '1f191-1f19a,1f1e6-1f202,1f210-1f23b,1f240-1f248,1f250-1f251,1f260-1f265,1f300-1f320,' +
  '1f32d-1f335,1f337-1f37c,1f37e-1f393,1f3a0-1f3ca,1f3cf-1f3d3,1f3e0-1f3f0,1f3f4,1f3f8-1f43e,' +
  '1f440,1f442-1f4fc,1f4ff-1f53d,1f54b-1f54e,1f550-1f567,1f57a,1f595-1f596,1f5a4,1f5fb-1f64f,' +
  '1f680-1f6c5,1f6cc,1f6d0-1f6d2,1f6d5-1f6d8,1f6dc-1f6df,1f6eb-1f6ec,1f6f4-1f6fc,1f7e0-1f7eb,' +
  '1f7f0,1f90c-1f93a,1f93c-1f945,1f947-1f9ff,1fa70-1fa7c,1fa80-1fa8a,1fa8e-1fac6,1fac8,' +
  '1facd-1fadc,1fadf-1faea,1faef-1faf8,20000-2fffd,30000-3fffd';

let parsedWidthTables;

function widthTables() {
  if (parsedWidthTables === undefined) {
    parsedWidthTables = { zero: parseRanges(zeroWidthRanges), wide: parseRanges(wideRanges) };
  }
  return parsedWidthTables;
}

// "300-36f,483" -> [0x300, 0x36f, 0x483, 0x483] (flat start/end pairs).
function parseRanges(text) {
  const flat = [];
  for (const item of text.split(',')) {
    const [start, end = start] = item.split('-');
    flat.push(parseInt(start, 16), parseInt(end, 16));
  }
  return flat;
}

// Binary search over flat sorted [start, end] pairs.
function inRanges(flat, code) {
  let lo = 0;
  let hi = flat.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (code < flat[mid * 2]) {
      hi = mid - 1;
    } else if (code > flat[mid * 2 + 1]) {
      lo = mid + 1;
    } else {
      return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------------------
// format
// ---------------------------------------------------------------------------

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('inspectOptions', 'Object', inspectOptions);
  }
  return formatWithOptionsInternal(inspectOptions, args);
}

// Numbers printed by placeholders follow the numericSeparator option (of
// the call, else the default options), never colors.
function formatNumberNoColor(number, inspectOptions) {
  return formatNumber(stylizeNoColor, number, numericSeparatorOf(inspectOptions));
}

function formatBigIntNoColor(bigint, inspectOptions) {
  return formatBigInt(stylizeNoColor, bigint, numericSeparatorOf(inspectOptions));
}

function numericSeparatorOf(inspectOptions) {
  const own = inspectOptions === undefined ? undefined : inspectOptions.numericSeparator;
  return own ?? defaultOptions.numericSeparator;
}

// Formats one placeholder's argument; undefined for unknown placeholders.
function formatPlaceholder(char, arg, inspectOptions) {
  switch (char) {
    case 's':
      if (typeof arg === 'number') return formatNumberNoColor(arg, inspectOptions);
      if (typeof arg === 'bigint') return formatBigIntNoColor(arg, inspectOptions);
      if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) return String(arg);
      return inspect(arg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
    case 'j':
      return tryStringify(arg);
    case 'd':
      if (typeof arg === 'bigint') return formatBigIntNoColor(arg, inspectOptions);
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumberNoColor(Number(arg), inspectOptions);
    case 'O':
      return inspect(arg, inspectOptions);
    case 'o':
      return inspect(arg, { ...inspectOptions, showHidden: true, showProxy: true, depth: 4 });
    case 'i':
      if (typeof arg === 'bigint') return formatBigIntNoColor(arg, inspectOptions);
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumberNoColor(Number.parseInt(arg), inspectOptions);
    case 'f':
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumberNoColor(Number.parseFloat(arg), inspectOptions);
    case 'c':
      // CSS is ignored outside browsers.
      return '';
    default:
      return undefined;
  }
}

// printf-like: each %s %d %i %f %j %o %O %c takes the next argument, "%%"
// is "%" (only while arguments remain); unused arguments are appended,
// separated by spaces, strings as they are and anything else inspected.
function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';

  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const nextChar = first[++i];
      if (a + 1 !== args.length) {
        if (nextChar === '%') {
          str += first.slice(lastPos, i);
          lastPos = i + 1;
          continue;
        }
        if (!'sjdOoifc'.includes(nextChar)) continue;
        const tempStr = formatPlaceholder(nextChar, args[++a], inspectOptions);
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += tempStr;
        lastPos = i + 1;
      } else if (nextChar === '%') {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }

  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

// Whether %s should inspect the object rather than call its toString: true
// when the toString it would use comes from a built-in prototype.
function hasBuiltInToString(value) {
  if (binding.isProxy(value)) {
    const details = getProxyDetails(value);
    if (details === undefined) {
      if (isRevokedProxy(value)) return true;
    } else {
      if (details[0] === null) return true;
      value = details[0];
    }
  }
  if (typeof value.toString !== 'function') return true;
  if (hasOwn(value, 'toString')) return false;
  let pointer = value;
  do {
    pointer = Object.getPrototypeOf(pointer);
  } while (pointer !== null && !hasOwn(pointer, 'toString'));
  if (pointer === null) return true;
  const descriptor = Object.getOwnPropertyDescriptor(pointer, 'constructor');
  return descriptor !== undefined &&
    typeof descriptor.value === 'function' &&
    builtInNames.has(descriptor.value.name);
}

let circularErrorMessage;

function firstErrorLine(error) {
  return String(error.message).split('\n', 1)[0];
}

// JSON.stringify, with "[Circular]" for cyclic values.
function tryStringify(arg) {
  try {
    return JSON.stringify(arg);
  } catch (err) {
    if (circularErrorMessage === undefined) {
      try {
        const a = {};
        a.a = a;
        JSON.stringify(a);
      } catch (circularError) {
        circularErrorMessage = firstErrorLine(circularError);
      }
    }
    if (err && err.name === 'TypeError' && firstErrorLine(err) === circularErrorMessage) {
      return '[Circular]';
    }
    throw err;
  }
}

module.exports = {
  inspect,
  format,
  formatWithOptions,
  stripVTControlCharacters,
};
