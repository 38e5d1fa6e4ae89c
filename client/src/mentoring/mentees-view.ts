// The Mentoring view: each mentee with their goals (status icon, due date, past-due in the warning
// colour) and what is due before the next review; a click opens the plan at the goal. The badge counts
// past-due goals. It asks the server again only when the server says a plan changed.

import { EventEmitter, ThemeColor, ThemeIcon, TreeItem, TreeItemCollapsibleState, Uri, window, type Disposable, type TreeDataProvider } from 'vscode';
import { State, type BaseLanguageClient } from 'vscode-languageclient';
import type { Status } from '../../../server/src/data/kinds';
import { dueByReview, menteeName as caseloadMentee } from '../../../server/src/features/caseload';
import type { GoalOverview, PlanOverview } from '../../../server/src/protocol';
import { OverviewRequest, PlansChangedNotification } from './requests';

export const MENTEES_VIEW = 'mentoringPlansMentees';

type Node =
  | { readonly kind: 'plan'; readonly plan: PlanOverview }
  | { readonly kind: 'due'; readonly plan: PlanOverview; readonly goals: readonly GoalOverview[] }
  | { readonly kind: 'goal'; readonly plan: PlanOverview; readonly goal: GoalOverview };

const STATUS_ICONS: Readonly<Record<Status, string>> = {
  active: 'circle-large-outline',
  paused: 'debug-pause',
  exploring: 'search',
  done: 'pass',
  dropped: 'circle-slash',
  evolved: 'arrow-right',
};

const menteeName = (plan: PlanOverview): string => caseloadMentee({ mentee: plan.mentee, path: Uri.parse(plan.uri).path });

class MenteesProvider implements TreeDataProvider<Node> {
  private plans: readonly PlanOverview[] = [];
  private readonly changed = new EventEmitter<undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  set(plans: readonly PlanOverview[]): void {
    this.plans = plans;
    this.changed.fire(undefined);
  }

  get pastDue(): number {
    return this.plans.reduce((n, p) => n + p.goals.filter((g) => g.pastDue).length, 0);
  }

  getChildren(node?: Node): Node[] {
    if (!node) return [...this.plans].sort((a, b) => menteeName(a).localeCompare(menteeName(b))).map((plan) => ({ kind: 'plan', plan }));
    if (node.kind === 'goal') return [];
    const goals = node.kind === 'due' ? node.goals : node.plan.goals;
    const due = node.kind === 'plan' ? dueByReview(node.plan) : [];
    return [...(due.length > 0 ? [{ kind: 'due' as const, plan: node.plan, goals: due }] : []), ...goals.map((goal) => ({ kind: 'goal' as const, plan: node.plan, goal }))];
  }

  getTreeItem(node: Node): TreeItem {
    if (node.kind === 'plan') {
      const item = new TreeItem(menteeName(node.plan), TreeItemCollapsibleState.Expanded);
      const late = node.plan.goals.filter((g) => g.pastDue).length;
      item.description = [node.plan.nextReview && `review ${node.plan.nextReview}${node.plan.reviewOverdue ? ' (overdue)' : ''}`, late > 0 && `${late} past due`].filter(Boolean).join(' · ');
      item.tooltip = [node.plan.mentor && `Mentor: ${node.plan.mentor}`, node.plan.lastSession && `Last session: ${node.plan.lastSession}`, `${node.plan.openQuestions} open question${node.plan.openQuestions === 1 ? '' : 's'}`].filter(Boolean).join('\n');
      item.iconPath = new ThemeIcon('person', node.plan.reviewOverdue ? new ThemeColor('list.warningForeground') : undefined);
      item.resourceUri = Uri.parse(node.plan.uri);
      item.contextValue = 'mentee';
      item.id = node.plan.uri;
      return item;
    }
    if (node.kind === 'due') {
      const item = new TreeItem(node.plan.nextReview ? 'Due before the next review' : 'Past due', TreeItemCollapsibleState.Collapsed);
      item.description = String(node.goals.length);
      item.iconPath = new ThemeIcon('calendar');
      item.id = `${node.plan.uri}#due`;
      return item;
    }
    const { goal } = node;
    const item = new TreeItem(goal.statement, TreeItemCollapsibleState.None);
    item.description = [goal.by, goal.pastDue && 'past due', goal.evolvedInto && `→ ${goal.evolvedInto}`].filter(Boolean).join(' · ');
    item.tooltip = `${goal.status}${goal.pastDue ? ', past due' : ''} · ${goal.propertiesMet} of 5 properties met${goal.kinds.length > 0 ? ` · ${goal.kinds.join(', ')}` : ''}${goal.lastChanged ? ` · last changed ${goal.lastChanged}` : ''}`;
    item.iconPath = goal.pastDue ? new ThemeIcon('warning', new ThemeColor('list.warningForeground')) : new ThemeIcon(STATUS_ICONS[goal.status]);
    const { start, end } = goal.range;
    item.command = { title: 'Open Goal', command: 'vscode.open', arguments: [Uri.parse(node.plan.uri), { selection: { start, end } }] };
    item.contextValue = 'goal';
    return item;
  }
}

export function menteesView(client: () => BaseLanguageClient | undefined): { refresh: () => Promise<void>; shown: () => string[]; disposables: Disposable[] } {
  const provider = new MenteesProvider();
  const view = window.createTreeView(MENTEES_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  const refresh = async (): Promise<void> => {
    const c = client();
    if (!c?.isRunning()) return;
    try {
      provider.set((await c.sendRequest(OverviewRequest)).plans);
    } catch (error) {
      void window.showErrorMessage(`The mentoring overview could not be read: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    const late = provider.pastDue;
    view.badge = late > 0 ? { value: late, tooltip: `${late} goal${late === 1 ? '' : 's'} past due` } : undefined;
    view.message = provider.getChildren().length === 0 ? 'No mentoring plans in this workspace yet. Run "Mentoring Plans: New Plan from Template" to start one.' : undefined;
  };
  /** The items as the view shows them, one line each, indented by depth: what the end-to-end suite reads. */
  const shown = (): string[] => {
    const walk = (nodes: readonly Node[], depth: number): string[] =>
      nodes.flatMap((node) => {
        const item = provider.getTreeItem(node);
        const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
        return [`${'  '.repeat(depth)}${label}${item.description ? ` · ${String(item.description)}` : ''}`, ...walk(provider.getChildren(node), depth + 1)];
      });
    return walk(provider.getChildren(), 0);
  };
  return { refresh, shown, disposables: [view] };
}

/**
 * Asks again whenever the server says a plan changed, and each time the client (re)starts. One
 * handler for all: the client keeps only the last handler registered for a notification.
 */
export function refreshOnChange(client: BaseLanguageClient, ...refreshers: (() => Promise<void>)[]): Disposable[] {
  const refresh = (): void => refreshers.forEach((r) => void r());
  return [client.onNotification(PlansChangedNotification, refresh), client.onDidChangeState(({ newState }) => newState === State.Running && refresh())];
}
