import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Request } from 'express';
import type { AuthedRequest } from '../auth/decorators.js';
import { invalidField } from '../errors/domain-error.js';
import type { IdempotencyRequest } from './idempotency.service.js';

const KEY = /^[\x21-\x7e]{1,200}$/;

/** JSON with sorted keys, so the same body always hashes the same; tests compare replayed bodies with it too. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The request's Idempotency-Key with its caller and a hash of method, path and body; null without a key. */
export const Idempotency = createParamDecorator((_: unknown, ctx: ExecutionContext): IdempotencyRequest | null => {
  const req = ctx.switchToHttp().getRequest<AuthedRequest>();
  const raw = req.headers['idempotency-key'];
  if (raw === undefined) return null;
  const key = Array.isArray(raw) ? raw[0] : raw;
  if (!KEY.test(key)) {
    throw invalidField('Idempotency-Key', 'Idempotency-Key must be 1-200 visible ASCII characters', 'isIdempotencyKey');
  }
  const actor = req.actor;
  const scope = actor ? `${actor.kind}:${actor.id}` : 'anonymous';
  const requestHash = createHash('sha256')
    .update(`${req.method} ${req.path}\n${canonical((req as Request).body)}`)
    .digest('hex');
  return { scope, key, requestHash };
});
