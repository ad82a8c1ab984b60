/** PostgreSQL error helpers (SQLSTATE codes). */
export function pgCode(e: unknown): string | undefined {
  const err = e as { code?: unknown; driverError?: { code?: unknown } };
  const code = err?.driverError?.code ?? err?.code;
  return typeof code === 'string' ? code : undefined;
}

export const isUniqueViolation = (e: unknown): boolean => pgCode(e) === '23505';

/** Name of the violated constraint, when PostgreSQL reports one. */
export function pgConstraint(e: unknown): string | undefined {
  const err = e as { constraint?: unknown; driverError?: { constraint?: unknown } };
  const c = err?.driverError?.constraint ?? err?.constraint;
  return typeof c === 'string' ? c : undefined;
}

/**
 * SQLSTATEs of failures that say nothing about the request and pass: the server ended or refused
 * the connection (08…, 57P01–57P03, 53300), or the transaction lost a race and was rolled back
 * (40001 serialization failure, 40P01 deadlock). Not 08P01: a protocol violation (a statement sent
 * with the wrong number of parameters) is the service's own fault and happens again.
 */
const TRANSIENT_STATES = new Set(['40001', '40P01', '57P01', '57P02', '57P03', '53300']);
/** What node-postgres and the socket say when a connection dies under a query (no SQLSTATE then). */
const TRANSIENT_MESSAGES =
  /Connection terminated|terminating connection|connection timeout|Client has encountered a connection error|Connection ended unexpectedly/i;
const TRANSIENT_SOCKET_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT']);
/** TypeORM's errors for a transaction whose connection was dropped and released under it. */
const TRANSIENT_ERROR_NAMES = new Set(['QueryRunnerProviderAlreadyReleasedError', 'QueryRunnerAlreadyReleasedError']);

/** Whether `e` is a database failure that a retry of the same request may get past. */
export function isTransientDbError(e: unknown): boolean {
  const code = pgCode(e);
  if (code === '08P01') return false;
  if (code !== undefined && (code.startsWith('08') || TRANSIENT_STATES.has(code) || TRANSIENT_SOCKET_CODES.has(code))) return true;
  const err = e as { name?: unknown; message?: unknown; driverError?: { message?: unknown } } | null;
  if (typeof err?.name === 'string' && TRANSIENT_ERROR_NAMES.has(err.name)) return true;
  const message = [err?.message, err?.driverError?.message].filter((m): m is string => typeof m === 'string').join(' ');
  return TRANSIENT_MESSAGES.test(message);
}

/** The message PostgreSQL reported. */
export function pgMessage(e: unknown): string {
  const err = e as { message?: unknown; driverError?: { message?: unknown } };
  const message = err?.driverError?.message ?? err?.message;
  return typeof message === 'string' ? message : '';
}
