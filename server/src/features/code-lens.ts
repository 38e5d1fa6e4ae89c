// Code lenses: how many of the five properties each goal meets, and how many goals link to each purpose.

import type { CodeLens, Range } from 'vscode-languageserver';
import type { Goal } from '../core/model';
import { openQuestionCount, propertySummary, type PropertyCheck } from '../core/properties';
import { toRange } from './diagnostics';
import type { PlanWorkspace } from './workspace';

/** A lens is a label here; an empty command id makes it plain text in clients. */
function label(range: Range, title: string): CodeLens {
  return { range, command: { title, command: '' } };
}

export function goalLens(range: Range, goal: Goal, checks: readonly PropertyCheck[]): CodeLens {
  return label(range, propertySummary(checks, openQuestionCount(goal)));
}

export function purposeLens(range: Range, linkingGoals: number): CodeLens {
  return label(range, linkingGoals === 0 ? 'linked by no goals yet' : `linked by ${linkingGoals} goal${linkingGoals === 1 ? '' : 's'}`);
}

/** textDocument/codeLens: properties met per goal, linking goals per purpose. */
export async function codeLenses(workspace: PlanWorkspace, uri: string): Promise<CodeLens[] | null> {
  const analysis = await workspace.analyze(uri);
  if (!analysis?.isPlan) return null;
  const { plan } = analysis;
  const lenses: CodeLens[] = [];
  for (const purpose of plan.purposes) {
    const linking = await workspace.index.linksTo(uri, purpose.heading.slug);
    lenses.push(purposeLens(toRange(plan.lines, purpose.heading.span), new Set(linking.map((l) => l.goal)).size));
  }
  for (const goal of plan.goals) lenses.push(goalLens(toRange(plan.lines, goal.statementSpan), goal, analysis.properties(goal)));
  return lenses;
}
