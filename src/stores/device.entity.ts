import { User } from '../users/user.entity.js';
import { Store } from './store.entity.js';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, ForeignKey } from 'typeorm';

/** A kiosk with an API key; only a hash of the key's secret is kept. */
@Entity('devices')
export class Device {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS' })
  id: number;

  @Index('IDX_devices_store')
  @ForeignKey(() => Store, { name: 'FK_devices_store', onDelete: 'RESTRICT' })
  @Column({ name: 'store_id', type: 'int' })
  storeId: number;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ name: 'key_hash', type: 'varchar', length: 64 })
  keyHash: string;

  @ForeignKey(() => User, { name: 'FK_devices_created_by', onDelete: 'RESTRICT' })
  @Column({ name: 'created_by', type: 'int' })
  createdBy: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;
}
