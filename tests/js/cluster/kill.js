'use strict';
// The ways a worker ends, one worker after another: killed by the primary
// (SIGTERM by default, or the signal given), destroying itself, disconnecting
// itself, losing its channel unasked, and cluster.disconnect() for all.
const cluster = require('cluster');

const scenarios = {
  // Waits for the primary.
  idle() {},
  'kill itself'() {
    cluster.worker.kill();
  },
  'disconnect itself'() {
    cluster.worker.disconnect();
  },
  'drop the channel'() {
    process.disconnect();
  },
};

if (cluster.isWorker) {
  scenarios[process.env.SCENARIO]();
} else {
  const steps = [
    ['idle', (w) => w.kill()],
    ['idle', (w) => w.kill('SIGKILL')],
    ['idle', (w) => w.destroy('SIGINT')],
    ['kill itself', null],
    ['disconnect itself', null],
    ['drop the channel', null],
  ];
  const next = () => {
    const step = steps.shift();
    if (step === undefined) return all();
    const [scenario, act] = step;
    const worker = cluster.fork({ SCENARIO: scenario });
    const seen = [];
    worker.on('online', () => {
      if (act !== null) act(worker);
    });
    worker.on('disconnect', () => seen.push('disconnect'));
    worker.on('exit', (code, signal) => {
      console.log(`${scenario}${act ? ` (${act.toString().slice(8)})` : ''}: exit`, code, signal,
        'exitedAfterDisconnect', worker.exitedAfterDisconnect, 'dead', worker.isDead());
      // 'disconnect' may come just after 'exit'.
      setImmediate(() => setTimeout(() => {
        console.log('  disconnect seen', seen.length === 1, 'still listed', worker.id in cluster.workers);
        next();
      }, 10));
    });
  };
  const all = () => {
    cluster.fork({ SCENARIO: 'idle' });
    cluster.fork({ SCENARIO: 'idle' });
    let online = 0;
    cluster.on('online', () => {
      if (++online < 2) return;
      let exits = 0;
      cluster.on('exit', (worker, code, signal) => {
        exits++;
        if (!worker.exitedAfterDisconnect) console.log('unexpected exit', code, signal);
      });
      cluster.disconnect(() => {
        console.log('cluster.disconnect callback; workers listed', Object.keys(cluster.workers).length);
        process.on('exit', () => console.log('exits', exits));
      });
    });
  };
  next();
}
