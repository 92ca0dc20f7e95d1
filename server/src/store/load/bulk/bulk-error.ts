// What a refused or failed `npm run load -- --bulk` reports. Callers branch on `code`, never on the
// message. Every refusal comes before the instance is touched; a failure after it leaves the instance's
// own database files in place (bulk-load.ts says where each can happen).

export const BULK_ERROR_CODES = [
  /** NEO4J_URI is not the neo4j:local instance of NEO4J_LOCAL_DIR / NEO4J_LOCAL_PORT, which --bulk stops and restarts. */
  'NOT_LOCAL',
  /** The database holds nodes: the import would replace them, so it is not attempted. */
  'DATABASE_NOT_EMPTY',
  /** The bundle holds what the CSV import cannot write as the online loader stores it (mixed types, say). */
  'NOT_IMPORTABLE',
  /** neo4j-admin import failed; the instance was not stopped. */
  'IMPORT_FAILED',
  /** The instance did not stop, or did not start on the imported files (its previous files are back). */
  'INSTANCE_FAILED',
  /** The imported graph did not check out once served (its counts, its version): the previous files are back. */
  'VERIFY_FAILED',
] as const;
export type BulkErrorCode = (typeof BULK_ERROR_CODES)[number];

export class BulkLoadError extends Error {
  override readonly name = 'BulkLoadError';

  constructor(
    readonly code: BulkErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const isBulkLoadError = (error: unknown): error is BulkLoadError => error instanceof BulkLoadError;
