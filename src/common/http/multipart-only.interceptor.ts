import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { DomainError } from '../errors/domain-error.js';

/**
 * Refuses, before the body is validated, a request that is not multipart/form-data with 415
 * UNSUPPORTED_MEDIA_TYPE: a raw body (parsed into a Buffer for the imports) would otherwise reach
 * the validation pipe byte by byte.
 */
@Injectable()
export class MultipartOnly implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request>();
    if (!req.is('multipart/form-data'))
      throw new DomainError('UNSUPPORTED_MEDIA_TYPE', { expected: ['multipart/form-data (field "file")'] });
    return next.handle();
  }
}
