// Preloaded with --require: any file-system call on a path inside MP_FORBIDDEN_DIR is recorded on
// stderr and refused, to prove that links leaving the workspace are never read.
'use strict';
const fs = require('fs');
const path = require('path');
const forbidden = path.resolve(process.env.MP_FORBIDDEN_DIR ?? '/nonexistent-forbidden');
const inside = (p) => {
  if (typeof p !== 'string' && !(p instanceof URL) && !Buffer.isBuffer(p)) return false;
  const rel = path.relative(forbidden, path.resolve(p instanceof URL ? p.pathname : String(p)));
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};
const wrap = (target, name, label) => {
  const original = target[name];
  if (typeof original !== 'function') return;
  target[name] = function (p, ...rest) {
    if (inside(p)) {
      process.stderr.write(`FS-ACCESS ${label}${name} ${String(p)}\n`);
      throw Object.assign(new Error(`file access refused: ${String(p)}`), { code: 'EACCES' });
    }
    return original.call(this, p, ...rest);
  };
};
const NAMES = ['readFileSync', 'readFile', 'statSync', 'stat', 'lstatSync', 'lstat', 'openSync', 'open', 'existsSync', 'exists', 'readdirSync', 'readdir', 'accessSync', 'access', 'createReadStream', 'watch', 'watchFile', 'realpathSync', 'realpath'];
for (const name of NAMES) wrap(fs, name, 'fs.');
for (const name of ['readFile', 'stat', 'lstat', 'open', 'readdir', 'access', 'realpath', 'watch']) wrap(fs.promises, name, 'fs.promises.');
