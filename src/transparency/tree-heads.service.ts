import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { lockNamed } from '../common/db/locks.js';
import { DomainError, notFound } from '../common/errors/domain-error.js';
import { toHex } from '../common/transparency/merkle.js';
import { headFingerprint, headText, type TreeHead } from '../common/transparency/tree-head.js';
import { CountyKeys, type PublicKeyView } from './county-keys.js';
import type { HeadReason } from './log.entities.js';
import { LogTree } from './log-tree.js';

export interface TreeHeadView extends TreeHead {
  /** Why it was signed: the daily head, a period close, or by hand. */
  reason: HeadReason;
  /** What people compare by eye: 8 hex digits of the signed text's hash ("3F9A-C2D1"). */
  fingerprint: string;
}

interface HeadRow {
  county_id: number;
  tree_size: string;
  root_hash: Buffer;
  signed_at: Date;
  key_id: string;
  signature: Buffer;
  reason: HeadReason;
}

const COLUMNS = `county_id, tree_size, root_hash, signed_at, key_id, signature, reason`;

/**
 * Signed tree heads: the county's log at a size, its root and the time, signed with the county's
 * key (docs/transparency.md). Signing is serialized per county; a head's size is never smaller
 * than the one before it.
 */
@Injectable()
export class TreeHeads {
  private readonly logger = new Logger('TreeHeads');

  constructor(
    private readonly db: DataSource,
    private readonly tree: LogTree,
    private readonly keys: CountyKeys,
  ) {}

  /** Signs the county's log as committed now, storing the subtree hashes its proofs need. */
  async sign(countyId: number, reason: HeadReason): Promise<TreeHeadView> {
    return this.db.transaction(async (m) => {
      await lockNamed(m, `tree-head:${countyId}`);
      const last = await this.latestIn(m, countyId);
      const size = await this.tree.size(countyId, m);
      await this.tree.extend(m, countyId, last?.treeSize ?? 0, size);
      const root = toHex(await this.tree.root(countyId, size, m));
      const signer = await this.keys.signer(m, countyId);
      const unsigned = { countyId, treeSize: size, rootHash: root, signedAt: new Date().toISOString() };
      const signature = signer.sign(new TextEncoder().encode(headText(unsigned)));
      await m.query(
        `INSERT INTO tree_heads (county_id, tree_size, root_hash, signed_at, key_id, signature, reason) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [countyId, size, Buffer.from(root, 'hex'), unsigned.signedAt, signer.keyId, signature, reason],
      );
      const head = { ...unsigned, keyId: signer.keyId, signature: signature.toString('base64'), reason };
      this.logger.log({ countyId, treeSize: size, reason, fingerprint: headFingerprint(head) }, 'tree head signed');
      return { ...head, fingerprint: headFingerprint(head) };
    });
  }

  /** Signs a head for every county that has a log or a key; one county's failure (a missing key) does not stop the others. */
  async signAll(reason: HeadReason): Promise<{ signed: number; failed: number }> {
    const counties = (await this.db.query(`SELECT county_id FROM log_trees UNION SELECT county_id FROM log_keys ORDER BY county_id`)) as {
      county_id: number;
    }[];
    let failed = 0;
    for (const { county_id } of counties) {
      try {
        await this.sign(county_id, reason);
      } catch (err) {
        failed++;
        this.logger.error({ countyId: county_id, err }, 'tree head not signed');
      }
    }
    return { signed: counties.length - failed, failed };
  }

  /** Signs after a period close; a failure is logged, not thrown: the close stands and the daily head follows. */
  async signQuietly(countyId: number, reason: HeadReason): Promise<TreeHeadView | null> {
    try {
      return await this.sign(countyId, reason);
    } catch (err) {
      this.logger.error({ countyId, reason, err }, 'tree head not signed');
      return null;
    }
  }

  async latest(countyId: number): Promise<TreeHeadView | null> {
    return this.latestIn(this.db.manager, countyId);
  }

  /** Heads newest first, and how many there are. */
  async list(countyId: number, limit: number, offset: number): Promise<{ items: TreeHeadView[]; total: number }> {
    const rows = (await this.db.query(
      `SELECT ${COLUMNS}, count(*) OVER () AS total FROM tree_heads WHERE county_id = $1 ORDER BY id DESC LIMIT $2 OFFSET $3`,
      [countyId, limit, offset],
    )) as (HeadRow & { total: string })[];
    const total =
      rows.length > 0
        ? Number(rows[0].total)
        : Number(((await this.db.query(`SELECT count(*) AS n FROM tree_heads WHERE county_id = $1`, [countyId])) as { n: string }[])[0].n);
    return { items: rows.map(toView), total };
  }

  /** Every head of the county, oldest first (the verifier's list). */
  async all(countyId: number, m: EntityManager = this.db.manager): Promise<TreeHeadView[]> {
    const rows = (await m.query(`SELECT ${COLUMNS} FROM tree_heads WHERE county_id = $1 ORDER BY id`, [countyId])) as HeadRow[];
    return rows.map(toView);
  }

  publicKeys(countyId: number): Promise<PublicKeyView[]> {
    return this.keys.publicKeys(countyId);
  }

  /** The size proofs may be asked for: at most the latest signed head's (the nodes are stored that far). */
  async publishedSize(countyId: number, treeSize: number | undefined): Promise<number> {
    const latest = await this.latest(countyId);
    if (!latest) throw notFound('treeHead', countyId);
    const size = treeSize ?? latest.treeSize;
    if (size > latest.treeSize) throw new DomainError('TREE_SIZE_NOT_PUBLISHED', { treeSize: size, published: latest.treeSize });
    return size;
  }

  private async latestIn(m: EntityManager, countyId: number): Promise<TreeHeadView | null> {
    const [row] = (await m.query(`SELECT ${COLUMNS} FROM tree_heads WHERE county_id = $1 ORDER BY id DESC LIMIT 1`, [
      countyId,
    ])) as HeadRow[];
    return row ? toView(row) : null;
  }
}

function toView(row: HeadRow): TreeHeadView {
  const head: TreeHead = {
    countyId: row.county_id,
    treeSize: Number(row.tree_size),
    rootHash: row.root_hash.toString('hex'),
    signedAt: row.signed_at.toISOString(),
    keyId: row.key_id,
    signature: row.signature.toString('base64'),
  };
  return { ...head, reason: row.reason, fingerprint: headFingerprint(head) };
}
