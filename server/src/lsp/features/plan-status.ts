// mentoringPlans/planStatus: whether a markdown document is checked as a plan, and if not why, for
// the editor's language status item.

import type { Analysis, Feature } from '../server-context';

export const PLAN_STATUS_REQUEST = 'mentoringPlans/planStatus';

export interface PlanStatus {
  readonly isPlan: boolean;
  /** Set when the document is not checked: `ignored`, `unmarked`, `too-large` or `binary`. */
  readonly notChecked?: Analysis['notChecked'];
}

export const planStatus: Feature = {
  register(context) {
    context.connection.onRequest(PLAN_STATUS_REQUEST, async ({ uri }: { uri: string }): Promise<PlanStatus | null> => {
      const analysis = await context.analyze(uri);
      return analysis ? { isPlan: analysis.isPlan, notChecked: analysis.notChecked } : null;
    });
  },
};
