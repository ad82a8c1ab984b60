import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { User } from '../users/user.entity.js';
import { Household } from './household.entity.js';

/**
 * The household a staff user lives in: nobody approves, awards or deducts for their own household
 * (separation of duties), so the server has to know it. One household per user.
 */
@Entity('staff_households')
export class StaffHousehold {
  @ForeignKey(() => User, { name: 'FK_staff_households_user', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'user_id', type: 'int' })
  userId: number;

  @Index('IDX_staff_households_household')
  @ForeignKey(() => Household, { name: 'FK_staff_households_household', onDelete: 'CASCADE' })
  @Column({ name: 'household_id', type: 'int' })
  householdId: number;
}
