// Requests with malformed parameters get InvalidParams, naming what is wrong, before any feature sees
// them: handlers destructure their parameters and would otherwise answer with a TypeError's text.

import { ErrorCodes, Message, ResponseError, type Connection, type MessageStrategy, type RequestMessage } from 'vscode-languageserver';

type Field = 'textDocument' | 'position' | 'range' | 'context' | 'newName' | 'query';

/** The fields each request handler relies on, by the connection method that registers it. */
const REQUIRED: Readonly<Record<string, readonly Field[]>> = {
  onHover: ['textDocument', 'position'],
  onDefinition: ['textDocument', 'position'],
  onReferences: ['textDocument', 'position', 'context'],
  onPrepareRename: ['textDocument', 'position'],
  onRenameRequest: ['textDocument', 'position', 'newName'],
  onDocumentSymbol: ['textDocument'],
  onCodeLens: ['textDocument'],
  onCodeAction: ['textDocument', 'range', 'context'],
  onCompletion: ['textDocument', 'position'],
  onWorkspaceSymbol: ['query'],
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIndex = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 0;
const isPosition = (v: unknown): boolean => isObject(v) && isIndex(v.line) && isIndex(v.character);

const VALID: Readonly<Record<Field, (v: unknown) => boolean>> = {
  textDocument: (v) => isObject(v) && typeof v.uri === 'string',
  position: isPosition,
  range: (v) => isObject(v) && isPosition(v.start) && isPosition(v.end),
  context: isObject,
  // A line break would write a new heading into the plan; an empty name leaves the heading without text.
  newName: (v) => typeof v === 'string' && v.trim() !== '' && !/[\r\n\u2028\u2029]/.test(v),
  query: (v) => typeof v === 'string',
};

const DESCRIPTION: Readonly<Record<Field, string>> = {
  textDocument: 'textDocument must be an object with a string uri',
  position: 'position must have whole, non-negative line and character',
  range: 'range must have start and end positions',
  context: 'context must be an object',
  newName: 'newName must be a non-empty name on one line',
  query: 'query must be a string',
};

/** Undefined when the parameters have every field; else the InvalidParams error to answer with. */
export function invalidParams(params: unknown, fields: readonly Field[]): ResponseError<void> | undefined {
  const bad = fields.filter((f) => !isObject(params) || !VALID[f](params[f]));
  return bad.length === 0 ? undefined : new ResponseError(ErrorCodes.InvalidParams, `Invalid parameters: ${bad.map((f) => DESCRIPTION[f]).join('; ')}.`);
}

/** The connection as features see it: their request handlers run only on well-formed parameters. */
export function guardedConnection(connection: Connection): Connection {
  return new Proxy(connection, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      const fields = typeof property === 'string' ? REQUIRED[property] : undefined;
      if (!fields || typeof value !== 'function') return value;
      return (handler: (params: unknown, ...rest: unknown[]) => unknown) =>
        (value as (h: typeof handler) => unknown).call(target, (params: unknown, ...rest: unknown[]) => invalidParams(params, fields) ?? handler(params, ...rest));
    },
  });
}

/** The method requests after `shutdown` are routed to, so they get an error instead of their handler's answer. */
const AFTER_SHUTDOWN = '$/mentoringPlans/afterShutdown';

/**
 * LSP answers every request after `shutdown` with InvalidRequest; only `exit` is left. The strategy sees
 * each message before the connection dispatches it; `answer` registers the handler of rerouted requests.
 */
export function shutdownGuard(): { readonly strategy: MessageStrategy; answer(connection: Connection): void } {
  let shutDown = false;
  return {
    strategy: {
      handleMessage(message, next) {
        if (!Message.isRequest(message)) return next(message);
        if (shutDown) return next({ ...message, method: AFTER_SHUTDOWN } as RequestMessage);
        if (message.method === 'shutdown') shutDown = true;
        return next(message);
      },
    },
    answer(connection) {
      connection.onRequest(AFTER_SHUTDOWN, () => {
        throw new ResponseError(ErrorCodes.InvalidRequest, 'The server is shutting down: it takes no more requests, only exit.');
      });
    },
  };
}
