// Errors of the non-GraphQL routes, in the same `{ errors: [{ message, extensions: { code } }] }`
// shape as GraphQL errors, so a client reads one format everywhere.
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { type ApiErrorCode, storeCodeToApi } from '../graphql/errors';
import { isStoreError } from '../store/store-error';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const sendError = (res: Response, status: number, code: ApiErrorCode, message: string): void => {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
};

/** body-parser's own errors carry `type` and `status`. */
const bodyParserError = (e: unknown): { type: string; status: number } | null =>
  typeof e === 'object' && e !== null && 'type' in e && 'status' in e && typeof e.type === 'string'
    ? { type: e.type, status: Number(e.status) }
    : null;

function describe(error: unknown, development: boolean): [number, ApiErrorCode, string] {
  if (error instanceof HttpError) return [error.status, error.code, error.message];
  const mapped = isStoreError(error) ? storeCodeToApi(error.code) : null;
  if (mapped && error instanceof Error) return [mapped.status, mapped.code, error.message];
  const body = bodyParserError(error);
  if (body?.type === 'entity.too.large') return [413, 'PAYLOAD_TOO_LARGE', 'request body too large'];
  if (body && body.status >= 400 && body.status < 500)
    return [body.status, 'BAD_REQUEST', 'malformed request body'];
  const message = development && error instanceof Error ? error.message : 'Internal server error';
  return [500, 'INTERNAL_SERVER_ERROR', message];
}

/** The last express error handler: known errors keep their code, the rest are logged and masked. */
export function errorHandler(logger: Logger, development: boolean) {
  return (error: unknown, _req: Request, res: Response, _next: NextFunction): void => {
    const [status, code, message] = describe(error, development);
    if (code === 'INTERNAL_SERVER_ERROR') logger.error({ err: error }, 'unexpected error');
    sendError(res, status, code, message);
  };
}
