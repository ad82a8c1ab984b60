import { Check, Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * The one row that says which installation the database belongs to: a check value of the key its
 * personal data is hashed and sealed with (PII_HASH_KEY), recorded by the first service or CLI
 * that opens it. A service started with another key is refused (see data-key-check.ts).
 */
@Entity('installation')
@Check('CHK_installation_one_row', `"id" = 1`)
export class Installation {
  @PrimaryColumn({ type: 'smallint', default: 1, primaryKeyConstraintName: 'PK_installation' })
  id: number;

  /** HMAC-SHA256 of a fixed text under the key, hex: shows whether two keys are the same, reveals nothing of either. */
  @Column({ name: 'pii_key_check', type: 'varchar', length: 64 })
  piiKeyCheck: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
