// "Open Mentoring Dashboard": the caseload (one row per mentee, the kinds, statuses and due dates
// charts) in a webview without scripts, under the report's own content security policy with a nonce
// for its styles, in the editor's theme colours. It is redrawn when the server says a plan changed.

import { Uri, ViewColumn, window, workspace, type WebviewPanel } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { todayIso } from '../../../server/src/core/dates';
import type { PlanOverview } from '../../../server/src/protocol';
import { dashboardPage, newNonce } from './dashboard-page';
import { OverviewRequest } from './requests';

export const DASHBOARD_COMMAND = 'mentoringPlans.openDashboard';
const VIEW_TYPE = 'mentoringPlansDashboard';

export function dashboard(client: () => BaseLanguageClient | undefined): { open: () => Promise<void>; redraw: () => Promise<void>; shown: () => string | undefined } {
  let panel: WebviewPanel | undefined;
  const draw = async (): Promise<void> => {
    const c = client();
    if (!panel || !c?.isRunning()) return;
    let plans: readonly PlanOverview[];
    try {
      ({ plans } = await c.sendRequest(OverviewRequest));
    } catch (error) {
      void window.showErrorMessage(`The mentoring overview could not be read: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    const html = await dashboardPage(plans, (uri) => workspace.asRelativePath(Uri.parse(uri)), todayIso(), newNonce());
    if (panel) panel.webview.html = html;
  };
  return {
    open: async () => {
      if (panel) panel.reveal();
      else {
        // No scripts, no local resources: the page is text, inline styles and inline SVG.
        panel = window.createWebviewPanel(VIEW_TYPE, 'Mentoring Dashboard', ViewColumn.Active, { enableScripts: false, localResourceRoots: [] });
        panel.onDidDispose(() => (panel = undefined));
      }
      await draw();
    },
    redraw: draw,
    /** The page the dashboard shows, if open: what the end-to-end suite reads. */
    shown: () => panel?.webview.html,
  };
}
