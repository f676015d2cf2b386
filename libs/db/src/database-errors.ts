const CONNECTION_FAILURE = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|Connection terminated|timeout exceeded when trying to connect|the database system is (starting up|shutting down)/i;

/**
 * True when what was thrown says the connection to the database failed or broke: refused, reset,
 * timed out, or the server shutting down or starting up. Nothing a job or a request did wrong:
 * the worker waits it out without spending an attempt.
 */
export function databaseConnectionLost(exception: unknown): boolean {
  // Read by shape, not class: errors raised inside Node's own net module (ECONNREFUSED) come from
  // another realm under some runners, where `instanceof Error` is false.
  const thrown = typeof exception === 'object' && exception !== null ? (exception as { message?: unknown; code?: unknown }) : {};
  const sqlState = thrown.code;
  const text = typeof thrown.message === 'string' ? `${thrown.message} ${typeof sqlState === 'string' ? sqlState : ''}` : '';
  // SQLSTATE 57P01/57P03/08xxx: the server is shutting down, starting up or the connection broke,
  // whether the query went through TypeORM (its QueryFailedError copies the code) or straight to the pool.
  const serverGone = typeof sqlState === 'string' && /^(57P01|57P03|08\d\d\d)$/.test(sqlState);
  return CONNECTION_FAILURE.test(text) || serverGone;
}

/**
 * True when what was thrown says the database could not be reached, or could not answer in time
 * (57014: a statement ran past statement_timeout; the database is overwhelmed, not our bug): the
 * api answers 503 (REST) or SERVICE_UNAVAILABLE (sockets).
 */
export function databaseUnreachable(exception: unknown): boolean {
  const sqlState = typeof exception === 'object' && exception !== null ? (exception as { code?: unknown }).code : undefined;
  return databaseConnectionLost(exception) || sqlState === '57014';
}

/**
 * True when PostgreSQL ended the statement's transaction to resolve contention: a deadlock
 * (40P01), a serialization failure (40001) or a lock it would not wait for (55P03). Lock order
 * keeps known writes out of deadlocks (holdNamedMembers); one still unknown is then a 503 the
 * client may simply repeat (its transaction was rolled back whole), logged like a 500.
 */
export function databaseContended(exception: unknown): boolean {
  const sqlState = typeof exception === 'object' && exception !== null ? (exception as { code?: unknown }).code : undefined;
  return sqlState === '40P01' || sqlState === '40001' || sqlState === '55P03';
}
