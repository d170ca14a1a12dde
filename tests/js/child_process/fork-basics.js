'use strict';
// fork(): what a forked child sees (args, process.send/connected/channel,
// execArgv, env, the channel's variables gone from its environment);
// messages waiting for a listener; internal messages; disconnect from
// either side; exit codes; silent; the errors of misuse.
const { fork } = require('child_process');
const path = require('path');

const fixture = path.join(__dirname, 'fixtures', 'fork-child.js');

function closed(child, label) {
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      console.log(label, 'exit', code, signal, 'connected', child.connected);
      resolve();
    });
  });
}

function collect(stream) {
  const chunks = [];
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => chunks.push(chunk));
  return () => chunks.join('');
}

(async () => {
  // What the child sees.
  let child = fork(fixture, ['report', 'a', 'b c'], {
    execArgv: ['--expose-gc'],
    env: { ...process.env, FROM_PARENT: 'yes' },
  });
  console.log('parent: connected', child.connected, 'stdio', child.stdio, 'stdin', child.stdin,
    'spawnargs tail', JSON.stringify(child.spawnargs.slice(-3)), path.basename(child.spawnargs.at(-4)));
  child.on('disconnect', () => console.log('parent: disconnect event'));
  let exited = closed(child, 'report');
  const messages = [];
  child.on('message', (message) => messages.push(message));
  await new Promise((resolve) => child.once('message', resolve));
  console.log('send returns', child.send({ hello: 'child' }, (err) => console.log('parent: send callback', err)));
  child.send('done');
  await exited;
  for (const message of messages) console.log('parent: got', JSON.stringify(message));

  // Messages sent before the parent listens wait for a listener;
  // NODE_-prefixed commands go to 'internalMessage'.
  child = fork(fixture, ['early']);
  exited = closed(child, 'early');
  child.on('internalMessage', (message) => console.log('internalMessage', JSON.stringify(message)));
  await new Promise((resolve) => setTimeout(resolve, 200));
  const got = [];
  child.on('message', (message) => {
    got.push(message);
    if (got.length === 2) child.send('bye');
  });
  await exited;
  console.log('early messages:', JSON.stringify(got));

  child = fork(fixture, ['exit-code']);
  await closed(child, 'exit-code');

  // The parent disconnects: the child sees it and ends.
  child = fork(fixture, ['wait-for-parent']);
  exited = closed(child, 'wait-for-parent');
  child.on('disconnect', () => console.log('parent: disconnect event, connected =', child.connected));
  child.on('error', (err) => console.log('parent: error event', err.code, err.message));
  await new Promise((resolve) => child.once('spawn', resolve));
  child.disconnect();
  console.log('parent: after disconnect() connected =', child.connected);
  child.disconnect();
  child.send('late', (err) => console.log('parent: late send', err.name, err.code, err.message));
  await exited;

  child = fork(fixture, ['self-disconnect'], { stdio: ['pipe', 'pipe', 'inherit', 'ipc'] });
  const childOut = collect(child.stdout);
  child.on('message', (message) => console.log('parent: got', JSON.stringify(message)));
  child.on('disconnect', () => console.log('parent: child disconnected itself'));
  await new Promise((resolve) => child.on('close', resolve));
  process.stdout.write(childOut());

  // silent: the child's stdout and stderr come to us as pipes.
  child = fork(fixture, ['print'], { silent: true });
  const out = collect(child.stdout);
  const err = collect(child.stderr);
  await new Promise((resolve) => child.on('close', resolve));
  console.log('silent: stdout', JSON.stringify(out()), 'stderr', JSON.stringify(err()), 'stdio', child.stdio.length);

  // Misuse.
  child = fork(fixture, ['wait-for-parent']);
  for (const bad of [undefined, () => {}, Symbol('s'), 10n]) {
    try {
      child.send(bad);
    } catch (error) {
      console.log('send', typeof bad, error.name, error.code, error.message);
    }
  }
  try {
    child.send('x', null, 'not options');
  } catch (error) {
    console.log('send options', error.code, error.message);
  }
  exited = closed(child, 'misuse');
  child.disconnect();
  await exited;
  for (const args of [[5], [fixture, 'not args'], [fixture, [], { stdio: ['pipe', 'pipe', 'pipe'] }],
    [fixture, [], { stdio: 'inherit', serialization: 'yaml' }]]) {
    try {
      fork(...args);
      console.log('no error for', JSON.stringify(args.slice(1)));
    } catch (error) {
      console.log('fork', error.name, error.code, error.message);
    }
  }
})();
