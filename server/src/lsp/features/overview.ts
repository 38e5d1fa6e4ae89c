// mentoringPlans/overview and mentoringPlans/agenda: every mentee at a glance, and what to bring to
// the next session; a notification tells the client when to ask again.

import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { AGENDA_REQUEST, OVERVIEW_REQUEST, PLANS_CHANGED_NOTIFICATION, type AgendaResult, type OverviewResult } from '../../protocol';
import { PlanOverviews } from '../plan-overviews';
import type { Feature } from '../server-context';

/** Changes closer together than this (typing, a checkout) are one notification. */
const NOTIFY_DELAY_MS = 300;

export const overview: Feature = {
  register(context) {
    let asked = false;
    let timer: NodeJS.Timeout | undefined;
    const notify = (): void => {
      if (!asked) return;
      clearTimeout(timer);
      timer = setTimeout(() => void context.connection.sendNotification(PLANS_CHANGED_NOTIFICATION), NOTIFY_DELAY_MS);
    };
    const overviews = new PlanOverviews(context, notify);
    context.connection.onRequest(OVERVIEW_REQUEST, async (): Promise<OverviewResult> => {
      asked = true;
      return { plans: await overviews.all() };
    });
    context.connection.onRequest(AGENDA_REQUEST, async (params: unknown): Promise<AgendaResult> => {
      const uri = (params as { uri?: unknown } | null)?.uri;
      if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'Invalid parameters: uri must be a string.');
      const agenda = await overviews.agenda(uri);
      if (!agenda) throw new ResponseError(ErrorCodes.InvalidParams, `${uri} is not a mentoring plan.`);
      return agenda;
    });
    context.index.onDidChange(notify);
  },
};
