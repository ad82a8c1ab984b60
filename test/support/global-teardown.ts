import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** The committed OpenAPI document (see scripts/openapi.ts). */
const DOCUMENT = 'client/openapi.json';

/**
 * Drops the run's template database (and its note that dist/ is built), then fails the run when a test app answered an error code
 * that the committed OpenAPI document does not list for that operation.
 * Self-contained: Jest loads this file outside its module mapper.
 */
export default async function globalTeardown(): Promise<void> {
  const template = process.env.MORAL_BANK_TEST_TEMPLATE;
  if (template) {
    // The note that this run built dist/ (service-process.ts, buildDist).
    rmSync(join(tmpdir(), `${template}.dist-built`), { force: true });
    const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' });
    await client.connect();
    try {
      await client.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    } finally {
      await client.end();
    }
  }
  const dir = process.env.MORAL_BANK_ERROR_CODES;
  if (!dir || !existsSync(dir)) return;
  const missing = undocumented(dir);
  rmSync(dir, { recursive: true, force: true });
  if (missing.length > 0) {
    throw new Error(
      `Error codes answered in tests but not listed in ${DOCUMENT} (add them with @ApiErrors, then npm run openapi):\n  ${missing.join('\n  ')}`,
    );
  }
}

type Document = { paths: Record<string, Record<string, { responses?: Record<string, { 'x-error-codes'?: string[] }> }>> };

function undocumented(dir: string): string[] {
  const doc = JSON.parse(readFileSync(DOCUMENT, 'utf8')) as Document;
  const seen = new Set(readdirSync(dir).flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean)));
  return [...seen].sort().filter((line) => {
    const [method, path, code] = line.split(' ');
    const op = doc.paths[path]?.[method];
    if (!op) return false; // routes outside the API document (the queue dashboard)
    return !Object.values(op.responses ?? {}).some((r) => r['x-error-codes']?.includes(code));
  });
}
