import 'reflect-metadata';
import { parseArgs } from 'node:util';
import type { DataSource } from 'typeorm';
import { ConfigError } from './config/env.js';
import { checkBackends } from './config/preflight.js';
import { resolveRuntime } from './config/runtime.js';
import { createDataSource } from './database/data-source.js';
import { createCountyAdmin, createPlatformOperator } from './users/create-county-admin.js';

const USAGE = `Usage:
  npm run cli -- create-admin --username <name> --password <password> --county-code <code> --county-name <name> [--display-name <name>]
  npm run cli -- create-operator --username <name> --password <password> [--display-name <name>]

create-admin makes the county (if its code is new) and a county_admin user for it.
create-operator makes a platform operator: whoever runs the deployment (the queue dashboard at
/admin/queues, audit entries that belong to no county); it acts in no county.`;

const CREDENTIALS = { username: { type: 'string' }, password: { type: 'string' }, 'display-name': { type: 'string' } } as const;

/** Username and password checked as the API checks them; an error message otherwise. */
function credentialsProblem(username: string, password: string): string | null {
  if (!/^[A-Za-z0-9._-]{3,64}$/.test(username)) return 'username must be 3-64 letters, digits, dot, dash or underscore';
  if (password.length < 8) return 'password must be at least 8 characters';
  return null;
}

/** Runs `work` on the migrated database the service would use (no queue needed). */
async function withDatabase(work: (ds: DataSource) => Promise<number>): Promise<number> {
  const runtime = await resolveRuntime({ ...process.env, REDIS_URL: 'none' });
  await checkBackends(runtime.config, 3);
  const ds = createDataSource(runtime.config.database.url);
  await ds.initialize();
  try {
    await ds.runMigrations();
    return await work(ds);
  } finally {
    await ds.destroy();
    await runtime.stop();
  }
}

async function createAdmin(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { ...CREDENTIALS, 'county-code': { type: 'string' }, 'county-name': { type: 'string' } } });
  const { username, password } = values;
  const code = values['county-code'];
  const name = values['county-name'];
  if (!username || !password || !code || !name) {
    console.error(USAGE);
    return 2;
  }
  const problem = credentialsProblem(username, password);
  if (problem) return fail(problem);
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/.test(code)) return fail('county code must be 1-32 letters, digits, _ or -');
  return withDatabase(async (ds) => {
    const outcome = await createCountyAdmin(ds, {
      username,
      password,
      displayName: values['display-name'] ?? username,
      countyCode: code,
      countyName: name,
    });
    if (!outcome.ok)
      return fail(
        outcome.reason === 'USERNAME_TAKEN'
          ? `username ${username} is already taken`
          : `region ${code} exists and is a ${outcome.level}, not a county`,
      );
    console.log(`Created county_admin ${username} (id ${outcome.userId}) for county ${code} (region id ${outcome.countyId}).`);
    return 0;
  });
}

async function createOperator(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: CREDENTIALS });
  const { username, password } = values;
  if (!username || !password) {
    console.error(USAGE);
    return 2;
  }
  const problem = credentialsProblem(username, password);
  if (problem) return fail(problem);
  return withDatabase(async (ds) => {
    const outcome = await createPlatformOperator(ds, { username, password, displayName: values['display-name'] ?? username });
    if (!outcome.ok) return fail(`username ${username} is already taken`);
    console.log(`Created platform_operator ${username} (id ${outcome.userId}).`);
    return 0;
  });
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
    case 'create-operator':
      return createOperator(rest);
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
