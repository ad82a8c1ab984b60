import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const PREFIX = 'mbk';

/** A new key `mbk_<deviceId>_<secret>`: the id finds the device, the secret proves it. */
export function newApiKey(deviceId: number): { apiKey: string; secretHash: string } {
  const secret = randomBytes(24).toString('base64url');
  return { apiKey: `${PREFIX}_${deviceId}_${secret}`, secretHash: hashSecret(secret) };
}

/** The secret has 192 random bits, so a fast hash is enough (no password stretching needed). */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function parseApiKey(key: string): { deviceId: number; secret: string } | null {
  const m = /^mbk_([1-9]\d{0,9})_([A-Za-z0-9_-]{32})$/.exec(key.trim());
  return m ? { deviceId: Number(m[1]), secret: m[2] } : null;
}

export function secretMatches(secret: string, expectedHash: string): boolean {
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(expectedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
