import type { AccountRole } from '../common/auth/roles.js';
import { Region } from '../regions/region.entity.js';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, ForeignKey } from 'typeorm';

@Entity('users')
@Check(
  'CHK_users_role',
  `"role" IN ('county_admin', 'township_officer', 'village_clerk', 'reviewer', 'store_operator', 'auditor', 'platform_operator')`,
)
@Check('CHK_users_operator_region', `("role" = 'platform_operator') = ("region_id" IS NULL)`)
export class User {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS' })
  id: number;

  @Index('UQ_users_username', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  username: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 200 })
  passwordHash: string;

  @Column({ name: 'display_name', type: 'varchar', length: 100 })
  displayName: string;

  @Column({ type: 'varchar', length: 32 })
  role: AccountRole;

  @Index('IDX_users_region')
  @ForeignKey(() => Region, { name: 'FK_users_region', onDelete: 'RESTRICT' })
  /** Null for a platform operator alone: it belongs to no county. */
  @Column({ name: 'region_id', type: 'int', nullable: true })
  regionId: number | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;
}
