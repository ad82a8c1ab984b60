import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Region } from '../regions/region.entity.js';
import { User } from '../users/user.entity.js';

/**
 * An announcement (村务公开) to a region: a village's, or a township's or county's to every
 * village below it. Shown on the door page and the board from its first day to its last (in China
 * time); withdrawn ones are kept, with who withdrew them and why.
 */
@Entity('announcements')
@Index('IDX_announcements_region', ['regionId', 'untilDate'])
@Check('CHK_announcements_dates', `"until_date" >= "from_date"`)
@Check('CHK_announcements_text', `char_length("title") BETWEEN 1 AND 60 AND char_length("body") BETWEEN 1 AND 2000`)
@Check('CHK_announcements_withdrawn', `("withdrawn_at" IS NULL) = ("withdrawn_by" IS NULL)`)
export class Announcement {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS' })
  id: number;

  @ForeignKey(() => Region, { name: 'FK_announcements_region', onDelete: 'RESTRICT' })
  @Column({ name: 'region_id', type: 'int' })
  regionId: number;

  /** The region's path (`/county/township/village/`): a board shows what was published to its village and the regions above. */
  @Column({ name: 'region_path', type: 'text' })
  regionPath: string;

  @Column({ type: 'varchar', length: 60 })
  title: string;

  @Column({ type: 'text' })
  body: string;

  /** Evidence ids of its photos, in order (at most 6). */
  @Column({ name: 'photo_ids', type: 'int', array: true, default: () => `'{}'` })
  photoIds: number[];

  @Column({ name: 'from_date', type: 'date' })
  fromDate: string;

  @Column({ name: 'until_date', type: 'date' })
  untilDate: string;

  @ForeignKey(() => User, { name: 'FK_announcements_published_by', onDelete: 'RESTRICT' })
  @Column({ name: 'published_by', type: 'int' })
  publishedBy: number;

  @CreateDateColumn({ name: 'published_at', type: 'timestamptz' })
  publishedAt: Date;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @ForeignKey(() => User, { name: 'FK_announcements_withdrawn_by', onDelete: 'RESTRICT' })
  @Column({ name: 'withdrawn_by', type: 'int', nullable: true })
  withdrawnBy: number | null;

  @Column({ name: 'withdraw_reason', type: 'varchar', length: 200, nullable: true })
  withdrawReason: string | null;
}
