/** Stable codes for everything graph-seed refuses. Tests assert codes, not messages. */
export const SeedErrorCode = {
  MANIFEST_MISSING: 'MANIFEST_MISSING',
  MANIFEST_INVALID: 'MANIFEST_INVALID',
  DUPLICATE_ID: 'DUPLICATE_ID',
  FILE_MISSING: 'FILE_MISSING',
  FILE_EMPTY: 'FILE_EMPTY',
  FILE_BINARY: 'FILE_BINARY',
  FILE_UNREADABLE: 'FILE_UNREADABLE',
  LINE_TOO_LONG: 'LINE_TOO_LONG',
  PDF_NO_TEXT: 'PDF_NO_TEXT',
  UNSUPPORTED_FORMAT: 'UNSUPPORTED_FORMAT',
  CATALOGUE_INVALID: 'CATALOGUE_INVALID',
  BUNDLE_INVALID: 'BUNDLE_INVALID',
} as const;
export type SeedErrorCode = (typeof SeedErrorCode)[keyof typeof SeedErrorCode];

/** An input problem, always naming the file it is about. */
export class SeedError extends Error {
  override readonly name = 'SeedError';
  constructor(
    readonly code: SeedErrorCode,
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
  }
}

export const isSeedError = (error: unknown): error is SeedError => error instanceof SeedError;
