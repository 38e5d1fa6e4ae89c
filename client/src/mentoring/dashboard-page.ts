// The dashboard's page, apart from the webview that shows it: the caseload report with each plan's
// path as the workspace names it, and a fresh nonce for its one style element.

import { caseloadHtml } from '../../../server/src/features/caseload-html';
import { loadCharts } from '../../../server/src/features/load-charts';
import type { PlanOverview } from '../../../server/src/protocol';

export async function dashboardPage(plans: readonly PlanOverview[], pathOf: (uri: string) => string, today: string, nonce: string): Promise<string> {
  return caseloadHtml(
    plans.map((p) => ({ ...p, path: pathOf(p.uri) })),
    today,
    await loadCharts(),
    nonce,
  );
}

/** A nonce of 128 random bits, new for every page drawn. */
export const newNonce = (): string => globalThis.crypto.randomUUID().replace(/-/g, '');
