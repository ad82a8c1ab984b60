import { Program } from '../programs/program.entity.js';
import { Region } from '../regions/region.entity.js';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, ForeignKey } from 'typeorm';

/** A love supermarket (爱心超市); redemption features build on it. */
@Entity('stores')
export class Store {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS' })
  id: number;

  @Index('UQ_stores_code', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Index('IDX_stores_region')
  @ForeignKey(() => Region, { name: 'FK_stores_region', onDelete: 'RESTRICT' })
  @Column({ name: 'region_id', type: 'int' })
  regionId: number;

  /** The household program whose points are spent here. */
  @ForeignKey(() => Program, { name: 'FK_stores_program', onDelete: 'RESTRICT' })
  @Column({ name: 'program_id', type: 'int', nullable: true })
  programId: number | null;

  /** Days after a redemption during which goods may be brought back. */
  @Column({ name: 'refund_window_days', type: 'int', default: 7 })
  refundWindowDays: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
