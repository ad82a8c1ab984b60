import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { map, type Observable } from 'rxjs';
import { Outcome } from './idempotency.service.js';

/** Sends an Outcome a controller returned: its status, its body, and `Idempotent-Replayed: true` on a replay. */
@Injectable()
export class OutcomeInterceptor implements NestInterceptor {
  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((value: unknown) => {
        if (!(value instanceof Outcome)) return value;
        const res = ctx.switchToHttp().getResponse<Response>();
        res.status(value.status);
        if (value.replayed) res.setHeader('Idempotent-Replayed', 'true');
        return value.body as unknown;
      }),
    );
  }
}
