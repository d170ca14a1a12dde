// Requiring a JSON file with a syntax error throws a SyntaxError; a failed load is not cached.
'use strict';
const path = require('path');
for (let i = 0; i < 2; i++) {
  try {
    require('./fixtures/bad.json');
    console.log('loaded?!');
  } catch (e) {
    console.log('attempt', i, e.name, e instanceof SyntaxError);
  }
}
console.log('not cached', require.cache[path.join(__dirname, 'fixtures', 'bad.json')] === undefined);
