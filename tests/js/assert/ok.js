// assert() / assert.ok(): falsy values fail with the failing expression read
// back from this file's source, as node does.
'use strict';
const assert = require('assert');

function show(label, fn) {
  try {
    fn();
    console.log(label, 'passed');
  } catch (e) {
    console.log(label, JSON.stringify({
      message: e.message, generated: e.generatedMessage, operator: e.operator, actual: e.actual, expected: e.expected,
    }));
  }
}

show('truthy', () => assert(1));
show('ok truthy', () => assert.ok('x'));
show('false', () => assert(false));
show('zero', () => assert.ok(0));
show('no argument', () => assert.ok());
show('no argument assert', () => assert());
show('expression', () => assert.ok(typeof 123 === 'string'));
show('message', () => assert(false, 'custom message'));
show('error message', () => assert(false, new RangeError('own error')));
show('undefined message', () => assert.ok(null, undefined));
show('multi-line', () => assert(
  1 === 2 &&
    3 === 3,
  undefined));
show('strings and regexps', () => assert.strict.ok(/\(/.test('x') || "a)b" === `c${')'}`));
show('strict', () => assert.strict(''));
