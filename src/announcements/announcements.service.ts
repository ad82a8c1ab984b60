import { Injectable } from '@nestjs/common';
import type { UserActor } from '../common/auth/actor.js';
import { addDays, dayIn } from '../common/calendar/calendar.js';
import { Clock } from '../common/clock.js';
import { DomainError, invalidField, notFound } from '../common/errors/domain-error.js';
import { EvidenceService, type EvidenceBlob } from '../evidence/evidence.service.js';
import { RegionsService } from '../regions/regions.service.js';
import { UsersRepository } from '../users/users.repository.js';
import type { Announcement } from './announcement.entity.js';
import {
  MAX_ANNOUNCEMENT_DAYS,
  type AnnouncementsQuery,
  type AnnouncementView,
  type CreateAnnouncementDto,
  type PublicAnnouncementView,
} from './announcements.dto.js';
import { AnnouncementsRepository, type AnnouncementState } from './announcements.repository.js';

/** Announcements are dated in China time. */
const ZONE = 'Asia/Shanghai';
/** What a board or door page shows at most. */
const SHOWN = 20;

const photoUrl = (id: number, n: number) => `/api/v1/public/announcements/${id}/photos/${n}`;

function stateOf(a: Announcement, today: string): AnnouncementState {
  if (a.withdrawnAt) return 'withdrawn';
  if (a.fromDate > today) return 'scheduled';
  return a.untilDate < today ? 'ended' : 'current';
}

/**
 * Announcements (村务公开): village staff publish to their village (township and county staff to
 * any region of theirs, shown on every village's page below it); residents read them on the door
 * page and the board; staff list who published what, and withdraw.
 */
@Injectable()
export class AnnouncementsService {
  constructor(
    private readonly repo: AnnouncementsRepository,
    private readonly regions: RegionsService,
    private readonly evidence: EvidenceService,
    private readonly users: UsersRepository,
    private readonly clock: Clock,
  ) {}

  private today(): string {
    return dayIn(ZONE, this.clock.now());
  }

  async publish(actor: UserActor, dto: CreateAnnouncementDto): Promise<AnnouncementView> {
    const region = await this.regions.getInScope(actor, dto.regionId);
    if (region.level === 'grid')
      throw invalidField('regionId', 'announcements go to a village, a township or the county, not a grid', 'notGrid');
    if (dto.until < dto.from) throw invalidField('until', 'until must not be before from', 'notBeforeFrom');
    if (dto.until < this.today()) throw invalidField('until', 'until must not be in the past', 'notPast');
    if (dto.until > addDays(dto.from, MAX_ANNOUNCEMENT_DAYS))
      throw invalidField('until', `at most ${MAX_ANNOUNCEMENT_DAYS} days after from`, 'maxSpan');
    const photoIds = dto.photoIds ?? [];
    // Photos the publisher may see (its own uploads in its area); they become public with it.
    for (const id of photoIds) await this.evidence.readable(actor, id);
    const row = await this.repo.insert({
      regionId: region.id,
      regionPath: region.path,
      title: dto.title.trim(),
      body: dto.body.trim(),
      photoIds,
      fromDate: dto.from,
      untilDate: dto.until,
      publishedBy: actor.id,
    });
    return (await this.views([(await this.repo.find(row.id))!], actor))[0];
  }

  async withdraw(actor: UserActor, id: number, reason: string): Promise<AnnouncementView> {
    const a = await this.repo.find(id);
    if (!a || !a.regionPath.startsWith(actor.regionPath)) throw notFound('announcement', id);
    if (!(await this.repo.withdraw(id, actor.id, reason.trim()))) throw new DomainError('ANNOUNCEMENT_WITHDRAWN', { id });
    return (await this.views([(await this.repo.find(id))!], actor))[0];
  }

  async list(actor: UserActor, q: AnnouncementsQuery): Promise<{ items: AnnouncementView[]; total: number }> {
    const subtree = q.regionId ? (await this.regions.getInScope(actor, q.regionId)).path : actor.regionPath;
    const page = await this.repo.list(subtree, { state: q.state, today: this.today() }, q.limit ?? 20, q.offset ?? 0);
    return { items: await this.views(page.items, actor), total: page.total };
  }

  /** What a region's residents see today (no login): its own and those of the regions above it. */
  async current(regionId: number): Promise<PublicAnnouncementView[]> {
    const region = await this.regions.get(regionId);
    const rows = await this.repo.current(region.path, this.today(), SHOWN);
    const names = await this.regions.namesOf(rows.map((r) => r.regionId));
    return rows.map((a) => this.publicView(a, names.get(a.regionId) ?? ''));
  }

  /** A photo of an announcement shown today; 404 otherwise (withdrawn, ended, not yet, or no such photo). */
  async photo(id: number, n: number, variant: 'image' | 'thumbnail'): Promise<EvidenceBlob> {
    const a = await this.repo.find(id);
    if (!a || stateOf(a, this.today()) !== 'current' || n < 1 || n > a.photoIds.length) throw notFound('photo', `${id}/${n}`);
    return this.evidence.published(a.photoIds[n - 1], variant);
  }

  private publicView(a: Announcement, regionName: string): PublicAnnouncementView {
    return {
      id: a.id,
      title: a.title,
      body: a.body,
      photos: a.photoIds.map((_, i) => ({ url: photoUrl(a.id, i + 1), thumbnailUrl: `${photoUrl(a.id, i + 1)}/thumbnail` })),
      from: a.fromDate,
      until: a.untilDate,
      regionId: a.regionId,
      regionName,
      publishedAt: a.publishedAt,
    };
  }

  private async views(rows: Announcement[], actor: UserActor): Promise<AnnouncementView[]> {
    const today = this.today();
    const names = await this.regions.namesOf(rows.map((r) => r.regionId));
    const people = await this.users.displayNames(rows.flatMap((r) => [r.publishedBy, ...(r.withdrawnBy ? [r.withdrawnBy] : [])]));
    const person = (id: number) => ({ id, displayName: people.get(id)?.displayName ?? '', role: people.get(id)?.role ?? '' });
    return rows.map((a) => ({
      ...this.publicView(a, names.get(a.regionId) ?? ''),
      state: stateOf(a, today),
      mayWithdraw: a.withdrawnAt === null && a.regionPath.startsWith(actor.regionPath),
      photoIds: a.photoIds,
      publishedBy: person(a.publishedBy),
      withdrawnAt: a.withdrawnAt,
      withdrawnBy: a.withdrawnBy ? person(a.withdrawnBy) : null,
      withdrawReason: a.withdrawReason,
    }));
  }
}
