import { createHash, createHmac, randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/**
 * A client's signing secret, Standard Webhooks style (`whsec_` + base64 of 32 bytes). It is not
 * stored: it is derived from a random salt with the service's key, and the database keeps the
 * salt and a hash of the secret (to tell a changed service key from a wrong signature).
 */
export class ClientSecrets {
  constructor(private readonly serviceKey: string) {}

  /** A new secret: what to store, and the secret to hand over once. */
  issue(): { salt: string; secretHash: string; secret: string } {
    const salt = randomBytes(16).toString('hex');
    const secret = this.derive(salt);
    return { salt, secretHash: hashOf(secret), secret };
  }

  derive(salt: string): string {
    return `whsec_${createHmac('sha256', this.serviceKey).update(`api-client-secret:${salt}`).digest('base64')}`;
  }

  /** True when the signature headers sign `body` with the secret of `salt`; the timestamp is checked separately. */
  verifies(salt: string, secretHash: string, body: string, headers: Record<string, string>): boolean {
    const secret = this.derive(salt);
    if (hashOf(secret) !== secretHash) return false;
    try {
      new Webhook(secret).verify(body, headers);
      return true;
    } catch {
      return false;
    }
  }
}

const hashOf = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/** Key ids: `gp_` and 12 hex digits. */
export const newKeyId = (): string => `gp_${randomBytes(6).toString('hex')}`;
