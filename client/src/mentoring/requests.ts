// The overview requests and the change notification, typed from the protocol module the server uses.

import { NotificationType0, RequestType, RequestType0 } from 'vscode-languageclient';
import { AGENDA_REQUEST, OVERVIEW_REQUEST, PLANS_CHANGED_NOTIFICATION, type AgendaParams, type AgendaResult, type OverviewResult } from '../../../server/src/protocol';

export const OverviewRequest = new RequestType0<OverviewResult, void>(OVERVIEW_REQUEST);
export const AgendaRequest = new RequestType<AgendaParams, AgendaResult, void>(AGENDA_REQUEST);
export const PlansChangedNotification = new NotificationType0(PLANS_CHANGED_NOTIFICATION);
