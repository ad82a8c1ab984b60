import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, ForeignKey } from 'typeorm';

export const REGION_LEVELS = ['county', 'township', 'village', 'grid'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/** The level a region's parent must have; a county has no parent. */
export const PARENT_LEVEL: Record<RegionLevel, RegionLevel | null> = {
  county: null,
  township: 'county',
  village: 'township',
  grid: 'village',
};

@Entity('regions')
@Check('CHK_regions_level', `"level" IN ('county', 'township', 'village', 'grid')`)
export class Region {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS' })
  id: number;

  @Index('UQ_regions_code', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  level: RegionLevel;

  @Index('IDX_regions_parent')
  @ForeignKey(() => Region, { name: 'FK_regions_parent', onDelete: 'RESTRICT' })
  @Column({ name: 'parent_id', type: 'int', nullable: true })
  parentId: number | null;

  /** Materialised path of ids, e.g. `/1/4/9/`; a subtree is every path with this prefix. */
  @Index('IDX_regions_path', { synchronize: false })
  @Column({ type: 'text' })
  path: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
