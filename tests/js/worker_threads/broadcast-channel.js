'use strict';
// BroadcastChannel between the main thread and two workers: every other
// member with the same name gets each message (never the sender), other
// names get nothing, each sender's order is kept, and a closed channel
// neither receives nor may post.
const { Worker, BroadcastChannel } = require('worker_threads');

const workerCode = `
  const { BroadcastChannel, workerData: me, parentPort } = require('worker_threads');
  const bc = new BroadcastChannel('room');
  const other = new BroadcastChannel('other-room');
  other.onmessage = () => { throw new Error('other room must stay silent'); };
  const got = [];
  const done = new Set();
  bc.onmessage = (event) => {
    const m = event.data;
    if (m.type === 'start') {
      for (let i = 0; i < 3; i++) bc.postMessage({ type: 'msg', from: me, i });
      bc.postMessage({ type: 'done', from: me });
    } else if (m.type === 'done') {
      done.add(m.from);
      if (done.size === 2) {
        parentPort.postMessage(got);
        bc.close();
        other.close();
      }
    } else {
      got.push(m.from + ':' + m.i);
    }
  };
  parentPort.postMessage('joined');
`;

const main = new BroadcastChannel('room');
console.log('name', main.name, 'ref/unref', typeof main.ref, typeof main.unref);
const names = ['A', 'B'];
const got = [];
const done = new Set();
const reports = {};
let joined = 0;
const exits = [];
let finished = false;
function printExits() {
  if (finished && exits.length === 2) console.log('exits', exits.sort().join(', '));
}

function finish() {
  if (done.size < 2 || Object.keys(reports).length < 2) return;
  const from = (list, who) => list.filter((x) => x.startsWith(`${who}:`)).map((x) => x.split(':')[1]).join(',');
  console.log('main got: from A', from(got, 'A'), '| from B', from(got, 'B'), '| from main', from(got, 'main'));
  for (const name of names) {
    const list = reports[name];
    console.log(`${name} got: from A`, from(list, 'A'), '| from B', from(list, 'B'), '| from main', from(list, 'main'));
  }
  main.close();
  try {
    main.postMessage('after close');
  } catch (err) {
    console.log('post after close:', err.name, err.code, err.message);
  }
  console.log('close twice', main.close());
  finished = true;
  printExits();
}

main.onmessage = ({ data: m }) => {
  if (m.type === 'done') {
    done.add(m.from);
    finish();
  } else {
    got.push(`${m.from}:${m.i}`);
  }
};

for (const name of names) {
  const w = new Worker(workerCode, { eval: true, workerData: name });
  w.on('message', (m) => {
    if (m === 'joined') {
      if (++joined === 2) {
        main.postMessage({ type: 'start' });
        for (let i = 0; i < 3; i++) main.postMessage({ type: 'msg', from: 'main', i });
        main.postMessage({ type: 'done', from: 'main' });
      }
    } else {
      reports[name] = m;
      finish();
    }
  });
  w.on('exit', (code) => {
    exits.push(`${name} ${code}`);
    printExits();
  });
}
