// The one error type every GraphStore method throws. Callers (the API) branch on `code`, never on
// the message; driver and library errors are translated into it at the store boundary.

export const STORE_ERROR_CODES = [
  /** An id that names no node. */
  'NOT_FOUND',
  /** A label, relationship type, depth, limit, cursor or other argument outside the contract. */
  'INVALID_ARGUMENT',
  /** The graph database cannot be reached or refused us (auth, connection, shutdown). */
  'UNAVAILABLE',
  /** A bundle failed validation or a load could not complete. */
  'LOAD_FAILED',
  /** Anything else: the cause is kept for logs, never shown to clients. */
  'INTERNAL',
] as const;
export type StoreErrorCode = (typeof STORE_ERROR_CODES)[number];

const PUBLIC_MESSAGE: Record<StoreErrorCode, string> = {
  NOT_FOUND: 'not found',
  INVALID_ARGUMENT: 'invalid argument',
  UNAVAILABLE: 'graph database unavailable',
  LOAD_FAILED: 'graph load failed',
  INTERNAL: 'internal error',
};

export class StoreError extends Error {
  override readonly name = 'StoreError';
  readonly code: StoreErrorCode;

  constructor(code: StoreErrorCode, message?: string, options?: { cause?: unknown }) {
    super(message ?? PUBLIC_MESSAGE[code], options);
    this.code = code;
  }
}

export const isStoreError = (error: unknown): error is StoreError => error instanceof StoreError;

export const notFound = (what: string): StoreError => new StoreError('NOT_FOUND', `not found: ${what}`);
export const invalidArgument = (message: string): StoreError => new StoreError('INVALID_ARGUMENT', message);
