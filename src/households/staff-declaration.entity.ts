import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../users/user.entity.js';
import { Household } from './household.entity.js';

/**
 * A conflict-of-interest declaration (利益冲突申报) of a staff user: the household they live in (or
 * none of the county's) and their related households (亲属户). Nobody enters points for, or reviews
 * what touches, a household they declared. Append-only: the latest row is what holds, the earlier
 * ones are the record of what was declared when. A manager recording where a user lives
 * (`PUT /users/:id/household`) adds a row too, keeping the related households; only a row the user
 * made counts as the user's own declaration.
 */
@Entity('staff_declarations')
@Index('IDX_staff_declarations_user', ['userId', 'id'])
export class StaffDeclaration {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS' })
  id: number;

  @ForeignKey(() => User, { name: 'FK_staff_declarations_user', onDelete: 'RESTRICT' })
  @Column({ name: 'user_id', type: 'int' })
  userId: number;

  /** The household the user lives in; null: none of the county's. */
  @Index('IDX_staff_declarations_household')
  @ForeignKey(() => Household, { name: 'FK_staff_declarations_household', onDelete: 'RESTRICT' })
  @Column({ name: 'household_id', type: 'int', nullable: true })
  householdId: number | null;

  /** Households of the user's relatives (亲属户), of the same county. */
  @Column({ name: 'related_household_ids', type: 'int', array: true, default: () => `'{}'` })
  relatedHouseholdIds: number[];

  /** Who made the row: the user, or a manager recording where the user lives; null: recorded before declarations existed. */
  @ForeignKey(() => User, { name: 'FK_staff_declarations_declared_by', onDelete: 'RESTRICT' })
  @Column({ name: 'declared_by', type: 'int', nullable: true })
  declaredBy: number | null;

  @CreateDateColumn({ name: 'declared_at', type: 'timestamptz' })
  declaredAt: Date;
}
