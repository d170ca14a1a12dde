'use strict';
// On the main thread worker_threads.workerData is null (not undefined).
const wt = require('worker_threads');
console.log('workerData', wt.workerData, 'is null', wt.workerData === null);
