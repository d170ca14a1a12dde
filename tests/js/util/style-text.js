// util.styleText, util.stripVTControlCharacters, util.toUSVString.
'use strict';
const util = require('util');

const show = (label, fn) => {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message.slice(0, 160)));
  }
};

const noStream = { validateStream: false };
show('red', () => util.styleText('red', 'text', noStream));
show('bgBlue', () => util.styleText('bgBlue', 'text', noStream));
show('bold', () => util.styleText('bold', 'text', noStream));
show('array', () => util.styleText(['bold', 'underline', 'green'], 'text', noStream));
show('alias grey', () => util.styleText('grey', 'x', noStream));
show('empty array', () => util.styleText([], 'x'));
// Output is piped here, so a single style is dropped for stdout.
show('not a tty', () => util.styleText('red', 'plain'));
show('unknown', () => util.styleText('nope', 'x', noStream));
show('unknown in array', () => util.styleText(['red', 'nope'], 'x'));
show('bad text', () => util.styleText('red', 5));
show('bad validateStream', () => util.styleText('red', 'x', { validateStream: 1 }));
show('bad stream', () => util.styleText('red', 'x', { stream: 5 }));

show('strip', () => util.stripVTControlCharacters('\u001b[31mred\u001b[39m \u001b[1;4mbold\u001b[0m \u001b]8;;http://x\u0007link\u001b]8;;\u0007'));
show('strip plain', () => util.stripVTControlCharacters('plain'));
show('strip bad', () => util.stripVTControlCharacters(5));

show('usv', () => util.toUSVString('a\ud800b\udc00c\ud83d\ude00'));
show('usv number', () => util.toUSVString(12));
