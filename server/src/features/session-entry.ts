// A dated session entry holding the agenda's items as a checklist. Apart from agenda.ts so the
// VS Code client can write it without bundling the checks.

import type { AgendaItem } from './agenda';

/** An item as a line of text: a challenge question names the goal it belongs to. */
export function itemText(item: Pick<AgendaItem, 'kind' | 'text' | 'goal'>): string {
  return item.goal && item.kind === 'challenge-question' ? `${item.text} ("${item.goal}")` : item.text;
}

export function sessionEntry(items: readonly Pick<AgendaItem, 'kind' | 'text' | 'goal'>[], today: string, eol = '\n'): string {
  const lines = items.map((i) => `- [ ] ${itemText(i)}`);
  return [`### ${today}`, '', ...(lines.length > 0 ? lines : ['- [ ] ']), ''].join(eol);
}
