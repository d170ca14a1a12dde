// The task of the pool benchmarks (not a benchmark itself: the runner
// takes only .cjs files).
module.exports = (x) => x + 1;
module.exports.hold = (ms) => new Promise((resolve) => setTimeout(() => resolve(ms), ms));
