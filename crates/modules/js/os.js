'use strict';
// node's `os`: facts about this machine, read from the kernel.

const binding = require('internal/binding');

const os = {
  EOL: '\n',
  devNull: '/dev/null',
  constants: { signals: { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGKILL: 9, SIGTERM: 15, SIGUSR1: 10, SIGUSR2: 12 }, errno: {}, priority: {} },
  platform: () => 'linux',
  type: () => binding.uname()[0],
  hostname: () => binding.uname()[1],
  release: () => binding.uname()[2],
  version: () => binding.uname()[3],
  machine: () => binding.uname()[4],
  arch: () => process.arch,
  endianness: () => 'LE',
  totalmem: () => binding.memory()[0],
  freemem: () => binding.memory()[1],
  loadavg: () => binding.loadavg(),
  uptime: () => binding.uptime(),
  availableParallelism: () => binding.availableParallelism(),
  homedir: () => process.env.HOME || binding.userInfo()[3],
  tmpdir() {
    let dir = process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
    if (dir.length > 1 && dir.endsWith('/')) dir = dir.slice(0, -1);
    return dir;
  },
  cpus() {
    return binding.cpus().map(([model, speed, user, nice, sys, idle, irq]) => ({ model, speed, times: { user, nice, sys, idle, irq } }));
  },
  userInfo(options) {
    const [uid, gid, username, homedir, shell] = binding.userInfo();
    void options;
    return { uid, gid, username, homedir, shell };
  },
  networkInterfaces() {
    return {};
  },
  getPriority: () => 0,
  setPriority: () => {},
};

module.exports = os;
