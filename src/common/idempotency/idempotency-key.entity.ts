import { Column, CreateDateColumn, Entity, Index } from 'typeorm';

/**
 * A request that moved points, by its Idempotency-Key: written in the same transaction as the
 * postings, so a retry replays the stored response instead of posting again.
 */
@Entity('idempotency_keys')
@Index('IDX_idempotency_keys_expires', ['expiresAt'])
export class IdempotencyKey {
  /** Who sent it (user:12, device:3): keys of different callers never collide. */
  @Column({ type: 'varchar', length: 64, primary: true })
  scope: string;

  @Column({ type: 'varchar', length: 200, primary: true })
  key: string;

  /** sha256 of method, route and body. */
  @Column({ name: 'request_hash', type: 'varchar', length: 64 })
  requestHash: string;

  @Column({ name: 'response_status', type: 'int' })
  responseStatus: number;

  @Column({ name: 'response_body', type: 'jsonb' })
  responseBody: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}
