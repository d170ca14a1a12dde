'use strict';
// The module's surface: exports, tables, the agent, class relationships,
// server defaults and listen()'s argument forms.
const http = require('http');
const { Readable, Writable, Stream } = require('stream');
const EventEmitter = require('events');

console.log('exports', Object.keys(http).sort().join(' '));
console.log('STATUS_CODES', Object.keys(http.STATUS_CODES).length, http.STATUS_CODES[200], http.STATUS_CODES[404], http.STATUS_CODES[418], http.STATUS_CODES[299]);
console.log('METHODS', http.METHODS.length, http.METHODS.slice(0, 5).join(','), http.METHODS.includes('QUERY'));
console.log('maxHeaderSize', http.maxHeaderSize);
console.log('globalAgent', http.globalAgent instanceof http.Agent, http.globalAgent.keepAlive, JSON.stringify(http.globalAgent.options), http.globalAgent.defaultPort, http.globalAgent.protocol);
const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
console.log('agent', agent.keepAlive, agent.maxSockets, agent.maxFreeSockets, agent.scheduling, agent.keepAliveMsecs, JSON.stringify(agent.options));
console.log('agent name', agent.getName({ host: 'h', port: 8080 }), agent.getName({}), agent.getName({ host: 'x', port: 1, family: 6 }));
console.log('Agent is an EventEmitter', agent instanceof EventEmitter);

const server = http.createServer({ keepAliveTimeout: 1234 }, () => {});
console.log('Server', server instanceof http.Server, server instanceof EventEmitter, typeof http.Server);
console.log('defaults', server.keepAliveTimeout, server.headersTimeout, server.requestTimeout, server.timeout, server.maxHeadersCount, server.maxRequestsPerSocket, server.listening, server.address());
console.log('listeners', server.listenerCount('request'));
console.log('without new', http.Server() instanceof http.Server);

console.log('IncomingMessage is a Readable', http.IncomingMessage.prototype instanceof Readable);
console.log('ServerResponse is an OutgoingMessage', http.ServerResponse.prototype instanceof http.OutgoingMessage);
console.log('OutgoingMessage is a Stream, not a Writable', http.OutgoingMessage.prototype instanceof Stream, http.OutgoingMessage.prototype instanceof Writable);
console.log('ClientRequest is an OutgoingMessage', http.ClientRequest.prototype instanceof http.OutgoingMessage);

const forms = [
  (s, cb) => s.listen(0, '127.0.0.1', cb),
  (s, cb) => s.listen({ port: 0, host: '127.0.0.1' }, cb),
  (s, cb) => s.listen(0, cb),
  (s, cb) => s.listen('0', '127.0.0.1', 10, cb),
  (s, cb) => s.listen(cb),
  (s, cb) => s.listen(0, 'localhost', cb),
];
(async () => {
  for (const [i, form] of forms.entries()) {
    const s = http.createServer();
    await new Promise((resolve) => form(s, resolve));
    const a = s.address();
    console.log('listen form', i, a.address, a.family, typeof a.port, a.port > 0, s.listening);
    await new Promise((resolve) => s.close(resolve));
  }
  const s = http.createServer();
  s.on('listening', () => console.log('listening event'));
  s.listen(0, () => {
    console.log('listen callback');
    s.keepAliveTimeout = 10;
    console.log('keepAliveTimeout set', s.keepAliveTimeout);
    s.close();
  });
  console.log('listening synchronously after listen()', s.listening);
})();
