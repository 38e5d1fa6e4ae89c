// The custom requests and notifications between the language server and its clients, declared once:
// the server registers these names and the VS Code client sends them, with the same types.

import type { NotPlanReason } from './core/check';
import type { AgendaItem } from './features/agenda';
import type { PlanOverview } from './features/overview';

export type { AgendaItem, PlanOverview };
export type { GoalOverview, SeverityCounts } from './features/overview';

/** Checks every plan of the workspace, open or not, and publishes the findings. No params. */
export const CHECK_WORKSPACE_REQUEST = 'mentoringPlans/checkWorkspace';

export interface CheckWorkspaceResult {
  /** Plan files checked. */
  readonly plans: number;
  /** Diagnostics published over all of them. */
  readonly problems: number;
}

/** One entry per plan of the workspace, sorted by URI. No params. */
export const OVERVIEW_REQUEST = 'mentoringPlans/overview';

export interface OverviewResult {
  readonly plans: readonly PlanOverview[];
}

/** What to bring to the next session with the mentee of one plan. */
export const AGENDA_REQUEST = 'mentoringPlans/agenda';

export interface AgendaParams {
  readonly uri: string;
}

export interface AgendaResult {
  readonly items: readonly AgendaItem[];
  readonly markdown: string;
}

/** Sent (no params) when a plan may have changed, once a client has asked for the overview: ask again. */
export const PLANS_CHANGED_NOTIFICATION = 'mentoringPlans/didChangePlans';

/** Whether a markdown document is checked as a plan, and if not why, for the editor's language status item. */
export const PLAN_STATUS_REQUEST = 'mentoringPlans/planStatus';

export interface PlanStatusParams {
  readonly uri: string;
}

export interface PlanStatus {
  readonly isPlan: boolean;
  /** Set when the document is not checked: `ignored`, `unmarked`, `too-large` or `binary`. */
  readonly notChecked?: NotPlanReason | 'too-large' | 'binary';
}
