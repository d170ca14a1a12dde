'use strict';
// The runtime's start-up leaves the environment as it found it: nothing
// it sets for itself (spindle sets MOZ_APP_RESTART while the engine
// starts) shows in process.env or in a child's environment.
const { spawnSync } = require('child_process');

const own = Object.keys(process.env).filter((k) => k.startsWith('MOZ_'));
console.log('MOZ_ variables here:', own);
const child = spawnSync(process.execPath, ['-p', "Object.keys(process.env).filter((k) => k.startsWith('MOZ_')).join(',') || 'none'"], { encoding: 'utf8' });
console.log('MOZ_ variables in a child:', child.stdout.trim(), 'status', child.status);
