import { Column, Entity, ForeignKey, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { User } from '../users/user.entity.js';
import { Household } from './household.entity.js';

/**
 * A household's PIN for resident log-in (card code + PIN): only its hash is kept. `version` grows
 * with every reset, and tokens carry it, so a reset ends the sessions of the old PIN.
 */
@Entity('household_pins')
export class HouseholdPin {
  @ForeignKey(() => Household, { name: 'FK_household_pins_household', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'household_id', type: 'int' })
  householdId: number;

  @Column({ name: 'pin_hash', type: 'varchar', length: 200 })
  pinHash: string;

  @Column({ type: 'int', default: 1 })
  version: number;

  @ForeignKey(() => User, { name: 'FK_household_pins_set_by', onDelete: 'RESTRICT' })
  @Column({ name: 'set_by', type: 'int' })
  setBy: number;

  @UpdateDateColumn({ name: 'set_at', type: 'timestamptz' })
  setAt: Date;
}
