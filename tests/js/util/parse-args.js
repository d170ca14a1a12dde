// util.parseArgs: options, short groups, inline values, defaults, multiple,
// tokens, negation, strict-mode errors and configuration validation.
'use strict';
const { parseArgs } = require('util');

function run(label, config) {
  try {
    const { values, positionals, tokens } = parseArgs(config);
    console.log(label, JSON.stringify({ values: { ...values }, proto: Object.getPrototypeOf(values), positionals }));
    if (tokens) console.log('  tokens', JSON.stringify(tokens), tokens.map((t) => Object.keys(t).length).join(','));
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}

const options = {
  verbose: { type: 'boolean', short: 'v' },
  name: { type: 'string', short: 'n' },
  tag: { type: 'string', short: 't', multiple: true },
  flag: { type: 'boolean', short: 'f', multiple: true },
};

run('long', { args: ['--verbose', '--name', 'x'], options });
run('inline', { args: ['--name=a=b', '--name='], options });
run('short', { args: ['-v', '-n', 'joe'], options });
run('short inline', { args: ['-njoe'], options, tokens: true });
run('group', { args: ['-vf', '-vfnjoe', '-vn', 'last'], options, tokens: true });
run('multiple', { args: ['-t', 'a', '--tag', 'b', '--tag=c', '-f', '-ff'], options });
run('positionals', { args: ['a', '-v', 'b', '--', '--name', '-x'], options, allowPositionals: true, tokens: true });
run('lone dash', { args: ['-'], options, allowPositionals: true });
run('defaults', {
  args: ['--name', 'given'],
  options: {
    name: { type: 'string', default: 'def' },
    other: { type: 'string', default: 'other-def' },
    list: { type: 'string', multiple: true, default: ['x', 'y'] },
    on: { type: 'boolean', default: false },
  },
});
run('non-strict', { args: ['--unknown', '-xyz', '--k=v', 'pos', '--name', '-v'], options, strict: false, tokens: true });
run('negative', { args: ['--no-verbose', '--no-flag'], options, allowNegative: true, tokens: true });
run('negative unknown', { args: ['--no-name'], options, allowNegative: true });
run('negative value', { args: ['--no-verbose=1'], options, allowNegative: true });
run('negative non-strict', { args: ['--no-thing', '--no-x=1'], strict: false, allowNegative: true, tokens: true });
run('__proto__', { args: ['--__proto__', 'x'], options: { ['__proto__']: { type: 'string' } } });

// Strict-mode errors.
run('unknown', { args: ['--nope'], options });
run('unknown short', { args: ['-z'], options, allowPositionals: true });
run('unexpected positional', { args: ['pos'], options });
run('missing value', { args: ['--name'], options });
run('missing value short', { args: ['-n'], options });
run('boolean with value', { args: ['--verbose=yes'], options });
run('ambiguous long', { args: ['--name', '-v'], options });
run('ambiguous short', { args: ['-n', '--verbose'], options });
run('string in group', { args: ['-nv'], options });

// Configuration errors.
run('args type', { args: 'x' });
run('strict type', { args: [], strict: 'yes' });
run('allowPositionals type', { args: [], allowPositionals: 1 });
run('tokens type', { args: [], tokens: null });
run('allowNegative type', { args: [], allowNegative: 'no' });
run('options type', { args: [], options: [] });
run('option type', { args: [], options: { a: 'string' } });
run('option type missing', { args: [], options: { a: {} } });
run('short type', { args: [], options: { a: { type: 'string', short: 1 } } });
run('short length', { args: [], options: { a: { type: 'string', short: 'ab' } } });
run('multiple type', { args: [], options: { a: { type: 'string', multiple: 'yes' } } });
run('default type', { args: [], options: { a: { type: 'string', default: 1 } } });
run('default boolean', { args: [], options: { a: { type: 'boolean', default: 'true' } } });
run('default array', { args: [], options: { a: { type: 'string', multiple: true, default: ['a', 2] } } });
run('default array type', { args: [], options: { a: { type: 'boolean', multiple: true, default: true } } });

// Without args, process.argv after the script is used.
process.argv.push('--from-argv', 'value');
run('from argv', { strict: false });
