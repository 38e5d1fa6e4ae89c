// Preloaded with --require: any attempt to reach the network is recorded on stderr and refused.
'use strict';
const report = (what) => {
  process.stderr.write(`NETWORK-ACCESS ${what}\n`);
  throw new Error(`network access refused: ${what}`);
};
const trap = (mod, names) => {
  const m = require(mod);
  for (const name of names) {
    Object.defineProperty(m, name, { value: () => report(`${mod}.${name}`), configurable: true, writable: true });
  }
};
trap('net', ['connect', 'createConnection', 'createServer']);
trap('tls', ['connect', 'createServer']);
trap('http', ['request', 'get', 'createServer']);
trap('https', ['request', 'get', 'createServer']);
trap('http2', ['connect', 'createServer']);
trap('dgram', ['createSocket']);
trap('dns', ['lookup', 'resolve', 'resolve4', 'resolve6']);
require('net').Socket.prototype.connect = () => report('net.Socket.connect');
globalThis.fetch = () => report('fetch');
globalThis.WebSocket = function WebSocket() {
  report('WebSocket');
};
