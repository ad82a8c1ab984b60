import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Region } from '../regions/region.entity.js';

/** What a security alarm is about: today, wrong resident PINs spread over many cards of a county. */
export type AlarmKind = 'pin_guessing';

/**
 * A security alarm of a county, for its auditors (the staff-activity report shows them) and in the
 * audit log: raised at most once an hour per county and kind.
 */
@Entity('security_alarms')
@Index('IDX_security_alarms_county', ['countyId', 'raisedAt'])
export class SecurityAlarm {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'PK_security_alarms' })
  id: number;

  @ForeignKey(() => Region, { name: 'FK_security_alarms_county', onDelete: 'RESTRICT' })
  @Column({ name: 'county_id', type: 'int' })
  countyId: number;

  @Column({ type: 'varchar', length: 32 })
  kind: AlarmKind;

  @Column({ name: 'raised_at', type: 'timestamptz' })
  raisedAt: Date;

  /** For pin_guessing: `cards`, the cards with a wrong PIN in the hour before; `threshold`. */
  @Column({ type: 'jsonb', default: {} })
  details: Record<string, unknown>;
}
