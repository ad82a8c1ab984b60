import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { ConfigError } from '../config/env.js';

/** The check value of a PII key: HMAC-SHA256 of a fixed text. */
export function piiKeyCheck(piiHashKey: string): string {
  return createHmac('sha256', piiHashKey).update('moral bank: the key personal data is hashed and sealed with').digest('hex');
}

/** What the message calls the database, and where the key came from. */
type Whereabouts = Pick<AppConfig, 'piiHashKeyFrom'> & { database: Pick<AppConfig['database'], 'kind' | 'url'> };

function databaseName(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.slice(1)) || url;
  } catch {
    return url;
  }
}

/**
 * Records the PII key's check value in a new database, and refuses a database recorded with
 * another key: phone and ID numbers are stored as keyed hashes and contact details sealed under
 * that key, so a service with another key would find no household by phone, count duplicates as
 * new people and fail to read what it sealed, without an error anywhere. It happens when a
 * second copy of the service (another checkout, another DATA_DIR) finds the first one's database.
 */
export async function checkPiiKey(db: DataSource, piiHashKey: string, where: Whereabouts): Promise<void> {
  const mine = piiKeyCheck(piiHashKey);
  // Two statements: the read sees a row another instance starting at the same time recorded.
  await db.query(`INSERT INTO installation (id, pii_key_check) VALUES (1, $1) ON CONFLICT (id) DO NOTHING`, [mine]);
  const [row] = (await db.query(`SELECT pii_key_check AS "check" FROM installation WHERE id = 1`)) as { check: string }[];
  if (row.check === mine) return;
  const name = databaseName(where.database.url);
  const database =
    where.database.kind === 'local'
      ? `The database ${name} on the local PostgreSQL`
      : where.database.kind === 'embedded'
        ? `The embedded database ${name}`
        : `The database ${name} (DATABASE_URL)`;
  const given = where.piiHashKeyFrom === 'PII_HASH_KEY' ? 'this service was given' : `this service keeps in ${where.piiHashKeyFrom}`;
  throw new ConfigError(
    `${database} was made with another PII_HASH_KEY than the one ${given}: its phone and ID numbers would not match and its sealed contact details could not be read. ` +
      `Start with the key that made it (PII_HASH_KEY, or the DATA_DIR of the copy that made it), or give this copy a database of its own` +
      (where.database.kind === 'url' ? ' (DATABASE_URL).' : ` (for example DATABASE_NAME=${name}_2).`),
  );
}

/** Runs the check when the service or the worker starts, before any module reads or writes personal data. */
@Injectable()
export class DataKeyCheck implements OnModuleInit {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): Promise<void> {
    return checkPiiKey(this.db, this.config.piiHashKey, this.config);
  }
}
