// The dashboard's page, apart from the webview that shows it: the caseload report with each plan's
// path as the workspace names it, and a fresh nonce for its one style element.

import { caseloadHtml } from '../../../server/src/features/caseload-html';
import type { PlanOverview } from '../../../server/src/protocol';

export function dashboardPage(plans: readonly PlanOverview[], pathOf: (uri: string) => string, today: string, nonce: string): string {
  return caseloadHtml(
    plans.map((p) => ({ ...p, path: pathOf(p.uri) })),
    today,
    nonce,
  );
}

/** A nonce of 128 random bits, new for every page drawn. */
export const newNonce = (): string => globalThis.crypto.randomUUID().replace(/-/g, '');
