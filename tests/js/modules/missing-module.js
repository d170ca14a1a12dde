// A missing module: error code, first message line (absolute dir masked), requireStack.
'use strict';
const path = require('path');
function attempt(id) {
  try {
    require(id);
    console.log(id, 'loaded?!');
  } catch (e) {
    const first = e.message.split('\n')[0].split(__dirname).join('<dir>');
    const stack = (e.requireStack || []).map((p) => path.relative(__dirname, p));
    console.log(e.name, e.code, JSON.stringify(first), JSON.stringify(stack));
  }
}
attempt('./nope');
attempt('./fixtures/nope.js');
attempt(path.join(__dirname, 'nope'));
attempt('no-such-package-anywhere');
attempt('../modules/nope');
// A missing module required from a fixture lists both files in the stack.
attempt('./fixtures/requires-missing');
