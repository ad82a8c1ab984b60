import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../users/user.entity.js';
import { RuleVersion } from '../rule.entity.js';

/** The meetings that may adopt a rule version (村民委员会组织法: 村规民约 by the assembly or the representatives). */
export const ADOPTION_MEETINGS = ['assembly', 'representatives'] as const;
export type AdoptionMeeting = (typeof ADOPTION_MEETINGS)[number];

/**
 * The adoption record (表决记录) of a rule version: which meeting adopted it — 村民大会 (the
 * villagers' assembly) or 村民代表会议 (the representatives' meeting) — on which day, how many of
 * those entitled attended, the resolution number and the minutes (a file in the blob store). One
 * per version, never changed: a wrong record is answered by a new version adopted again.
 */
@Entity('rule_adoptions')
@Index('UQ_rule_adoptions_version', ['ruleVersionId'], { unique: true })
@Check('CHK_rule_adoptions_meeting', `"meeting" IN ('assembly', 'representatives')`)
@Check('CHK_rule_adoptions_attendance', `"attended" > 0 AND "attended" <= "entitled"`)
@Check('CHK_rule_adoptions_minutes', `"minutes_bytes" > 0`)
export class RuleAdoption {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'PK_rule_adoptions' })
  id: number;

  @ForeignKey(() => RuleVersion, { name: 'FK_rule_adoptions_version', onDelete: 'RESTRICT' })
  @Column({ name: 'rule_version_id', type: 'int' })
  ruleVersionId: number;

  @Column({ type: 'varchar', length: 16 })
  meeting: AdoptionMeeting;

  /** The day of the meeting. */
  @Column({ name: 'meeting_on', type: 'date' })
  meetingOn: string;

  /** Those present (for an assembly: villagers; for a meeting: representatives). */
  @Column({ type: 'int' })
  attended: number;

  /** Those entitled to attend. */
  @Column({ type: 'int' })
  entitled: number;

  /** The resolution's number (决议编号), as the village writes it. */
  @Column({ name: 'resolution_no', type: 'varchar', length: 50 })
  resolutionNo: string;

  /** The minutes' blob key (content-addressed). */
  @Column({ name: 'minutes_key', type: 'varchar', length: 200 })
  minutesKey: string;

  /** The minutes' file name as uploaded (shown and used for the download). */
  @Column({ name: 'minutes_name', type: 'varchar', length: 200 })
  minutesName: string;

  @Column({ name: 'minutes_type', type: 'varchar', length: 40 })
  minutesType: string;

  @Column({ name: 'minutes_bytes', type: 'int' })
  minutesBytes: number;

  @ForeignKey(() => User, { name: 'FK_rule_adoptions_recorded_by', onDelete: 'RESTRICT' })
  @Column({ name: 'recorded_by', type: 'int' })
  recordedBy: number;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
