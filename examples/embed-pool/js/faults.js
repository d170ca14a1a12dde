// Tasks for the embedding API test: each ends a different way.
module.exports = (n) => n * 2;
module.exports.exit = (code) => process.exit(code);
// Small objects: they live on the GC heap, which the heap limit caps.
module.exports.grow = () => {
  const keep = [];
  for (let i = 0; ; i++) keep.push({ i, next: { i } });
};
module.exports.slow = (ms) => new Promise((resolve) => setTimeout(() => resolve(ms), ms));
module.exports.threadId = () => require('worker_threads').threadId;
module.exports.data = () => require('worker_threads').workerData;
module.exports.throwString = () => { throw 'plain'; };
module.exports.uncaught = () => new Promise(() => {
  setTimeout(() => { throw new TypeError('from a timer'); }, 1);
});
