// `mentoring-plans init`: a commented `.mentoring-plans.json` in the current folder, never over an existing one.

import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAME } from '../node/config-file';

export const INIT_CONFIG = `// Mentoring Plans: read by the VS Code extension and by \`mentoring-plans check\`.
// A folder can hold its own ${CONFIG_FILE_NAME}; nearer files override farther ones, and
// <!-- mentoring-plans-disable RULE --> comments in a plan override both.
{
  // Markdown files checked as plans, relative to this folder. A file whose front matter
  // says \`type: mentoring-plan\` is always checked.
  "files": ["**/*.plan.md", "**/*.mentoring.md"],

  // Files never checked, even when they match "files".
  "ignore": [],

  // Severity per rule: "off", "hint", "information", "warning" or "error".
  // Rules not listed keep their default; the docs list every rule.
  "rules": {
    // "missing-replaces": "off",
    // "no-horizon": "error"
  },

  // Your own wording for the phrase-based rules (vague, wish, maintenance, borrowed, feeling).
  // A list adds phrases; { "add": [...], "remove": [...] } can also take built-in ones out.
  "phrases": {
    // "vague": ["be more visible"],
    // "wish": { "add": ["one fine day"], "remove": ["ideally"] }
  }
}
`;

export function initConfig(cwd: string): { file: string } | { error: string } {
  const file = path.join(cwd, CONFIG_FILE_NAME);
  try {
    writeFileSync(file, INIT_CONFIG, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return { error: `${CONFIG_FILE_NAME} already exists here; it was left as it is.` };
    return { error: `Cannot write ${CONFIG_FILE_NAME} (${code ?? String(error)}).` };
  }
  return { file };
}
