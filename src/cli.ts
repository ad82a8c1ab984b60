import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { parseArgs } from 'node:util';
import type { DataSource } from 'typeorm';
import { ConfigError } from './config/env.js';
import { checkBackends } from './config/preflight.js';
import { resolveRuntime } from './config/runtime.js';
import { checkPiiKey } from './database/data-key-check.js';
import { createDataSource } from './database/data-source.js';
import { CountyKeys } from './transparency/county-keys.js';
import { TreeHeads } from './transparency/tree-heads.service.js';
import { LogTree } from './transparency/log-tree.js';
import { createCountyAdmin, createPlatformOperator } from './users/create-county-admin.js';
import { LedgerVerifier } from './views/transparency/ledger-verifier.js';
import { verifyHeads, verifyLedger } from './views/transparency/verify-commands.js';

const USAGE = `Usage:
  npm run cli -- create-admin --username <name> --password <password> --county-code <code> --county-name <name> [--display-name <name>]
  npm run cli -- create-operator --username <name> --password <password> [--display-name <name>]
  npm run cli -- verify-ledger --county <code> [--heads <file or URL>]
  npm run cli -- verify-heads --from <file or URL> [--server <service address>]
  npm run cli -- sign-head --county <code>
  npm run cli -- rotate-log-key --county <code>

create-admin makes the county (if its code is new) and a county_admin user for it.
create-operator makes a platform operator: whoever runs the deployment (the queue dashboard at
/admin/queues, audit entries that belong to no county); it acts in no county.

verify-ledger recomputes a county's transparency log from the tables and checks every signed
tree head (and any kept in a file or at a URL) against it; it exits 1 naming the first row that
differs. verify-heads checks heads someone kept against the service as it is now (consistency
proofs), so a rewritten history or an older backup restored shows. sign-head signs a head now;
rotate-log-key gives the county a new signing key (docs/transparency.md).`;

const CREDENTIALS = { username: { type: 'string' }, password: { type: 'string' }, 'display-name': { type: 'string' } } as const;

/** Username and password checked as the API checks them; an error message otherwise. */
function credentialsProblem(username: string, password: string): string | null {
  if (!/^[A-Za-z0-9._-]{3,64}$/.test(username)) return 'username must be 3-64 letters, digits, dot, dash or underscore';
  if (password.length < 8) return 'password must be at least 8 characters';
  return null;
}

/** Runs `work` on the migrated database the service would use (no queue needed). */
async function withDatabase(work: (ds: DataSource, keys: CountyKeys) => Promise<number>): Promise<number> {
  const runtime = await resolveRuntime({ ...process.env, REDIS_URL: 'none' });
  await checkBackends(runtime.config, 3);
  const ds = createDataSource(runtime.config.database.url);
  await ds.initialize();
  try {
    await ds.runMigrations();
    await checkPiiKey(ds, runtime.config.piiHashKey, runtime.config);
    return await work(ds, new CountyKeys(ds, runtime.config));
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
  return withDatabase(async (ds, keys) => {
    const outcome = await createCountyAdmin(
      ds,
      { username, password, displayName: values['display-name'] ?? username, countyCode: code, countyName: name },
      keys,
    );
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

async function logCommand(command: string, args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { county: { type: 'string' }, heads: { type: 'string' }, from: { type: 'string' }, server: { type: 'string' } },
  });
  const print = (line: string) => console.log(line);
  if (command === 'verify-heads') {
    if (!values.from) return usage();
    return verifyHeads(values.from, values.server, print);
  }
  const code = values.county;
  if (!code) return usage();
  return withDatabase(async (ds, keys) => {
    if (command === 'verify-ledger') return verifyLedger(ds, code, values.heads, print);
    const county = await new LedgerVerifier(ds).countyByCode(code);
    if (!county) return fail(`no county with code ${code}`);
    if (command === 'rotate-log-key') {
      const key = await keys.rotate(county.id);
      print(
        `County ${code}: new signing key ${key.keyId}, public key ${key.publicKey}; the private part is ${keys.pathOf(county.id, key.keyId)}.`,
      );
      print('Publish the public key, keep an offline copy of the private file, and sign a head now (sign-head).');
      return 0;
    }
    const head = await new TreeHeads(ds, new LogTree(ds), keys).sign(county.id, 'manual');
    print(`County ${code}: signed head ${head.fingerprint}, size ${head.treeSize}, root ${head.rootHash}, at ${head.signedAt}.`);
    return 0;
  });
}

function usage(): number {
  console.error(USAGE);
  return 2;
}

function fail(message: string): number {
  console.error(`Error: ${message}`);
  return 1;
}

async function main(): Promise<number> {
  // The command line speaks for itself: the services' own log lines only when something is wrong.
  Logger.overrideLogger(['error', 'warn']);
  const [command, ...rest] = process.argv.slice(2);
  switch (command) {
    case 'create-admin':
      return createAdmin(rest);
    case 'create-operator':
      return createOperator(rest);
    case 'verify-ledger':
    case 'verify-heads':
    case 'sign-head':
    case 'rotate-log-key':
      return logCommand(command, rest);
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
