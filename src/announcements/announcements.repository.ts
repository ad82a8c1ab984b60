import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Announcement } from './announcement.entity.js';

export type AnnouncementState = 'scheduled' | 'current' | 'ended' | 'withdrawn';

/** Announcements (村务公开). */
@Injectable()
export class AnnouncementsRepository {
  constructor(private readonly db: DataSource) {}

  insert(
    row: Pick<Announcement, 'regionId' | 'regionPath' | 'title' | 'body' | 'photoIds' | 'fromDate' | 'untilDate' | 'publishedBy'>,
  ): Promise<Announcement> {
    return this.db.getRepository(Announcement).save(this.db.getRepository(Announcement).create(row));
  }

  find(id: number): Promise<Announcement | null> {
    return this.db.getRepository(Announcement).findOneBy({ id });
  }

  /** Withdraws it unless it is already; false when it was. */
  async withdraw(id: number, by: number, reason: string): Promise<boolean> {
    const [, count] = (await this.db.query(
      `UPDATE announcements SET withdrawn_at = now(), withdrawn_by = $2, withdraw_reason = $3 WHERE id = $1 AND withdrawn_at IS NULL`,
      [id, by, reason],
    )) as [unknown, number];
    return count > 0;
  }

  /** What a village's (or any region's) residents see on `today`: published to it or to a region above it, in its dates, not withdrawn. */
  current(regionPath: string, today: string, limit: number): Promise<Announcement[]> {
    return this.db
      .getRepository(Announcement)
      .createQueryBuilder('a')
      .where(":path LIKE a.region_path || '%'", { path: regionPath })
      .andWhere('a.from_date <= :today AND a.until_date >= :today AND a.withdrawn_at IS NULL', { today })
      .orderBy('a.from_date', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(limit)
      .getMany();
  }

  /** Staff's list: published to regions of a subtree or to the regions above it (shown there too), by state on `today`, newest first. */
  async list(
    subtree: string,
    filter: { state?: AnnouncementState; today: string },
    limit: number,
    offset: number,
  ): Promise<{ items: Announcement[]; total: number }> {
    const q = this.db
      .getRepository(Announcement)
      .createQueryBuilder('a')
      .where(`(a.region_path LIKE :subtree OR :path LIKE a.region_path || '%')`, { subtree: `${subtree}%`, path: subtree });
    switch (filter.state) {
      case 'withdrawn':
        q.andWhere('a.withdrawn_at IS NOT NULL');
        break;
      case 'scheduled':
        q.andWhere('a.withdrawn_at IS NULL AND a.from_date > :today', { today: filter.today });
        break;
      case 'current':
        q.andWhere('a.withdrawn_at IS NULL AND a.from_date <= :today AND a.until_date >= :today', { today: filter.today });
        break;
      case 'ended':
        q.andWhere('a.withdrawn_at IS NULL AND a.until_date < :today', { today: filter.today });
        break;
      case undefined:
        break;
    }
    const [items, total] = await q.orderBy('a.id', 'DESC').take(limit).skip(offset).getManyAndCount();
    return { items, total };
  }
}
