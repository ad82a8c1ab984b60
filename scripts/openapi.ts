/**
 * Writes the API contract integrators build on: `client/openapi.json` (the document the service
 * serves at /docs-json) and `client/schema.d.ts` (TypeScript types generated from it with
 * openapi-typescript). `npm run openapi` after changing a route or a DTO; a test fails while the
 * committed files and the service disagree.
 *
 * The document comes from the module graph and the route decorators alone, so the application is
 * built in Nest's preview mode: no provider is instantiated, nothing connects to a database or a
 * queue, and no migration runs. It needs neither PostgreSQL nor Redis.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createApp } from '../src/bootstrap.js';
import { buildApiDocument } from '../src/common/http/openapi.js';
import { validateEnv } from '../src/config/env.js';
import { buildConfig } from '../src/config/runtime.js';
import { CLIENT_FILES, documentText, typesText } from './client-files.js';

/** Stand-ins for the database URL and the secrets (the data directory is the system's temporary one): in preview mode nothing reads them. */
const UNUSED_DATABASE = 'postgres://openapi@127.0.0.1:1/unused';
const UNUSED_SECRET = 'openapi-document-needs-no-secret-0000000000';

async function main(): Promise<void> {
  const vars = validateEnv({
    ...process.env,
    DATABASE_URL: UNUSED_DATABASE,
    MIGRATIONS_RUN: 'false',
    REDIS_URL: 'none',
    JWT_SECRET: UNUSED_SECRET,
    PII_HASH_KEY: UNUSED_SECRET,
    DATA_DIR: tmpdir(),
    // The preview mode's banner is a warning; the document needs no log.
    LOG_LEVEL: 'error',
  });
  const config = buildConfig(vars, { kind: 'url', url: UNUSED_DATABASE }, { kind: 'in-process', url: null });
  const app = await createApp(config, { preview: true });
  try {
    const doc = buildApiDocument(app);
    writeFileSync(CLIENT_FILES.document, documentText(doc));
    writeFileSync(CLIENT_FILES.types, await typesText(doc));
    console.log(`Wrote ${CLIENT_FILES.document} and ${CLIENT_FILES.types}.`);
  } finally {
    await app.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
