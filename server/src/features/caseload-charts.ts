// The caseload's charts, drawn by Observable Plot into a light DOM and returned as SVG markup, so the
// editor's webview and the saved report show the same static picture and run no script. Built as its
// own bundle (dist/charts.js), loaded only when a dashboard or report is drawn.

import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { Count, DueGoal } from './caseload';

/** What the page needs drawn; each result is one `<svg>` element's markup. */
export interface CaseloadCharts {
  bars(label: string, counts: readonly Count[]): string;
  timeline(label: string, goals: readonly DueGoal[], today: string): string;
}

const BAR_HEIGHT = 22;
const LABEL_WIDTH = 110;
const CHART_WIDTH = 320;
const TIMELINE_WIDTH = 720;
const ROW_HEIGHT = 18;
// Colours are the page's theme variables (light, dark, high contrast, forced colours), never fixed values.
const BAR = 'var(--bar)';
const LATE = 'var(--warn)';

function svgOf(options: Plot.PlotOptions, label: string): string {
  // linkedom's window is typed without the DOM library this project builds against.
  const { document } = parseHTML('<!doctype html><html><body></body></html>') as unknown as { document: Plot.PlotOptions['document'] };
  const svg = Plot.plot({ ...options, document, ariaLabel: label });
  // Plot's own style element would need the page's nonce; the page's stylesheet sizes the charts instead.
  for (const style of svg.querySelectorAll('style')) style.remove();
  // One image to a screen reader, labelled with all its numbers, and reached with Tab.
  svg.setAttribute('role', 'img');
  svg.setAttribute('tabindex', '0');
  svg.removeAttribute('class');
  return svg.outerHTML;
}

export const caseloadCharts: CaseloadCharts = {
  bars(label, counts) {
    const labels = counts.map((c) => c.label);
    return svgOf(
      {
        width: CHART_WIDTH,
        height: counts.length * BAR_HEIGHT + 8,
        marginLeft: LABEL_WIDTH,
        marginRight: 40,
        marginTop: 4,
        marginBottom: 4,
        x: { axis: null, domain: [0, Math.max(1, ...counts.map((c) => c.count))] },
        y: { domain: labels, label: null, tickSize: 0 },
        marks: [
          Plot.barX(counts, { x: 'count', y: 'label', fill: BAR, className: 'bar' }),
          Plot.text(counts, { x: 'count', y: 'label', text: (c: Count) => String(c.count), textAnchor: 'start', dx: 6 }),
        ],
      },
      label,
    );
  },

  timeline(label, goals, today) {
    const rows = goals.map((g, i) => ({ ...g, row: i, date: new Date(`${g.due}T00:00:00Z`) }));
    return svgOf(
      {
        width: TIMELINE_WIDTH,
        height: 40 + goals.length * ROW_HEIGHT,
        marginTop: 24,
        x: { type: 'utc', label: null },
        y: { axis: null, domain: rows.map((r) => r.row) },
        marks: [
          Plot.ruleX([new Date(`${today}T00:00:00Z`)], { className: 'axis' }),
          Plot.text([new Date(`${today}T00:00:00Z`)], { x: (d: Date) => d, frameAnchor: 'top', dy: -16, text: () => 'today' }),
          Plot.dot(rows, {
            x: 'date',
            y: 'row',
            r: 5,
            fill: (r: DueGoal) => (r.pastDue ? LATE : BAR),
            title: (r: DueGoal) => `${r.due}: ${r.mentee}: ${r.statement}`,
          }),
        ],
      },
      label,
    );
  },
};
