import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { NextFunction, Request, Response } from 'express';
import type { Observable } from 'rxjs';
import { DomainError, invalidField } from '../errors/domain-error.js';

/**
 * Checks made once for every request before validation: a parsed body or query nested too deep
 * (validation and hashing recurse and would overflow the stack), a NUL character anywhere
 * (PostgreSQL cannot store it in text), a key that would reach an object's prototype, and a body
 * that is not JSON on a route that takes JSON.
 */

/** The deepest nesting of objects and arrays a request may have. */
export const MAX_INPUT_DEPTH = 32;

/** Keys that class-transformer would assign to the DTO's prototype or constructor instead of a field. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type Problem = { kind: 'too-deep' } | { kind: 'nul' | 'prototype-key'; field: string };

const visible = (s: string) => s.replace(/\0/g, '\\0');

/** The first problem of a parsed value, or null. Iterative, so a deep value cannot overflow the stack here. */
export function inputProblem(value: unknown): Problem | null {
  const stack: [unknown, string, number][] = [[value, '', 0]];
  while (stack.length > 0) {
    const [v, path, depth] = stack.pop()!;
    if (typeof v === 'string') {
      if (v.includes('\0')) return { kind: 'nul', field: path };
      continue;
    }
    if (v === null || typeof v !== 'object' || Buffer.isBuffer(v)) continue;
    if (depth >= MAX_INPUT_DEPTH) return { kind: 'too-deep' };
    for (const [key, child] of Object.entries(v)) {
      const field = path ? `${path}.${visible(key)}` : visible(key);
      if (key.includes('\0')) return { kind: 'nul', field };
      if (PROTOTYPE_KEYS.has(key)) return { kind: 'prototype-key', field };
      stack.push([child, field, depth + 1]);
    }
  }
  return null;
}

function toError(problem: Problem, source: 'body' | 'query'): DomainError {
  if (problem.kind === 'too-deep') return new DomainError('MALFORMED_REQUEST', { reason: 'too-deep', maxDepth: MAX_INPUT_DEPTH });
  const field = problem.field || source;
  return problem.kind === 'nul'
    ? invalidField(field, `${field} must not contain NUL characters`, 'noNulCharacters')
    : invalidField(field, `property ${field} should not exist`, 'whitelistValidation');
}

/**
 * Express middleware, after the body parsers: refuses a NUL character in the path (400
 * MALFORMED_REQUEST), and in the query or body a NUL character or a prototype key (400
 * VALIDATION_FAILED naming the field) or nesting deeper than MAX_INPUT_DEPTH (400 MALFORMED_REQUEST).
 */
export function refuseUnsafeInput(req: Request, _res: Response, next: NextFunction): void {
  if (/%00/i.test(req.path)) return next(new DomainError('MALFORMED_REQUEST', { reason: 'nul-in-path' }));
  for (const source of ['query', 'body'] as const) {
    const problem = inputProblem(req[source]);
    if (problem) return next(toError(problem, source));
  }
  next();
}

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);
/** Where @nestjs/swagger keeps a handler's `@ApiConsumes` types. */
const API_CONSUMES = 'swagger/apiConsumes';

/**
 * A POST, PUT or PATCH with a body must send JSON (415 UNSUPPORTED_MEDIA_TYPE otherwise), unless
 * its route documents other types with `@ApiConsumes` (the CSV upload checks its own content).
 * Without this, a text/plain body was silently dropped and the request ran as `{}`.
 */
@Injectable()
export class JsonBodyInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http') {
      const req = context.switchToHttp().getRequest<Request>();
      const hasBody = req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
      const documented = this.reflector.getAllAndOverride<string[] | undefined>(API_CONSUMES, [context.getHandler(), context.getClass()]);
      if (WITH_BODY.has(req.method) && hasBody && !documented && !req.is('application/json')) {
        throw new DomainError('UNSUPPORTED_MEDIA_TYPE', { expected: ['application/json'] });
      }
    }
    return next.handle();
  }
}
