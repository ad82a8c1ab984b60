/** What the benchmarks share: their options, the scratch database, the printed table and the results file. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';

/** The local PostgreSQL the benchmarks make their scratch databases on. */
export const LOCAL_PG = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432';

/** A numeric option `--name N` of the command line (underscores allowed: 100_000). */
export function option(name: string, fallback: number): number {
  const argv = process.argv.slice(2);
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1].replace(/_/g, '')) : fallback;
}

/** A progress line, stamped with the time: `[bench:<name> 12:34:56] msg`. */
export const logger =
  (name: string) =>
  (msg: string): void => {
    process.stdout.write(`[${name} ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
  };

/** One statement on the server's `postgres` database (creating and dropping scratch databases). */
export async function adminSql(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: `${LOCAL_PG}/postgres` });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/** Prints the rows as a Markdown table (measure, value, note). */
export function printTable(rows: string[][]): void {
  console.log(['| measure | value | note |', '|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n'));
}

/** The time in results file names: 2026-07-01T08-30-00-000Z. */
export function fileStamp(at: Date = new Date()): string {
  return at.toISOString().replace(/[:.]/g, '-');
}

/** Writes the results to bench/results/<prefix>-<stamp>.json (<stamp>.json without a prefix; the stamp of now unless given); returns the file. */
export function writeResults(prefix: string, results: unknown, stamp: string = fileStamp()): string {
  mkdirSync(resolve('bench/results'), { recursive: true });
  const file = resolve('bench/results', `${prefix ? `${prefix}-` : ''}${stamp}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}
