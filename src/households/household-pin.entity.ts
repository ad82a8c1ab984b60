import { Column, Entity, ForeignKey, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { User } from '../users/user.entity.js';
import { Household } from './household.entity.js';

/**
 * A household's PIN for resident log-in (card code + PIN): only its hash is kept. `version` grows
 * with every reset, and tokens carry it, so a reset ends the sessions of the old PIN.
 */
@Entity('household_pins')
@Index('IDX_household_pins_last_failure', ['lastFailureAt'], { where: 'last_failure_at IS NOT NULL' })
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

  /** Wrong PINs against this PIN so far (see pin-lockout.ts); a reset starts again at 0. */
  @Column({ name: 'failed_attempts', type: 'int', default: 0 })
  failedAttempts: number;

  /** Locked until then ('infinity': until a clerk resets the PIN). */
  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  /** The 24 hours the daily cap counts in: when they began, and the wrong PINs in them. */
  @Column({ name: 'day_started_at', type: 'timestamptz', nullable: true })
  dayStartedAt: Date | null;

  @Column({ name: 'day_failures', type: 'int', default: 0 })
  dayFailures: number;

  /** The last wrong PIN: wrong PINs over many cards of a county at once raise an alarm. */
  @Column({ name: 'last_failure_at', type: 'timestamptz', nullable: true })
  lastFailureAt: Date | null;
}
