import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { LEAF_KINDS, type LeafKind } from '../../common/transparency/leaf-format.js';
import { CompactRange, equalHashes, fromHex, leafHash, toHex } from '../../common/transparency/merkle.js';
import { headFingerprint, verifyHeadSignature, type TreeHead } from '../../common/transparency/tree-head.js';
import { LeafTexts } from './leaf-texts.js';

const sha256 = (d: Uint8Array): Uint8Array => createHash('sha256').update(d).digest();
const BATCH = 10_000;

export type ProblemKind = 'changed' | 'missing-row' | 'unlogged-row' | 'gap' | 'head-root' | 'head-signature' | 'head-beyond-log';

export interface VerifyProblem {
  problem: ProblemKind;
  /** One line naming the row or head, for people. */
  message: string;
  leafIndex?: number;
  kind?: LeafKind;
  refId?: string;
  head?: { treeSize: number; signedAt: string; fingerprint: string; source: 'stored' | 'given' };
}

export interface VerifyReport {
  countyId: number;
  leaves: number;
  storedHeads: number;
  givenHeads: number;
  ok: boolean;
  /** Problems in log order (the first is what changed first); at most `limit`. */
  problems: VerifyProblem[];
  problemCount: number;
  ms: number;
}

export interface VerifyOptions {
  /** Heads kept elsewhere (a township's or 纪检 office's copies), checked against the tables too. */
  givenHeads?: TreeHead[];
  /** Public keys to check given heads with (keyId → base64); by default the county's keys in the database. */
  givenKeys?: Map<string, string>;
  limit?: number;
  onProgress?: (leaves: number) => void;
}

/** Words for a row in messages. */
export const KIND_NAMES: Record<LeafKind, string> = {
  transaction: 'transaction',
  procedure_event: 'procedure event',
  rule_version: 'rule version',
  rule_adoption: 'rule adoption',
  ranking_run: 'ranking run',
};

interface HeadToCheck extends TreeHead {
  source: 'stored' | 'given';
}

/**
 * Recomputes a county's log from its tables (every leaf's text rebuilt by LeafTexts, hashed,
 * compared with the leaf the database logged at commit) and checks every signed tree head, the
 * stored ones and any given, against the roots of that recomputed log. Names the first row that
 * differs, a logged row that is gone, a row that was never logged, and any head the tables no
 * longer match (a restore from an older backup leaves heads beyond the log's end).
 */
@Injectable()
export class LedgerVerifier {
  private readonly texts: LeafTexts;

  constructor(private readonly db: DataSource) {
    this.texts = new LeafTexts(db);
  }

  async countyByCode(code: string): Promise<{ id: number; name: string } | null> {
    const [row] = (await this.db.query(`SELECT id, name FROM regions WHERE code = $1 AND level = 'county'`, [code])) as {
      id: number;
      name: string;
    }[];
    return row ?? null;
  }

  async verify(countyId: number, options: VerifyOptions = {}): Promise<VerifyReport> {
    const started = Date.now();
    const limit = options.limit ?? 20;
    const problems: VerifyProblem[] = [];
    let problemCount = 0;
    const report = (p: VerifyProblem) => {
      problemCount++;
      if (problems.length < limit) problems.push(p);
    };

    const keys = await this.keys(countyId);
    const stored = await this.storedHeads(countyId);
    const given = (options.givenHeads ?? []).filter((h) => h.countyId === countyId);
    const heads: HeadToCheck[] = [
      ...stored.map((h) => ({ ...h, source: 'stored' as const })),
      ...given.map((h) => ({ ...h, source: 'given' as const })),
    ];
    for (const h of heads) {
      const key = (h.source === 'given' ? options.givenKeys?.get(h.keyId) : undefined) ?? keys.get(h.keyId);
      if (!key || !verifyHeadSignature(h, key))
        report({ problem: 'head-signature', message: `${describeHead(h)} is not signed by a key of the county`, head: headRef(h) });
    }
    const pending = [...heads].sort((a, b) => a.treeSize - b.treeSize);
    const range = new CompactRange(sha256);
    const checkHeadsAt = (size: number) => {
      while (pending.length > 0 && pending[0].treeSize === size) {
        const h = pending.shift()!;
        if (!equalHashes(range.root(), fromHex(h.rootHash))) {
          report({
            problem: 'head-root',
            message: `${describeHead(h)} does not match the log recomputed from the tables`,
            head: headRef(h),
          });
        }
      }
    };
    checkHeadsAt(0);

    let next = 0;
    for (;;) {
      const batch = (await this.db.query(
        `SELECT leaf_index, kind, ref_id, leaf_hash FROM log_leaves WHERE county_id = $1 AND leaf_index >= $2 ORDER BY leaf_index LIMIT ${BATCH}`,
        [countyId, next],
      )) as { leaf_index: string; kind: LeafKind; ref_id: string; leaf_hash: Buffer }[];
      if (batch.length === 0) break;
      const texts = new Map<LeafKind, Map<string, string>>();
      for (const kind of LEAF_KINDS) {
        const ids = batch.filter((l) => l.kind === kind).map((l) => l.ref_id);
        if (ids.length > 0) texts.set(kind, await this.texts.of(kind, ids));
      }
      for (const leaf of batch) {
        const index = Number(leaf.leaf_index);
        if (index !== next) {
          report({ problem: 'gap', message: `leaves ${next} to ${index - 1} are missing from the log`, leafIndex: next });
          // What follows cannot line up with any head: say so once, through the head checks.
          while (next < index) {
            range.append(new Uint8Array(32));
            next++;
            checkHeadsAt(next);
          }
        }
        const text = texts.get(leaf.kind)?.get(leaf.ref_id);
        const name = `${KIND_NAMES[leaf.kind]} ${leaf.ref_id} (leaf ${index})`;
        let hash: Uint8Array;
        if (text === undefined) {
          report({
            problem: 'missing-row',
            message: `${name} was logged but is no longer in its table`,
            leafIndex: index,
            kind: leaf.kind,
            refId: leaf.ref_id,
          });
          hash = new Uint8Array(32);
        } else {
          hash = leafHash(new TextEncoder().encode(text), sha256);
          if (!equalHashes(hash, leaf.leaf_hash)) {
            report({
              problem: 'changed',
              message: `${name} differs from what was logged when it was written`,
              leafIndex: index,
              kind: leaf.kind,
              refId: leaf.ref_id,
            });
          }
        }
        range.append(hash);
        next = index + 1;
        checkHeadsAt(next);
      }
      options.onProgress?.(next);
    }
    for (const h of pending) {
      report({
        problem: 'head-beyond-log',
        message: `${describeHead(h)} covers ${h.treeSize} leaves but the log has only ${next}: history after it was lost or the database restored from an older backup`,
        head: headRef(h),
      });
    }
    for (const u of await this.unlogged(countyId)) {
      report({
        problem: 'unlogged-row',
        message: `${KIND_NAMES[u.kind]} ${u.id} is in the tables but was never logged`,
        kind: u.kind,
        refId: u.id,
      });
    }
    return {
      countyId,
      leaves: next,
      storedHeads: stored.length,
      givenHeads: given.length,
      ok: problemCount === 0,
      problems,
      problemCount,
      ms: Date.now() - started,
    };
  }

  private async keys(countyId: number): Promise<Map<string, string>> {
    const rows = (await this.db.query(`SELECT key_id, public_key FROM log_keys WHERE county_id = $1`, [countyId])) as {
      key_id: string;
      public_key: Buffer;
    }[];
    return new Map(rows.map((r) => [r.key_id, r.public_key.toString('base64')]));
  }

  private async storedHeads(countyId: number): Promise<TreeHead[]> {
    const rows = (await this.db.query(
      `SELECT county_id, tree_size, root_hash, signed_at, key_id, signature FROM tree_heads WHERE county_id = $1 ORDER BY id`,
      [countyId],
    )) as { county_id: number; tree_size: string; root_hash: Buffer; signed_at: Date; key_id: string; signature: Buffer }[];
    return rows.map((r) => ({
      countyId: r.county_id,
      treeSize: Number(r.tree_size),
      rootHash: toHex(r.root_hash),
      signedAt: r.signed_at.toISOString(),
      keyId: r.key_id,
      signature: r.signature.toString('base64'),
    }));
  }

  /** Rows of the county with no leaf (at most a few of each kind). */
  private async unlogged(countyId: number): Promise<{ kind: LeafKind; id: string }[]> {
    const rows = (await this.db.query(
      `(SELECT 'transaction' AS kind, t.id::text AS id FROM transactions t JOIN programs p ON p.id = t.program_id
          WHERE p.county_id = $1 AND NOT EXISTS (SELECT 1 FROM log_leaves l WHERE l.kind = 'transaction' AND l.ref_id = t.id) ORDER BY t.id LIMIT 5)
       UNION ALL
       (SELECT 'procedure_event', e.id::text FROM procedure_events e
          LEFT JOIN claims c ON e.subject_type = 'claim' AND c.id = e.subject_id
          LEFT JOIN notices n ON e.subject_type = 'notice' AND n.id = e.subject_id
          JOIN programs p ON p.id = COALESCE(c.program_id, n.program_id)
          WHERE p.county_id = $1 AND NOT EXISTS (SELECT 1 FROM log_leaves l WHERE l.kind = 'procedure_event' AND l.ref_id = e.id) ORDER BY e.id LIMIT 5)
       UNION ALL
       (SELECT 'rule_version', v.id::text FROM rule_versions v JOIN rules r ON r.id = v.rule_id JOIN programs p ON p.id = r.program_id
          WHERE p.county_id = $1 AND NOT EXISTS (SELECT 1 FROM log_leaves l WHERE l.kind = 'rule_version' AND l.ref_id = v.id) ORDER BY v.id LIMIT 5)
       UNION ALL
       (SELECT 'rule_adoption', a.id::text FROM rule_adoptions a JOIN rule_versions v ON v.id = a.rule_version_id JOIN rules r ON r.id = v.rule_id
          JOIN programs p ON p.id = r.program_id
          WHERE p.county_id = $1 AND NOT EXISTS (SELECT 1 FROM log_leaves l WHERE l.kind = 'rule_adoption' AND l.ref_id = a.id) ORDER BY a.id LIMIT 5)
       UNION ALL
       (SELECT 'ranking_run', r.id::text FROM ranking_runs r JOIN programs p ON p.id = r.program_id
          WHERE p.county_id = $1 AND r.published_at IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM log_leaves l WHERE l.kind = 'ranking_run' AND l.ref_id = r.id) ORDER BY r.id LIMIT 5)`,
      [countyId],
    )) as { kind: LeafKind; id: string }[];
    return rows;
  }
}

function headRef(h: HeadToCheck): NonNullable<VerifyProblem['head']> {
  return { treeSize: h.treeSize, signedAt: h.signedAt, fingerprint: headFingerprint(h), source: h.source };
}

function describeHead(h: HeadToCheck): string {
  return `the ${h.source === 'given' ? 'given' : 'stored'} head ${headFingerprint(h)} (size ${h.treeSize}, signed ${h.signedAt})`;
}
