import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { bigintColumn } from '../common/db/bigint.transformer.js';

/**
 * The counties that have a Merkle log (RFC 9162), registered by the append at a county's first
 * leaf. A log's size is one past its last leaf: the append takes the next index under an advisory
 * lock of the county held to the commit ("one writer per county"), so leaves get their index in
 * commit order and a rolled-back transaction leaves neither a leaf nor a gap.
 */
@Entity('log_trees')
export class LogTree {
  @PrimaryColumn({ name: 'county_id', type: 'int' })
  countyId: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/**
 * One leaf: the hash of a row's canonical text (docs/transparency.md), written by the database in
 * the transaction that writes the row. Never updated or deleted (a trigger refuses it).
 */
@Entity('log_leaves')
@Check('CHK_log_leaves_kind', `"kind" IN ('transaction', 'procedure_event', 'rule_version', 'rule_adoption', 'ranking_run')`)
@Index('UQ_log_leaves_ref', ['kind', 'refId'], { unique: true })
export class LogLeaf {
  @PrimaryColumn({ name: 'county_id', type: 'int' })
  countyId: number;

  @PrimaryColumn({ name: 'leaf_index', type: 'bigint', transformer: bigintColumn })
  leafIndex: number;

  @Column({ type: 'varchar', length: 16 })
  kind: string;

  /** The row's id in the table of its kind. */
  @Column({ name: 'ref_id', type: 'bigint' })
  refId: string;

  @Column({ name: 'leaf_hash', type: 'bytea' })
  leafHash: Buffer;
}

/** The hash of a complete subtree (level ≥ 1: 2^level leaves from node_index·2^level), kept for proofs up to the latest signed head. */
@Entity('log_nodes')
export class LogNode {
  @PrimaryColumn({ name: 'county_id', type: 'int' })
  countyId: number;

  @PrimaryColumn({ type: 'smallint' })
  level: number;

  @PrimaryColumn({ name: 'node_index', type: 'bigint', transformer: bigintColumn })
  nodeIndex: number;

  @Column({ type: 'bytea' })
  hash: Buffer;
}

/** A county's Ed25519 signing key: the public part (the private part is a file under the key folder). */
@Entity('log_keys')
@Index('IDX_log_keys_county', ['countyId', 'id'])
export class LogKey {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'PK_log_keys' })
  id: number;

  @Column({ name: 'county_id', type: 'int' })
  countyId: number;

  /** First 16 hex digits of SHA-256 of the public key. */
  @Index('UQ_log_keys_key_id', { unique: true })
  @Column({ name: 'key_id', type: 'varchar', length: 16 })
  keyId: string;

  /** The 32 raw bytes of the Ed25519 public key. */
  @Column({ name: 'public_key', type: 'bytea' })
  publicKey: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Set when a newer key replaced it: heads it signed stay valid; it signs no more. */
  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt: Date | null;
}

export const HEAD_REASONS = ['daily', 'period_close', 'manual'] as const;
export type HeadReason = (typeof HEAD_REASONS)[number];

/** A signed tree head. Never updated or deleted (a trigger refuses it). */
@Entity('tree_heads')
@Check('CHK_tree_heads_reason', `"reason" IN ('daily', 'period_close', 'manual')`)
@Index('IDX_tree_heads_county', ['countyId', 'treeSize'])
export class TreeHeadRow {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'PK_tree_heads' })
  id: string;

  @Column({ name: 'county_id', type: 'int' })
  countyId: number;

  @Column({ name: 'tree_size', type: 'bigint', transformer: bigintColumn })
  treeSize: number;

  @Column({ name: 'root_hash', type: 'bytea' })
  rootHash: Buffer;

  /** Millisecond precision: the signed text carries it so. */
  @Column({ name: 'signed_at', type: 'timestamptz' })
  signedAt: Date;

  @Column({ name: 'key_id', type: 'varchar', length: 16 })
  keyId: string;

  @Column({ type: 'bytea' })
  signature: Buffer;

  @Column({ type: 'varchar', length: 16 })
  reason: HeadReason;
}
