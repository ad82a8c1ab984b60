import { Household } from './household.entity.js';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, ForeignKey } from 'typeorm';

@Entity('household_members')
@Index('UQ_household_members_name', ['householdId', 'name'], { unique: true })
export class HouseholdMember {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS' })
  id: number;

  @ForeignKey(() => Household, { name: 'FK_household_members_household', onDelete: 'CASCADE' })
  @Column({ name: 'household_id', type: 'int' })
  householdId: number;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  /** Relation to the head of household: 户主, 配偶, 子女, 父母, … */
  @Column({ type: 'varchar', length: 16 })
  relation: string;

  @Column({ name: 'id_number_masked', type: 'varchar', length: 32, nullable: true })
  idNumberMasked: string | null;

  @Column({ name: 'id_number_hash', type: 'varchar', length: 64, nullable: true })
  idNumberHash: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
