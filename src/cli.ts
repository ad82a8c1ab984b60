import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ConfigError } from './config/env.js';
import { resolveRuntime } from './config/runtime.js';
import { createDataSource } from './database/data-source.js';
import { createCountyAdmin } from './users/create-county-admin.js';

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
    const outcome = await createCountyAdmin(ds, { username, password, displayName: values['display-name'] ?? username, countyCode: code, countyName: name });
    if (!outcome.ok) return fail(outcome.reason === 'USERNAME_TAKEN' ? `username ${username} is already taken` : `region ${code} exists and is a ${outcome.level}, not a county`);
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
