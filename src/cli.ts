import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { hashPassword } from './auth/passwords.js';
import { ConfigError } from './config/env.js';
import { resolveRuntime } from './config/runtime.js';
import { createDataSource } from './database/data-source.js';

const USAGE = `Usage:
  npm run cli -- create-admin --username <name> --password <password> --county-code <code> --county-name <name> [--display-name <name>]

Creates the county (if its code is new) and a county_admin user for it.`;

async function createAdmin(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      username: { type: 'string' },
      password: { type: 'string' },
      'county-code': { type: 'string' },
      'county-name': { type: 'string' },
      'display-name': { type: 'string' },
    },
  });
  const { username, password } = values;
  const code = values['county-code'];
  const name = values['county-name'];
  if (!username || !password || !code || !name) {
    console.error(USAGE);
    return 2;
  }
  if (!/^[A-Za-z0-9._-]{3,64}$/.test(username)) return fail('username must be 3-64 letters, digits, dot, dash or underscore');
  if (password.length < 8) return fail('password must be at least 8 characters');
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/.test(code)) return fail('county code must be 1-32 letters, digits, _ or -');

  const runtime = await resolveRuntime({ ...process.env, REDIS_URL: 'none' });
  const ds = createDataSource(runtime.config.database.url);
  await ds.initialize();
  try {
    await ds.runMigrations();
    const passwordHash = await hashPassword(password);
    const outcome = await ds.transaction(async (m) => {
      const found = (await m.query(`SELECT id, level FROM regions WHERE code = $1`, [code])) as { id: number; level: string }[];
      let countyId = found[0]?.id;
      if (found[0] && found[0].level !== 'county') throw new Error(`region ${code} exists and is a ${found[0].level}, not a county`);
      if (!countyId) {
        [{ id: countyId }] = (await m.query(`INSERT INTO regions (code, name, level, path) VALUES ($1, $2, 'county', '') RETURNING id`, [code, name])) as { id: number }[];
        await m.query(`UPDATE regions SET path = '/' || id || '/' WHERE id = $1`, [countyId]);
      }
      const inserted = (await m.query(
        `INSERT INTO users (username, password_hash, display_name, role, region_id) VALUES ($1, $2, $3, 'county_admin', $4)
         ON CONFLICT (username) DO NOTHING RETURNING id`,
        [username, passwordHash, values['display-name'] ?? username, countyId],
      )) as { id: number }[];
      return { countyId, userId: inserted[0]?.id };
    });
    if (!outcome.userId) return fail(`username ${username} is already taken`);
    console.log(`Created county_admin ${username} (id ${outcome.userId}) for county ${code} (region id ${outcome.countyId}).`);
    return 0;
  } finally {
    await ds.destroy();
    await runtime.stop();
  }
}

function fail(message: string): number {
  console.error(`Error: ${message}`);
  return 1;
}

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  switch (command) {
    case 'create-admin':
      return createAdmin(rest);
    default:
      console.error(USAGE);
      return 2;
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof ConfigError || err instanceof Error ? `Error: ${err.message}` : err);
    process.exit(1);
  },
);
