// The dashboard's page as the webview gets it: a strict content security policy, nothing outside the
// page, the editor's theme colours, rows and charts in the tab order, charts a screen reader can read.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { dashboardPage, newNonce } from '../../client/src/mentoring/dashboard-page';
import { judgePlan } from '../../server/src/core/check';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { parsePlan } from '../../server/src/core/parse';
import { planOverview } from '../../server/src/features/overview';

const TODAY = '2026-12-04';
const NONCE = '3f9c2a7e5b1d4c6a8e0f2b4d6a8c0e1f';
const FIXTURES = path.resolve(__dirname, '../fixtures/overview');

function overview(file: string, edit = (text: string) => text) {
  const plan = parsePlan(edit(readFileSync(path.join(FIXTURES, file), 'utf8')));
  const check = judgePlan(plan, { today: TODAY });
  return planOverview({ uri: `file:///home/ruth/mentoring/plans/${file}`, plan, findings: check.findings, config: DEFAULT_CONFIG, today: TODAY, properties: check.properties });
}

const relative = (uri: string) => uri.replace('file:///home/ruth/mentoring/', '');

/** Every element's opening tag, with its attributes, in document order. */
const tags = (html: string) => [...html.matchAll(/<([a-z][\w-]*)((?:\s+[\w:-]+(?:="[^"]*")?)*)\s*\/?>/gi)].map((m) => ({ name: m[1].toLowerCase(), attrs: Object.fromEntries([...m[2].matchAll(/([\w:-]+)(?:="([^"]*)")?/g)].map((a) => [a[1].toLowerCase(), a[2] ?? ''])) }));

describe('dashboard page', () => {
  let page: string;
  before(async () => {
    page = await dashboardPage([overview('amara.plan.md'), overview('tomasz.plan.md')], relative, TODAY, NONCE);
  });

  it('has a strict content security policy: nothing by default, no scripts, styles by nonce only', () => {
    const csp = tags(page).filter((t) => t.name === 'meta' && t.attrs['http-equiv'] === 'Content-Security-Policy');
    assert.deepEqual(
      csp.map((t) => t.attrs.content),
      [`default-src 'none'; style-src 'nonce-${NONCE}'; base-uri 'none'; form-action 'none'`],
    );
    assert.deepEqual(tags(page).filter((t) => t.name === 'style').map((t) => t.attrs), [{ nonce: NONCE }]);
    assert.deepEqual(tags(page).filter((t) => ['script', 'link', 'img', 'iframe', 'object', 'embed', 'base', 'form'].includes(t.name)), []);
    assert.deepEqual(tags(page).flatMap((t) => Object.keys(t.attrs).filter((a) => a === 'style' || a.startsWith('on'))), []);
  });

  it('references nothing outside itself, even when a goal names a web address', async () => {
    assert.deepEqual(page.match(/(?:https?:|\/\/|url\(|@import|\b(?:src|href)=)/gi) ?? [], []);
    const withAddress = await dashboardPage([overview('amara.plan.md', (t) => t.replace('### Write the grant bid for the new cold store', '### Write the grant bid at https://county.example.org/fund for the new cold store'))], relative, TODAY, NONCE);
    // The address is the mentor's text, in cells and the chart's label; no element loads or links it.
    assert.equal(withAddress.split('Write the grant bid at https://county.example.org/fund for the new cold store').length - 1, 3);
    assert.deepEqual(tags(withAddress).flatMap((t) => Object.keys(t.attrs).filter((a) => /^(?:href|src|srcset|xlink:href|action|formaction|data|poster|background)$/.test(a))), []);
  });

  it('takes its colours from the editor theme in light, dark and high contrast', () => {
    assert.match(page, /body\.vscode-light, body\.vscode-dark, body\.vscode-high-contrast, body\.vscode-high-contrast-light \{/);
    assert.deepEqual([...new Set(page.match(/var\(--vscode-[\w-]+\)/g))].sort(), [
      'var(--vscode-charts-blue)',
      'var(--vscode-charts-orange)',
      'var(--vscode-descriptionForeground)',
      'var(--vscode-editor-background)',
      'var(--vscode-focusBorder)',
      'var(--vscode-foreground)',
      'var(--vscode-panel-border)',
    ]);
  });

  it('puts each mentee row and each chart in the tab order, in reading order', () => {
    const focusable = tags(page).filter((t) => 'tabindex' in t.attrs);
    assert.deepEqual(new Set(focusable.map((t) => t.attrs.tabindex)), new Set(['0']));
    assert.deepEqual(focusable.map((t) => t.attrs['aria-label']?.split(':')[0] ?? t.name), ['tr', 'tr', 'Goal kinds (open goals)', 'Goals by status', 'Due dates of open goals, 2026-10-31 to 2027-06-30']);
    assert.deepEqual([...page.matchAll(/<tr tabindex="0"><th scope="row">([^<]*)<\/th>/g)].map((m) => m[1]), ['Amara Okafor', 'Tomasz Wójcik']);
    assert.match(page, /tr\[tabindex\]:focus, svg:focus \{ outline: 2px solid var\(--focus\)/);
  });

  it('labels every chart for a screen reader with the numbers it draws', () => {
    const charts = tags(page).filter((t) => t.name === 'svg');
    assert.deepEqual(charts.map((t) => t.attrs.role), ['img', 'img', 'img']);
    assert.deepEqual(charts.map((t) => t.attrs['aria-label']), [
      'Goal kinds (open goals): ladder 2, lattice 1, career 2, developmental 1, enabling 1, emotional 1',
      'Goals by status: active 4, paused 0, exploring 1, done 2',
      'Due dates of open goals, 2026-10-31 to 2027-06-30: 2026-10-31 (past due): Tomasz Wójcik: Lead the morning handover for two weeks in a row; 2027-01-10: Tomasz Wójcik: Pass the advanced life support course; 2027-03-15: Amara Okafor: Write the grant bid for the new cold store; 2027-06-30: Tomasz Wójcik: Feel less anxious before night shifts',
    ]);
  });

  it('draws each page with a new nonce', () => {
    const [a, b] = [newNonce(), newNonce()];
    assert.match(a, /^[0-9a-f]{32}$/);
    assert.notEqual(a, b);
  });
});
