import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { IncomingHttpHeaders } from 'node:http';
import { isTransientDbError } from '../db/pg-errors.js';
import { requestIdOf } from '../http/request-id.js';
import { DomainError } from './domain-error.js';
import { ERROR_CATALOGUE, fillTemplate, type ErrorCode } from './error-codes.js';
import { RESOURCE_NAMES, VALUE_NAMES_ZH } from './resource-names.js';

export type Language = 'zh' | 'en';

export function languageOf(req: { headers: IncomingHttpHeaders }): Language {
  const first = (req.headers['accept-language'] ?? '').trim().toLowerCase();
  return first.startsWith('en') ? 'en' : 'zh';
}

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'MALFORMED_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'ROUTE_NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

interface Mapped {
  status: number;
  code: ErrorCode;
  details?: Record<string, unknown>;
}

/** Seconds a client waits before retrying a request that met a passing database failure. */
export const TRANSIENT_RETRY_AFTER_SECONDS = 1;

function mapError(exception: unknown): Mapped {
  if (exception instanceof DomainError) return { status: exception.status, code: exception.code, details: exception.details };
  // A dropped connection, a deadlock or a lost serialization race: nothing about the request itself.
  if (isTransientDbError(exception))
    return { status: 503, code: 'TEMPORARILY_UNAVAILABLE', details: { retryable: true, retryAfterSeconds: TRANSIENT_RETRY_AFTER_SECONDS } };
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const code = STATUS_CODES[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'MALFORMED_REQUEST');
    const body = exception.getResponse();
    // Health checks put their report in the body; keep it for operators.
    const details = status === 503 && typeof body === 'object' ? (body as Record<string, unknown>) : undefined;
    return { status, code, details };
  }
  // Errors thrown by body parsers carry a status and a type.
  const e = exception as { status?: number; type?: string };
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) {
    return { status: e.status, code: STATUS_CODES[e.status] ?? 'MALFORMED_REQUEST', details: e.type ? { reason: e.type } : undefined };
  }
  return { status: 500, code: 'INTERNAL_ERROR' };
}

/** The one error shape of the API: `{error: {code, message, details, requestId}}`. */
export function errorBody(req: Request, mapped: Mapped) {
  const lang = languageOf(req);
  const details = mapped.details;
  const resource = typeof details?.resource === 'string' ? (RESOURCE_NAMES[details.resource]?.[lang] ?? details.resource) : undefined;
  const filled: Record<string, unknown> = { ...details, ...(resource ? { resource } : {}) };
  if (lang === 'zh') {
    for (const [k, v] of Object.entries(filled)) if (typeof v === 'string' && VALUE_NAMES_ZH[v]) filled[k] = VALUE_NAMES_ZH[v];
  }
  const message = fillTemplate(ERROR_CATALOGUE[mapped.code][lang], filled);
  return { error: { code: mapped.code, message, details: details ?? {}, requestId: requestIdOf(req) } };
}

@Catch()
export class GlobalErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request>();
    const res = ctx.getResponse<Response>();
    const mapped = mapError(exception);
    if (mapped.code === 'TEMPORARILY_UNAVAILABLE')
      this.logger.warn({ err: exception, code: mapped.code }, 'request met a passing database failure');
    else if (mapped.status >= 500) this.logger.error({ err: exception, code: mapped.code }, 'request failed');
    (req as { errorCode?: string }).errorCode = mapped.code;
    if (res.headersSent) return;
    const retryAfter = mapped.details?.retryAfterSeconds;
    if ((mapped.status === 429 || mapped.status === 503) && typeof retryAfter === 'number')
      res.setHeader('Retry-After', String(retryAfter));
    res.status(mapped.status).json(errorBody(req, mapped));
  }
}
