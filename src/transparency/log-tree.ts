import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import {
  consistencyPath,
  inclusionPath,
  nodeHash,
  nodesNeeded,
  rangeHash,
  type Hash,
  type NodeLookup,
  type Sha256,
} from '../common/transparency/merkle.js';
import type { LeafKind } from '../common/transparency/leaf-format.js';

/** SHA-256 by node:crypto: the service's hashing (the pure-JS one gives the same bytes). */
export const sha256Native: Sha256 = (data) => createHash('sha256').update(data).digest();

/**
 * Subtree hashes computed per query when extending the stored nodes. A county's first head covers
 * its whole history (a million leaves and more): a page's hashes travel as one bytea each way, about
 * 3 MB, where a row and an object per hash raised the service's resident memory by some 130 MB.
 */
const PAGE = 32_768;

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
      for (let start = lo; start < hi; start += PAGE) {
        const end = Math.min(hi, start + PAGE);
        const children = await this.range(m, countyId, level - 1, 2 * start, 2 * end);
        // The page's hashes go as one bytea, cut into nodes by the database: no object per node.
        const hashes = Buffer.allocUnsafe(32 * (end - start));
        for (let j = start; j < end; j++) {
          hashes.set(nodeHash(children[2 * (j - start)], children[2 * (j - start) + 1], sha256Native), 32 * (j - start));
        }
        await m.query(
          `INSERT INTO log_nodes (county_id, level, node_index, hash)
           SELECT $1, $2, $3::bigint + g, substring($4::bytea FROM 32 * g + 1 FOR 32) FROM generate_series(0, $5::int - 1) AS g
           ON CONFLICT DO NOTHING`,
          [countyId, level, start, hashes, end - start],
        );
      }
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
  private async range(m: EntityManager, countyId: number, level: number, from: number, to: number): Promise<Uint8Array[]> {
    // One bytea of the hashes in order, sliced here (views, no copies): a page is one buffer, not an object a hash.
    const [row] = (
      level === 0
        ? await m.query(
            `SELECT count(*)::int AS n, string_agg(leaf_hash, ''::bytea ORDER BY leaf_index) AS hashes
               FROM log_leaves WHERE county_id = $1 AND leaf_index >= $2 AND leaf_index < $3`,
            [countyId, from, to],
          )
        : await m.query(
            `SELECT count(*)::int AS n, string_agg(hash, ''::bytea ORDER BY node_index) AS hashes
               FROM log_nodes WHERE county_id = $1 AND level = $2 AND node_index >= $3 AND node_index < $4`,
            [countyId, level, from, to],
          )
    ) as { n: number; hashes: Buffer | null }[];
    if (row.n !== to - from || (row.hashes?.length ?? 0) !== 32 * row.n)
      throw new Error(`county ${countyId}: the log has ${row.n} of ${to - from} hashes at level ${level} from ${from}`);
    const all = row.hashes!;
    return Array.from({ length: row.n }, (_, i) => all.subarray(32 * i, 32 * i + 32));
  }
}
