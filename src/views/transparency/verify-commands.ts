import { readFile } from 'node:fs/promises';
import type { DataSource } from 'typeorm';
import { checkHeads, type FetchJson, type HeadsDocument } from '../../common/transparency/heads-check.js';
import type { TreeHead } from '../../common/transparency/tree-head.js';
import { LedgerVerifier } from './ledger-verifier.js';

/** Where the command line's words go (a test collects them). */
export type Print = (line: string) => void;

/** JSON from a file or an http(s) URL. */
export async function loadJson(source: string): Promise<unknown> {
  if (/^https?:\/\//.test(source)) {
    const res = await fetch(source, { headers: { accept: 'application/json' } });
    if (!res.ok) throw new Error(`${source} answered ${res.status}`);
    return res.json();
  }
  return JSON.parse(await readFile(source, 'utf8')) as unknown;
}

/** A kept list of heads: the service's tree-heads answer, an array of them (kept day by day), or an array of heads. */
export function headsOf(doc: unknown): { heads: TreeHead[]; keys: Map<string, string>; countyId: number | null } {
  const docs = (Array.isArray(doc) && doc.length > 0 && 'items' in (doc[0] as object) ? doc : [doc]) as unknown[];
  const heads: TreeHead[] = [];
  const keys = new Map<string, string>();
  let countyId: number | null = null;
  for (const d of docs) {
    if (Array.isArray(d)) heads.push(...(d as TreeHead[]));
    else {
      const h = d as HeadsDocument;
      countyId ??= h.countyId;
      if (h.latest) heads.push(h.latest);
      heads.push(...(h.items ?? []));
      for (const k of h.keys ?? []) keys.set(k.keyId, k.publicKey);
    }
  }
  return { heads, keys, countyId: countyId ?? heads[0]?.countyId ?? null };
}

/** `verify-ledger --county <code> [--heads <file|URL>]`: 0 when the tables match the log and every head, 1 naming what differs first. */
export async function verifyLedger(db: DataSource, countyCode: string, headsSource: string | undefined, print: Print): Promise<number> {
  const verifier = new LedgerVerifier(db);
  const county = await verifier.countyByCode(countyCode);
  if (!county) {
    print(`Error: no county with code ${countyCode}`);
    return 1;
  }
  const given = headsSource ? headsOf(await loadJson(headsSource)) : undefined;
  let shown = 0;
  const report = await verifier.verify(county.id, {
    givenHeads: given?.heads,
    givenKeys: given?.keys,
    onProgress: (n) => {
      if (n - shown >= 100_000) {
        shown = n;
        print(`  … ${n} leaves`);
      }
    },
  });
  print(
    `County ${countyCode} (${county.name}, id ${county.id}): ${report.leaves} leaves recomputed from the tables, ` +
      `${report.storedHeads} stored and ${report.givenHeads} given tree heads checked in ${(report.ms / 1000).toFixed(1)} s.`,
  );
  if (report.ok) {
    print('OK: every logged row is as it was written, no row is unlogged, and every head matches.');
    return 0;
  }
  print(`FAILED: ${report.problemCount} problem(s). First: ${report.problems[0].message}`);
  for (const p of report.problems.slice(1)) print(`  also: ${p.message}`);
  if (report.problemCount > report.problems.length) print(`  … and ${report.problemCount - report.problems.length} more`);
  return 1;
}

/** `verify-heads --from <file|URL> [--server <origin>]`: 0 when the service's current log extends every kept head. */
export async function verifyHeads(from: string, server: string | undefined, print: Print, fetchJson?: FetchJson): Promise<number> {
  const kept = headsOf(await loadJson(from));
  if (kept.countyId === null) {
    print(`Error: ${from} holds no tree heads`);
    return 1;
  }
  const origin = server ?? (/^https?:\/\//.test(from) ? new URL(from).origin : undefined);
  if (!fetchJson && !origin) {
    print('Error: give --server <the service address> to check heads kept in a file');
    return 2;
  }
  const get: FetchJson = fetchJson ?? ((path) => loadJson(`${origin!.replace(/\/$/, '')}${path}`));
  const result = await checkHeads(
    { countyId: kept.countyId, items: kept.heads, keys: [...kept.keys].map(([keyId, publicKey]) => ({ keyId, publicKey })) },
    get,
  );
  for (const line of result.lines) print(`${line.ok ? 'ok  ' : 'FAIL'} ${line.message}`);
  if (result.ok) {
    print(
      `OK: all ${result.lines.length} kept head(s) of county ${result.countyId} are prefixes of its current log (size ${result.current?.treeSize}).`,
    );
    return 0;
  }
  print(`FAILED: ${result.lines.find((l) => !l.ok)?.message}`);
  return 1;
}
