import { parsePlan } from './server/src/core/parse';
import { clearChunkCache } from './server/src/core/chunked-parse';
const HEAD = '---\ntype: mentoring-plan\nmentee: Sam\n---\n# Mentoring plan: Sam\n\n## Purpose\n\n### Lead a team of my own\n\n## Goals\n\n';
const mk = (n: number) => HEAD + Array.from({ length: n }, (_, i) => `### Lead retro ${i}\n`).join('');
const text = mk(Number(process.argv[2]));
for (let k = 0; k < 3; k++) { clearChunkCache(); const t = performance.now(); parsePlan(text); console.log((performance.now() - t).toFixed(0)); }
