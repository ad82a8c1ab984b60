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
  // Only generated secrets are written; one passed in by the environment never lands on disk.
  const generated: Partial<Secrets> = {};
  if (!given.jwtSecret && !stored.jwtSecret) generated.jwtSecret = randomBytes(48).toString('base64url');
  if (!given.piiHashKey && !stored.piiHashKey) generated.piiHashKey = randomBytes(48).toString('base64url');
  const secrets: Secrets = {
    jwtSecret: given.jwtSecret ?? stored.jwtSecret ?? generated.jwtSecret!,
    piiHashKey: given.piiHashKey ?? stored.piiHashKey ?? generated.piiHashKey!,
  };
  if (Object.keys(generated).length > 0) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, JSON.stringify({ ...stored, ...generated }, null, 2), { mode: 0o600 });
  }
  return secrets;
}
