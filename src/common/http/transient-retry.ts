import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { retry, throwError, timer, type Observable } from 'rxjs';
import { isTransientDbError } from '../db/pg-errors.js';

/** Attempts after the first, and the wait before each (doubling): well inside a kiosk's timeout. */
export const TRANSIENT_RETRIES = 2;
const FIRST_WAIT_MS = 50;

/**
 * A request that meets a passing database failure (a connection the server dropped, a deadlock, a
 * lost serialization race) runs again, where running it again is safe: a read, or a write that
 * carries an Idempotency-Key (its key and its points commit together, so a second run either
 * finds the first one's stored answer or does the work once). Anything else, and a retry that
 * fails too, answers 503 TEMPORARILY_UNAVAILABLE with Retry-After (the error filter), never 500.
 * Nothing is retried once a response has begun (a streamed download).
 */
@Injectable()
export class TransientRetryInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<Request>();
    const res = context.switchToHttp().getResponse<Response>();
    const safe = req.method === 'GET' || req.method === 'HEAD' || req.headers['idempotency-key'] !== undefined;
    if (!safe) return next.handle();
    return next.handle().pipe(
      retry({
        count: TRANSIENT_RETRIES,
        delay: (err: unknown, attempt: number) =>
          isTransientDbError(err) && !res.headersSent ? timer(FIRST_WAIT_MS * 2 ** (attempt - 1)) : throwError(() => err),
      }),
    );
  }
}
