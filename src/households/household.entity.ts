import { Region } from '../regions/region.entity.js';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, ForeignKey } from 'typeorm';

@Entity('households')
@Index('UQ_households_village_no', ['villageId', 'householdNo'], { unique: true })
export class Household {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS' })
  id: number;

  @ForeignKey(() => Region, { name: 'FK_households_village', onDelete: 'RESTRICT' })
  @Column({ name: 'village_id', type: 'int' })
  villageId: number;

  /** The grid (网格 / 村民小组) of the village the household belongs to, if it has been placed in one. */
  @Index('IDX_households_grid', { where: `"grid_id" IS NOT NULL` })
  @ForeignKey(() => Region, { name: 'FK_households_grid', onDelete: 'RESTRICT' })
  @Column({ name: 'grid_id', type: 'int', nullable: true })
  gridId: number | null;

  @Column({ name: 'household_no', type: 'varchar', length: 32 })
  householdNo: string;

  @Column({ name: 'head_name', type: 'varchar', length: 64 })
  headName: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  address: string | null;

  /** Masked for display, e.g. `138****5678`; the full number is never stored. */
  @Column({ name: 'phone_masked', type: 'varchar', length: 32, nullable: true })
  phoneMasked: string | null;

  /** Keyed hash of the normalised number, for look-ups and change detection. */
  @Column({ name: 'phone_hash', type: 'varchar', length: 64, nullable: true })
  phoneHash: string | null;

  /** Printed on the household's QR / IC card; unique across the deployment. */
  @Index('UQ_households_card_code', { unique: true })
  @Column({ name: 'card_code', type: 'varchar', length: 16 })
  cardCode: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
