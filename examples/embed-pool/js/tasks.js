// The tasks the Rust example runs: each export takes one JSON value and
// returns one (or a promise of one).
const { createHash } = require('crypto');

/** The default task: a word count of a text. */
module.exports = ({ text }) => {
  const counts = {};
  for (const word of text.toLowerCase().match(/[a-z']+/g) || []) counts[word] = (counts[word] || 0) + 1;
  return counts;
};

/** sha256 of a string, in hex. */
module.exports.sha256 = async (text) => createHash('sha256').update(text).digest('hex');

/** Fails on purpose. */
module.exports.fail = (message) => {
  const err = new RangeError(message);
  err.code = 'ERR_EXAMPLE';
  throw err;
};

/** Never returns (stopped by the task's timeout). */
module.exports.spin = () => { for (;;); };
