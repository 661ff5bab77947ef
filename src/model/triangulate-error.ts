// The one error class for expected failures: a string code the CLI and HTTP layer map, and a message that says what to do.

export type ErrorCode =
  | 'bad_input'
  | 'unreadable'
  | 'empty'
  | 'binary'
  | 'too_large'
  | 'bad_encoding'
  | 'not_found'
  | 'bad_url'
  | 'fetch_failed'
  | 'forbidden_address'
  | 'bad_db'
  | 'bad_query'
  | 'unauthorized'
  | 'conflict'
  | 'unsupported';

export class TriangulateError extends Error {
  override readonly name = 'TriangulateError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isTriangulateError(e: unknown): e is TriangulateError {
  return e instanceof TriangulateError;
}
