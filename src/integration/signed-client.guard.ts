import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { DomainError } from '../common/errors/domain-error.js';
import type { ApiClient } from './integration.entities.js';
import { IntegrationRepository } from './integration.repository.js';
import { ClientsService } from './clients.service.js';

/** How far a request's timestamp may be from the server's clock (Standard Webhooks' tolerance). */
export const TOLERANCE_SECONDS = 5 * 60;

export type SignedRequest = Request & { rawBody?: Buffer; apiClient?: ApiClient };

const header = (req: Request, name: string): string => {
  const v = req.headers[name];
  return (Array.isArray(v) ? v[0] : v) ?? '';
};

/**
 * Checks a signed request of an outside system, Standard Webhooks style, before anything else is
 * read: a known, unrevoked client (`X-Client-Id`); a `webhook-timestamp` within 5 minutes; a
 * `webhook-signature` over `webhook-id.timestamp.body` by one of its secrets (two while rotating);
 * a `webhook-id` it has not sent before. The client is re-read each time: a revocation acts at once.
 */
@Injectable()
export class SignedClientGuard implements CanActivate {
  constructor(
    private readonly repo: IntegrationRepository,
    private readonly clients: ClientsService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const req = ctx.switchToHttp().getRequest<SignedRequest>();
    const keyId = header(req, 'x-client-id');
    const client = /^gp_[0-9a-f]{12}$/.test(keyId) ? await this.repo.clientByKeyId(keyId) : null;
    if (!client) throw new DomainError('SIGNATURE_INVALID', { reason: 'unknown X-Client-Id' });
    if (client.revokedAt) throw new DomainError('CLIENT_REVOKED', { clientId: client.keyId });
    const id = header(req, 'webhook-id');
    const timestamp = header(req, 'webhook-timestamp');
    const signature = header(req, 'webhook-signature');
    if (!id || id.length > 100 || !/^\d{1,12}$/.test(timestamp) || !signature) {
      throw new DomainError('SIGNATURE_INVALID', { reason: 'webhook-id, webhook-timestamp and webhook-signature are required' });
    }
    if (Math.abs(Date.now() / 1000 - Number(timestamp)) > TOLERANCE_SECONDS)
      throw new DomainError('REQUEST_EXPIRED', { timestamp: Number(timestamp) });
    const body = (req.rawBody ?? Buffer.alloc(0)).toString('utf8');
    const headers = { 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': signature };
    const secrets = await this.repo.activeSecrets(client.id);
    if (!secrets.some((s) => this.clients.secrets.verifies(s.salt, s.secretHash, body, headers))) {
      throw new DomainError('SIGNATURE_INVALID', { reason: 'the signature does not match' });
    }
    if (!(await this.repo.firstRequest(client.id, id))) throw new DomainError('REQUEST_REPLAYED', { webhookId: id });
    await this.repo.touchClient(client.id);
    req.apiClient = client;
    return true;
  }
}
