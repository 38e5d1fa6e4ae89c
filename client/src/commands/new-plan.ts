// "New Plan from Template": an unsaved markdown document holding the whole plan as a snippet, so the
// mentor tabs through the names, dates and the first goal. Its front matter makes it a plan at once.
import { SnippetString, window, workspace } from 'vscode';
import { planTemplate, toSnippet } from '../../../server/src/data/templates';

export const NEW_PLAN_COMMAND = 'mentoringPlans.newPlan';

export async function newPlan(): Promise<void> {
  const document = await workspace.openTextDocument({ language: 'markdown' });
  const editor = await window.showTextDocument(document);
  await editor.insertSnippet(new SnippetString(toSnippet(planTemplate())));
}

