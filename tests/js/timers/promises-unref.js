// timers/promises with ref: false: a pending promise timer, immediate,
// interval or scheduler.wait that is not ref'd lets the process exit, and
// its promise never settles.
'use strict';
const tp = require('timers/promises');

tp.setTimeout(60000, 'x', { ref: false }).then(() => console.log('unref timeout settled (wrong)'));
tp.scheduler.wait(60000, { ref: false }).then(() => console.log('unref wait settled (wrong)'));
const it = tp.setInterval(60000, 'x', { ref: false });
it.next().then(() => console.log('unref interval ticked (wrong)'));

// A ref'd timer keeps the process alive until it fires; unref'd ones that
// fall due meanwhile still run.
tp.setTimeout(5, 'short unref', { ref: false }).then((v) => console.log(v));
tp.setTimeout(30, 'ref').then((v) => console.log(v));
process.on('exit', (code) => console.log('exit', code));
