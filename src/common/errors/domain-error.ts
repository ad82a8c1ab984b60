import { ERROR_CATALOGUE, type ErrorCode } from './error-codes.js';

/** A business or access error with a stable code; the global filter maps it to HTTP. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: Record<string, unknown>,
  ) {
    super(code);
    this.name = 'DomainError';
  }

  get status(): number {
    return ERROR_CATALOGUE[this.code].status;
  }
}

export const notFound = (resource: string, id?: unknown) => new DomainError('NOT_FOUND', { resource, id });
export const forbidden = (details?: Record<string, unknown>) => new DomainError('FORBIDDEN', details);
export const outOfScope = (details?: Record<string, unknown>) => new DomainError('OUT_OF_SCOPE', details);

/** 400 VALIDATION_FAILED for one field, in the shape the validation pipe gives. */
export const invalidField = (field: string, message: string, constraint = 'invalid') =>
  new DomainError('VALIDATION_FAILED', { fields: [{ field, constraints: [constraint], messages: [message] }] });
