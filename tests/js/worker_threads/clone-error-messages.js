'use strict';
// Node 20's wording for a few clone failures: an uncloneable object without
// a constructor name on its own prototype chain entry (a generator), and
// structuredClone's own argument checks.
function report(label, fn) {
  try {
    fn();
    console.log(label, 'no throw');
  } catch (err) {
    console.log(label, `${err.name} code=${err.code} ${JSON.stringify(err.message)}`);
  }
}
report('generator', () => structuredClone((function* gen() {})()));
report('no arguments', () => structuredClone());
report('options 5', () => structuredClone(1, 5));
report('options "x"', () => structuredClone(1, 'x'));
