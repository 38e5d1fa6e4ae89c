// "Insert Question Bank…": one of the four exploration banks (or all of them) at the cursor, as a
// snippet with a stop after each question for the mentee's answer.
import { Position, SnippetString, window, type QuickPickItem, type TextEditor } from 'vscode';
import { BANKS, type BankId } from '../../../server/src/data/questions';
import { bankTemplate, toSnippet, type Template } from '../../../server/src/data/templates';

export const INSERT_BANK_COMMAND = 'mentoringPlans.insertQuestionBank';

const ALL = 'all';
type Choice = BankId | typeof ALL;

interface BankItem extends QuickPickItem {
  readonly choice: Choice;
}

function isChoice(value: unknown): value is Choice {
  return value === ALL || BANKS.some((b) => b.id === value);
}

function items(): BankItem[] {
  return [
    ...BANKS.map((b) => ({ choice: b.id, label: b.title, description: `${b.questions.length} questions`, detail: b.purpose })),
    { choice: ALL, label: 'All four banks', detail: 'Identity, values, support and achievement: the exploration before any goal.' },
  ];
}

function snippetFor(choice: Choice): string {
  const ids = choice === ALL ? BANKS.map((b) => b.id) : [choice];
  // Each bank keys its answer stops by its id, so combined banks keep distinct stops.
  const template: Template = ids.flatMap((id, i) => [...(i > 0 ? ['\n'] : []), ...bankTemplate(id, { answerStops: true })]);
  return toSnippet(template);
}

/**
 * Inserts at the cursor, on a line of its own. The bank id ('identity', 'values', 'support',
 * 'achievement' or 'all') may be given as the argument, for keybindings, instead of the quick pick.
 */
export async function insertQuestionBank(bank?: unknown): Promise<void> {
  const editor: TextEditor | undefined = window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void window.showInformationMessage('Open a markdown mentoring plan to insert a question bank.');
    return;
  }
  let choice: Choice | undefined = isChoice(bank) ? bank : undefined;
  if (!choice) {
    const picked = await window.showQuickPick(items(), { title: 'Insert a question bank', placeHolder: 'Which area do you want to explore?', matchOnDetail: true });
    choice = picked?.choice;
  }
  if (!choice) return;
  const position = editor.selection.active;
  const line = editor.document.lineAt(position.line);
  // Headings must start a line: mid-line, the bank goes below the current line.
  const atLineStart = line.text.slice(0, position.character).trim() === '';
  const snippet = snippetFor(choice);
  if (atLineStart) await editor.insertSnippet(new SnippetString(snippet), new Position(position.line, 0));
  else await editor.insertSnippet(new SnippetString(`\n\n${snippet}`), line.range.end);
}
