import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import {
  consistencyPath,
  inclusionPath,
  nodesNeeded,
  rangeHash,
  type Hash,
  type NodeLookup,
  type Sha256,
} from '../common/transparency/merkle.js';
import type { LeafKind } from '../common/transparency/leaf-format.js';

/** SHA-256 by node:crypto: the service's hashing (the pure-JS one gives the same bytes). */
export const sha256Native: Sha256 = (data) => createHash('sha256').update(data).digest();

export interface LeafRef {
  countyId: number;
  leafIndex: number;
  kind: LeafKind;
  refId: string;
}

/**
 * A county's Merkle log as stored: the leaves the database appends, and the complete-subtree
 * hashes (`log_nodes`) this class adds up to each signed size, from which roots and proofs are
 * made in O(log n) lookups.
 */
@Injectable()
export class LogTree {
  constructor(private readonly db: DataSource) {}

  /** The committed size of the county's log: one past its last leaf (committed leaves are always a prefix, see the append). */
  async size(countyId: number, m: EntityManager = this.db.manager): Promise<number> {
    const [row] = (await m.query(`SELECT max(leaf_index) AS last FROM log_leaves WHERE county_id = $1`, [countyId])) as {
      last: string | null;
    }[];
    return row.last === null ? 0 : Number(row.last) + 1;
  }

  /** The leaf of a row (a transaction, an event…), if the log has it. */
  async leafOf(kind: LeafKind, refId: string, m: EntityManager = this.db.manager): Promise<LeafRef | null> {
    const [row] = (await m.query(`SELECT county_id, leaf_index FROM log_leaves WHERE kind = $1 AND ref_id = $2`, [kind, refId])) as {
      county_id: number;
      leaf_index: string;
    }[];
    return row ? { countyId: row.county_id, leafIndex: Number(row.leaf_index), kind, refId } : null;
  }

  /** The leaves of many rows of one kind: ref id → leaf index. */
  async leavesOf(kind: LeafKind, refIds: string[], m: EntityManager = this.db.manager): Promise<Map<string, number>> {
    const rows = (await m.query(`SELECT ref_id, leaf_index FROM log_leaves WHERE kind = $1 AND ref_id = ANY($2::bigint[])`, [
      kind,
      refIds,
    ])) as { ref_id: string; leaf_index: string }[];
    return new Map(rows.map((r) => [r.ref_id, Number(r.leaf_index)]));
  }

  /**
   * Stores the complete subtrees that end between `from` and `to` (the sizes of the last signed
   * head and of the one being signed), level by level, in the caller's transaction.
   */
  async extend(m: EntityManager, countyId: number, from: number, to: number): Promise<void> {
    for (let level = 1; 2 ** level <= to; level++) {
      const lo = Math.floor(from / 2 ** level);
      const hi = Math.floor(to / 2 ** level);
      if (hi <= lo) break;
      // Each node of [lo, hi) is SHA-256(0x01 ‖ left ‖ right) of its two children (RFC 6962, as
      // merkle.ts's nodeHash): computed by the database, level by level, so no hash of a county's
      // whole history (a first head covers a million leaves and more) passes through this process.
      const children =
        level === 1
          ? `SELECT leaf_index AS i, leaf_hash AS hash FROM log_leaves WHERE county_id = $1 AND leaf_index >= 2 * $3::bigint AND leaf_index < 2 * $4::bigint`
          : `SELECT node_index AS i, hash FROM log_nodes WHERE county_id = $1 AND level = $2 - 1 AND node_index >= 2 * $3::bigint AND node_index < 2 * $4::bigint`;
      const [row] = (await m.query(
        `WITH c AS (SELECT i, hash, lead(hash) OVER (ORDER BY i) AS next FROM (${children}) x),
              made AS (
                INSERT INTO log_nodes (county_id, level, node_index, hash)
                SELECT $1, $2, i / 2, sha256('\\x01'::bytea || hash || next) FROM c WHERE i % 2 = 0
                ON CONFLICT DO NOTHING
                RETURNING 1)
         SELECT (SELECT count(*)::int FROM c) AS children, (SELECT count(*)::int FROM made) AS made`,
        [countyId, level, lo, hi],
      )) as { children: number; made: number }[];
      if (row.children !== 2 * (hi - lo))
        throw new Error(`county ${countyId}: the log has ${row.children} of ${2 * (hi - lo)} hashes at level ${level - 1} from ${2 * lo}`);
    }
  }

  /** The root of the first `size` leaves (nodes stored up to that size). */
  async root(countyId: number, size: number, m: EntityManager = this.db.manager): Promise<Hash> {
    if (size === 0) return sha256Native(new Uint8Array(0));
    return this.withNodes(m, countyId, (get) => rangeHash(0, size, get, sha256Native));
  }

  async inclusion(countyId: number, leafIndex: number, size: number): Promise<{ leafHash: Hash; path: Hash[] }> {
    return this.withNodes(this.db.manager, countyId, (get) => ({
      leafHash: get(0, leafIndex),
      path: inclusionPath(leafIndex, size, get, sha256Native),
    }));
  }

  async consistency(countyId: number, from: number, to: number): Promise<Hash[]> {
    return this.withNodes(this.db.manager, countyId, (get) => consistencyPath(from, to, get, sha256Native));
  }

  /** Runs a computation twice: once to learn which nodes it reads, then on those nodes fetched in one query. */
  private async withNodes<T>(m: EntityManager, countyId: number, run: (get: NodeLookup) => T): Promise<T> {
    const needed = nodesNeeded(run);
    const rows = (await m.query(
      `SELECT 0 AS level, leaf_index AS idx, leaf_hash AS hash FROM log_leaves
         WHERE county_id = $1 AND leaf_index = ANY($2::bigint[])
       UNION ALL
       SELECT n.level, n.node_index, n.hash FROM log_nodes n JOIN unnest($3::int[], $4::bigint[]) AS u(l, i) ON n.level = u.l AND n.node_index = u.i
         WHERE n.county_id = $1`,
      [
        countyId,
        needed.filter(([l]) => l === 0).map(([, i]) => i),
        needed.filter(([l]) => l > 0).map(([l]) => l),
        needed.filter(([l]) => l > 0).map(([, i]) => i),
      ],
    )) as { level: number; idx: string; hash: Buffer }[];
    const found = new Map(rows.map((r) => [`${r.level}:${r.idx}`, new Uint8Array(r.hash)]));
    return run((level, index) => {
      const hash = found.get(`${level}:${index}`);
      if (!hash) throw new Error(`county ${countyId}: node ${level}:${index} of the log is not stored`);
      return hash;
    });
  }

  /** Hashes at one level, [from, to). */
}
