/** The fields of an error a log may keep. */
export interface LoggableError {
  type?: unknown;
  message?: unknown;
  stack?: unknown;
  /** SQLSTATE, or a Node error code (ECONNREFUSED). */
  code?: unknown;
  /** The statement's text: placeholders, never the values. */
  query?: unknown;
  /** The constraint or table a failed statement ran into, by name. */
  constraint?: unknown;
  table?: unknown;
  aggregateErrors?: unknown;
}

/**
 * What of an error may go in a log (pino's `err` serializer, after its standard one, in the api
 * and the worker). Loggers copy every enumerable field of an error, and a failed query's carries
 * the data it was given: TypeORM's QueryFailedError holds the statement's `parameters` (a post's
 * body, a chat message, a sealed phone number, a token's hash) and copies the driver's fields
 * onto itself, whose `detail` quotes the failing row ("Failing row contains (…)") or the value
 * of a duplicate key. None of that may reach a log (README, Privacy): only the kind of error, its
 * message and stack, its code and which statement, constraint and table it was are kept.
 */
export function loggableError(error: unknown): unknown {
  if (typeof error !== 'object' || error === null) return error;
  const source = error as Record<string, unknown>;
  const kept: LoggableError = {};
  for (const key of ['type', 'message', 'stack', 'code', 'query', 'constraint', 'table'] as const) {
    if (source[key] !== undefined) kept[key] = source[key];
  }
  if (Array.isArray(source.aggregateErrors)) kept.aggregateErrors = source.aggregateErrors.map(loggableError);
  return kept;
}
