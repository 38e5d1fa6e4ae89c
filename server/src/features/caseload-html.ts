// The caseload as one self-contained HTML file: inline styles and inline SVG charts (drawn by the charts
// bundle), nothing fetched, so it can be mailed to a programme lead or opened offline; the editor's
// dashboard shows the same page in its theme colours. Every chart also has its numbers as text.

import type { CaseloadCharts } from './caseload-charts';
import { caseloadRow, dueTimeline, kindBalance, menteeName, statusCounts, type CaseloadPlan, type Count, type DueGoal } from './caseload';

const STYLE = `
:root { color-scheme: light dark; --fg: #1b1f23; --bg: #ffffff; --muted: #57606a; --line: #d0d7de; --bar: #1f6f8b; --warn: #b35900; --focus: #0969da; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9da7b1; --line: #30363d; --bar: #58a6c7; --warn: #f0883e; } }
@media (forced-colors: active) { :root { --bar: CanvasText; --warn: Highlight; } }
body.vscode-light, body.vscode-dark, body.vscode-high-contrast, body.vscode-high-contrast-light { --fg: var(--vscode-foreground); --bg: var(--vscode-editor-background); --muted: var(--vscode-descriptionForeground); --line: var(--vscode-panel-border); --bar: var(--vscode-charts-blue); --warn: var(--vscode-charts-orange); --focus: var(--vscode-focusBorder); }
body { font: 15px/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg); margin: 2rem auto; max-width: 64rem; padding: 0 1rem; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; }
.muted { color: var(--muted); }
.warn { color: var(--warn); font-weight: 600; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1.5rem; }
figure { margin: 0; }
figcaption { font-weight: 600; margin-bottom: .25rem; }
svg { display: block; height: auto; max-width: 100%; overflow: visible; }
svg text { fill: var(--fg); font-size: 12px; white-space: pre; }
svg .axis { stroke: var(--line); }
tr[tabindex]:focus, svg:focus { outline: 2px solid var(--focus); outline-offset: -2px; }
`;

const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * No scripts, nothing fetched, no base or form target. Styles are inline: allowed by a nonce where the
 * host can give one per page (the editor's webview), else inline (a saved report file).
 */
export function contentSecurityPolicy(nonce?: string): string {
  return `default-src 'none'; style-src ${nonce ? `'nonce-${nonce}'` : "'unsafe-inline'"}; base-uri 'none'; form-action 'none'`;
}

/** Mentee rows are in the tab order, so a keyboard reaches each one and a screen reader reads it whole. */
export function caseloadHtml(plans: readonly CaseloadPlan[], today: string, charts: CaseloadCharts, nonce?: string): string {
  const rows = plans.map(caseloadRow);
  const body: string[] = [`<h1>Mentoring caseload</h1>`, `<p class="muted">${plans.length} plan${plans.length === 1 ? '' : 's'} · as of ${escape(today)}</p>`];
  if (plans.length === 0) body.push('<p>No mentoring plans were found.</p>');
  else {
    body.push(
      '<table><caption class="muted">One row per mentee</caption><thead><tr><th scope="col">Mentee</th><th scope="col">Mentor</th><th scope="col">Next review</th><th scope="col">Last session</th><th scope="col" class="n">Active goals</th><th scope="col" class="n">Past due</th><th scope="col" class="n">Done</th><th scope="col" class="n">Open questions</th></tr></thead><tbody>',
      ...rows.map(
        (r) =>
          `<tr tabindex="0"><th scope="row">${escape(r.mentee)}</th><td>${escape(r.mentor ?? '')}</td><td${r.reviewOverdue ? ' class="warn"' : ''}>${escape(r.nextReview ?? '')}${r.reviewOverdue ? ' (overdue)' : ''}</td><td>${escape(r.lastSession ?? '')}</td><td class="n">${r.active}</td><td class="n${r.pastDue > 0 ? ' warn' : ''}">${r.pastDue}</td><td class="n">${r.done}</td><td class="n">${r.openQuestions}</td></tr>`,
      ),
      '</tbody></table>',
      '<div class="charts">',
      barChart(charts, 'Goal kinds (open goals)', kindBalance(plans)),
      barChart(charts, 'Goals by status', statusCounts(plans)),
      '</div>',
      timeline(charts, dueTimeline(plans), today),
    );
    for (const plan of plans) body.push(planSection(plan));
  }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(nonce)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mentoring caseload, ${escape(today)}</title>
<style${nonce ? ` nonce="${nonce}"` : ''}>${STYLE}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}

function planSection(plan: CaseloadPlan): string {
  const goals = plan.goals.map(
    (g) =>
      `<tr><td>${escape(g.statement)}</td><td${g.pastDue ? ' class="warn"' : ''}>${escape(g.status)}${g.pastDue ? ', past due' : ''}${g.evolvedInto ? `, evolved into “${escape(g.evolvedInto)}”` : ''}</td><td>${escape(g.by ?? '')}</td><td>${escape(g.kinds.join(', '))}</td><td class="n">${g.propertiesMet} of 5</td></tr>`,
  );
  const table = goals.length === 0 ? '<p>No goals yet.</p>' : `<table><thead><tr><th scope="col">Goal</th><th scope="col">Status</th><th scope="col">Due</th><th scope="col">Kinds</th><th scope="col" class="n">Properties met</th></tr></thead><tbody>${goals.join('')}</tbody></table>`;
  return `<section><h2>${escape(menteeName(plan))}</h2><p class="muted"><code>${escape(plan.path)}</code></p>${table}</section>`;
}

/** Horizontal bars, one per label; the same numbers are the chart's accessible description. */
function barChart(charts: CaseloadCharts, title: string, counts: readonly Count[]): string {
  const description = counts.map((c) => `${c.label} ${c.count}`).join(', ');
  return `<figure><figcaption>${escape(title)}</figcaption>${charts.bars(`${title}: ${description}`, counts)}</figure>`;
}

/** Open goals' due dates on one axis from the earliest to the latest, today marked; late ones in the warning colour. */
function timeline(charts: CaseloadCharts, goals: readonly DueGoal[], today: string): string {
  if (goals.length === 0) return '';
  const description = goals.map((g) => `${g.due}${g.pastDue ? ' (past due)' : ''}: ${g.mentee}: ${g.statement}`).join('; ');
  const title = `Due dates of open goals, ${goals[0].due < today ? goals[0].due : today} to ${goals[goals.length - 1].due > today ? goals[goals.length - 1].due : today}`;
  return `<figure><figcaption>${escape(title)}</figcaption>${charts.timeline(`${title}: ${description}`, goals, today)}</figure>`;
}
