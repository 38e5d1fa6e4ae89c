// Requests with malformed parameters get InvalidParams, naming what is wrong, before any feature sees
// them: handlers destructure their parameters and would otherwise answer with a TypeError's text.

import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';

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
  newName: (v) => typeof v === 'string',
  query: (v) => typeof v === 'string',
};

const DESCRIPTION: Readonly<Record<Field, string>> = {
  textDocument: 'textDocument must be an object with a string uri',
  position: 'position must have whole, non-negative line and character',
  range: 'range must have start and end positions',
  context: 'context must be an object',
  newName: 'newName must be a string',
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
