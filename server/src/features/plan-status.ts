// mentoringPlans/planStatus: whether a markdown document is checked as a plan, and if not why, for
// the editor's language status item.

import type { PlanStatus } from '../protocol';
import type { PlanWorkspace } from './workspace';

export async function planStatus(workspace: PlanWorkspace, uri: string): Promise<PlanStatus | null> {
  const analysis = await workspace.analyze(uri);
  return analysis ? { isPlan: analysis.isPlan, notChecked: analysis.notChecked } : null;
}
