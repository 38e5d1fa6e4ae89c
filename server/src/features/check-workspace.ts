// mentoringPlans/checkWorkspace: checks every plan of the workspace, open or not, into the client's
// problem list, so a mentor sees the whole folder before a review day.

import type { Diagnostic } from 'vscode-languageserver';
import type { CheckWorkspaceResult } from '../protocol';
import type { PlanWorkspace } from './workspace';

/** `publish` gets the findings of each plan not open in the editor (an open plan has its own diagnostics). */
export async function checkWorkspace(workspace: PlanWorkspace, isOpen: (uri: string) => boolean, publish: (uri: string, diagnostics: Diagnostic[]) => Promise<void>): Promise<CheckWorkspaceResult> {
  let plans = 0;
  let problems = 0;
  for (const file of await workspace.index.files()) {
    if (!file.isPlan) continue;
    const analysis = await workspace.analyzeFile(file.uri);
    if (!analysis?.isPlan) continue;
    plans++;
    problems += analysis.diagnostics.length;
    if (!isOpen(file.uri)) await publish(file.uri, [...analysis.diagnostics]);
  }
  return { plans, problems };
}
