/** Why a whole file was refused. Every code comes with a message a person can act on. */
export type ImportFileErrorCode =
  | 'EMPTY'
  | 'NOT_UTF8'
  | 'TOO_BIG'
  | 'BAD_BASE64'
  | 'BAD_JSON'
  | 'NOT_ARRAY_OF_OBJECTS'
  | 'BAD_CSV'
  | 'MISSING_COLUMNS'
  | 'UNKNOWN_COLUMNS'
  | 'DUPLICATE_COLUMNS';

/** Thrown by parseTable for a file that cannot be read as a table at all; nothing was imported. */
export class ImportFileError extends Error {
  constructor(
    readonly code: ImportFileErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ImportFileError';
  }
}
