// The parse floor as a whole process: `node bench/bare-parse.mjs DIR` parses every .md file in DIR
// once with unified().use(remarkParse), as a checker that parses everything must at least do.

import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const dir = process.argv[2];
const processor = unified().use(remarkParse);
for (const name of readdirSync(dir)) {
  if (name.endsWith('.md')) processor.parse(readFileSync(path.join(dir, name), 'utf8'));
}
