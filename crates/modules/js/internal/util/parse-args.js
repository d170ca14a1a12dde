'use strict';
// util.parseArgs (node 20): turns an argument list into option values and
// positionals, following the configuration's option types.

const {
  validateArray,
  validateBoolean,
  validateBooleanArray,
  validateObject,
  validateString,
  validateStringArray,
  validateUnion,
} = require('internal/validators');
const {
  ERR_INVALID_ARG_VALUE,
  ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
  ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
  ERR_PARSE_ARGS_UNKNOWN_OPTION,
} = require('internal/errors').codes;

const getOwn = (obj, key) => (Object.hasOwn(obj, key) ? obj[key] : undefined);
const optionGetOwn = (options, name, key) =>
  (Object.hasOwn(options, name) ? getOwn(options[name], key) : undefined);

function longNameForShort(short, options) {
  const entry = Object.entries(options).find(([, config]) => getOwn(config, 'short') === short);
  return entry ? entry[0] : short;
}

function checkOptionConfigs(options) {
  for (const [name, config] of Object.entries(options)) {
    const path = `options.${name}`;
    validateObject(config, path);
    const type = getOwn(config, 'type');
    validateUnion(type, `${path}.type`, ['string', 'boolean']);
    if (Object.hasOwn(config, 'short')) {
      validateString(config.short, `${path}.short`);
      if (config.short.length !== 1) {
        throw new ERR_INVALID_ARG_VALUE(`${path}.short`, config.short, 'must be a single character');
      }
    }
    const multiple = getOwn(config, 'multiple');
    if (Object.hasOwn(config, 'multiple')) validateBoolean(multiple, `${path}.multiple`);
    const defaultValue = getOwn(config, 'default');
    if (defaultValue !== undefined) {
      const validate = type === 'string' ?
        (multiple ? validateStringArray : validateString) :
        (multiple ? validateBooleanArray : validateBoolean);
      validate(defaultValue, `${path}.default`);
    }
  }
}

// Splits the arguments into tokens: options (with name, rawName, index,
// value, inlineValue), positionals, and the `--` terminator. Short groups
// (-abc) expand into one option each, sharing the group's index; a string
// option inside a group takes the rest of the group as its value.
function tokenize(args, options) {
  const tokens = [];
  const isString = (name) => optionGetOwn(options, name, 'type') === 'string';
  const option = (name, rawName, index, value, inlineValue) =>
    ({ kind: 'option', name, rawName, index, value, inlineValue });
  const remaining = args.slice();
  let index = -1;
  let groupLeft = 0; // arguments still to come from an expanded group

  while (remaining.length > 0) {
    const arg = remaining.shift();
    const next = remaining[0];
    if (groupLeft > 0) groupLeft--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const value of remaining) tokens.push({ kind: 'positional', index: ++index, value });
      break;
    }
    const isShort = arg.length >= 2 && arg[0] === '-' && arg[1] !== '-';
    if (isShort && arg.length === 2) { // -f [value]
      const name = longNameForShort(arg[1], options);
      const takesNext = isString(name) && next != null;
      tokens.push(option(name, arg, index, takesNext ? remaining.shift() : undefined,
        takesNext ? false : undefined));
      if (takesNext) index++;
    } else if (isShort && !isString(longNameForShort(arg[1], options))) { // -abc
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const name = longNameForShort(arg[i], options);
        if (!isString(name) || i === arg.length - 1) {
          expanded.push(`-${arg[i]}`);
        } else {
          expanded.push(`-${arg.slice(i)}`);
          break;
        }
      }
      remaining.unshift(...expanded);
      groupLeft = expanded.length;
    } else if (isShort) { // -fVALUE
      tokens.push(option(longNameForShort(arg[1], options), `-${arg[1]}`, index, arg.slice(2), true));
    } else if (arg.length > 2 && arg.startsWith('--')) {
      const eq = arg.indexOf('=', 3);
      if (eq === -1) { // --foo [value]
        const name = arg.slice(2);
        const takesNext = isString(name) && next != null;
        tokens.push(option(name, arg, index, takesNext ? remaining.shift() : undefined,
          takesNext ? false : undefined));
        if (takesNext) index++;
      } else { // --foo=value
        const name = arg.slice(2, eq);
        tokens.push(option(name, `--${name}`, index, arg.slice(eq + 1), true));
      }
    } else {
      tokens.push({ kind: 'positional', index, value: arg });
    }
  }
  return tokens;
}

// Strict-mode checks of one option token.
function checkOptionToken(token, config) {
  const { options, allowPositionals, allowNegative } = config;
  let name = token.name;
  if (!Object.hasOwn(options, name)) {
    // With allowNegative, --no-foo is fine when foo is a boolean option.
    const base = name.slice(3);
    if (!allowNegative || !name.startsWith('no-') || !Object.hasOwn(options, base) ||
        optionGetOwn(options, base, 'type') !== 'boolean') {
      throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, allowPositionals);
    }
    name = base;
  }
  const short = optionGetOwn(options, name, 'short');
  const shortAndLong = `${short ? `-${short}, ` : ''}--${name}`;
  const type = optionGetOwn(options, name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong}' does not take an argument`);
  }
  // `--foo -x` probably forgot foo's value.
  if (!token.inlineValue && typeof token.value === 'string' && token.value.length > 1 &&
      token.value[0] === '-') {
    const example = token.rawName.startsWith('--') ? `'${token.rawName}=-XYZ'` :
      `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${token.rawName}' argument is ambiguous.\n` +
      `Did you forget to specify the option argument for '${token.rawName}'?\n` +
      `To specify an option argument starting with a dash use ${example}.`);
  }
}

function storeValue(values, options, name, value) {
  if (name === '__proto__') return;
  if (optionGetOwn(options, name, 'multiple')) {
    if (values[name]) values[name].push(value);
    else values[name] = [value];
  } else {
    values[name] = value;
  }
}

// The process's own arguments: after the script, or after the executable
// when the code came from -e/-p.
function mainArgs() {
  const evalFlags = ['-e', '--eval', '-p', '--print'];
  const fromEval = (process.execArgv || []).some((flag) => evalFlags.includes(flag));
  return process.argv.slice(fromEval ? 1 : 2);
}

function parseArgs(config = {}) {
  const args = getOwn(config, 'args') ?? mainArgs();
  const strict = getOwn(config, 'strict') ?? true;
  const allowPositionals = getOwn(config, 'allowPositionals') ?? !strict;
  const returnTokens = getOwn(config, 'tokens') ?? false;
  const allowNegative = getOwn(config, 'allowNegative') ?? false;
  const options = getOwn(config, 'options') ?? { __proto__: null };

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  checkOptionConfigs(options);

  const tokens = tokenize(args, options);
  const result = { values: { __proto__: null }, positionals: [] };
  if (returnTokens) result.tokens = tokens;

  const checkConfig = { options, allowPositionals, allowNegative };
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) checkOptionToken(token, checkConfig);
      if (allowNegative && token.name.startsWith('no-') && token.value === undefined) {
        token.name = token.name.slice(3); // --no-foo sets foo to false
        storeValue(result.values, options, token.name, false);
      } else {
        storeValue(result.values, options, token.name, token.value ?? true);
      }
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      result.positionals.push(token.value);
    }
  }

  for (const [name, optionConfig] of Object.entries(options)) {
    const defaultValue = getOwn(optionConfig, 'default');
    if (defaultValue !== undefined && result.values[name] === undefined && name !== '__proto__') {
      result.values[name] = defaultValue;
    }
  }
  return result;
}

module.exports = { parseArgs };
