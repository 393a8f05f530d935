// Preloaded with `node --require` by the no-network test: every way out of the process to the network
// throws, and says so on stderr (in case the caller catches the error).
'use strict';
const MARK = 'NETWORK ATTEMPT BLOCKED';
function blocked(what) {
  return function () {
    process.stderr.write(`${MARK}: ${what}\n`);
    throw new Error(`${MARK}: ${what}`);
  };
}
const net = require('node:net');
net.connect = net.createConnection = blocked('net.connect');
net.Socket.prototype.connect = blocked('net.Socket.connect');
const tls = require('node:tls');
tls.connect = blocked('tls.connect');
for (const name of ['http', 'https']) {
  const m = require(`node:${name}`);
  m.request = m.get = blocked(`${name}.request`);
}
const dns = require('node:dns');
for (const fn of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']) dns[fn] = blocked(`dns.${fn}`);
for (const fn of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']) dns.promises[fn] = blocked(`dns.promises.${fn}`);
const dgram = require('node:dgram');
dgram.createSocket = blocked('dgram.createSocket');
globalThis.fetch = blocked('fetch');
if (globalThis.WebSocket) globalThis.WebSocket = blocked('WebSocket');
