import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export interface Secrets {
  jwtSecret: string;
  piiHashKey: string;
}

/**
 * Development secrets: generated once and kept under the data directory so that tokens and
 * hashes survive restarts. Production must pass them in (validateEnv enforces it).
 */
export function loadOrCreateSecrets(dataDir: string, given: Partial<Secrets>): Secrets {
  if (given.jwtSecret && given.piiHashKey) return { jwtSecret: given.jwtSecret, piiHashKey: given.piiHashKey };
  const file = join(dataDir, 'secrets.json');
  let stored: Partial<Secrets> = {};
  if (existsSync(file)) stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<Secrets>;
  const secrets: Secrets = {
    jwtSecret: given.jwtSecret ?? stored.jwtSecret ?? randomBytes(48).toString('base64url'),
    piiHashKey: given.piiHashKey ?? stored.piiHashKey ?? randomBytes(48).toString('base64url'),
  };
  if (secrets.jwtSecret !== stored.jwtSecret || secrets.piiHashKey !== stored.piiHashKey) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, JSON.stringify({ jwtSecret: stored.jwtSecret ?? secrets.jwtSecret, piiHashKey: stored.piiHashKey ?? secrets.piiHashKey }, null, 2), { mode: 0o600 });
  }
  return secrets;
}
