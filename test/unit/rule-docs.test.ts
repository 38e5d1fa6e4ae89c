// Every rule has a page, and each page's examples do what the page says: the first trips the rule, the
// second is clean under every rule.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_IDS, RULES } from '../../server/src/data/catalogue';
import { checkDocument } from '../../server/src/core/check';
import { run, TODAY, where } from './rules/support';

const DOCS = join(__dirname, '..', '..', 'docs', 'rules');

function examples(page: string): { fires: string; better: string } {
  const block = (label: string): string => {
    const m = new RegExp(`${label}:\\n\\n\`\`\`markdown\\n([^]*?)\\n\`\`\``).exec(page);
    assert.ok(m, `no "${label}" example`);
    return `${m[1]}\n`;
  };
  return { fires: block('Fires'), better: block('Better') };
}

describe('rule pages', () => {
  const index = readFileSync(join(DOCS, 'README.md'), 'utf8');

  for (const id of RULE_IDS) {
    describe(id, () => {
      const page = readFileSync(join(DOCS, `${id}.md`), 'utf8');

      it('is listed in the index with its default severity', () => {
        assert.ok(index.includes(`| [\`${id}\`](${id}.md) | ${RULES[id].defaultSeverity} |`));
      });

      it('states the default and shows how to turn it off', () => {
        assert.ok(page.includes(`**Default:** ${RULES[id].defaultSeverity}`));
        assert.ok(page.includes(`<!-- mentoring-plans-disable-file ${id} -->`));
        assert.ok(page.includes(`"rules": { "${id}": "off" }`));
      });

      it('has a "Fires" example that trips the rule and a "Better" one that no rule finds fault with', () => {
        const { fires, better } = examples(page);
        assert.notDeepEqual(run(id, fires).at, [], 'the "Fires" example does not fire');
        const all = checkDocument(better, { relativePath: 'plans/mac.plan.md', today: TODAY });
        assert.deepEqual(all.findings.map((f) => `${f.ruleId} ${where(all.plan, f.span)}`), [], 'the "Better" example has findings');
      });
    });
  }
});
