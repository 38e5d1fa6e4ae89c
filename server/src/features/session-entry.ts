// A dated session entry holding the agenda's items as a checklist. Apart from agenda.ts so the
// VS Code client can write it without bundling the checks.

/** What an entry needs of an agenda item; declared here, not imported, since agenda.ts imports this module. */
export interface EntryItem {
  readonly kind: string;
  readonly text: string;
  /** The statement of the goal the item is about. */
  readonly goal?: string;
}

/** An item as a line of text: a challenge question names the goal it belongs to. */
export function itemText(item: EntryItem): string {
  return item.goal && item.kind === 'challenge-question' ? `${item.text} ("${item.goal}")` : item.text;
}

export function sessionEntry(items: readonly EntryItem[], today: string, eol = '\n'): string {
  const lines = items.map((i) => `- [ ] ${itemText(i)}`);
  return [`### ${today}`, '', ...(lines.length > 0 ? lines : ['- [ ] ']), ''].join(eol);
}
