import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ResidentActor, UserActor } from '../common/auth/actor.js';
import { assertInScope, canRead } from '../common/auth/scope.js';
import { Clock } from '../common/clock.js';
import { DomainError, invalidField, notFound } from '../common/errors/domain-error.js';
import { maskName } from '../common/pii.js';
import { HouseholdLookupsRepository } from '../households/household-lookups.repository.js';
import { StaffDeclarations } from '../households/staff-declarations.service.js';
import { LedgerEngine, type CapSpec } from '../ledger/ledger-engine.js';
import type { Program } from '../programs/program.entity.js';
import { ProgramsRepository } from '../programs/programs.repository.js';
import { RegionsService } from '../regions/regions.service.js';
import type { NoticeStatus } from './notice.entity.js';
import { NoticePosting } from './notice-posting.js';
import { NoticesRepository, type NewNotice, type NoticeRow } from './notices.repository.js';
import { ObjectionsRepository } from './objections.repository.js';
import { ProcedureEvents, procedureActorOf, type ProcedureActor } from './procedure-events.js';
import { PublicityReader } from './publicity-reader.js';

const DAY_MS = 86_400_000;
const OPEN: NoticeStatus[] = ['noticed', 'held'];

export interface NoticeRequest {
  holderId: number;
  /** The holder's village (or region): whose board shows it. */
  regionId: number;
  points: number;
}

export type NoticeContext = Pick<
  NewNotice,
  | 'ruleId'
  | 'ruleVersionId'
  | 'occurredOn'
  | 'period'
  | 'memberId'
  | 'memo'
  | 'reason'
  | 'evidence'
  | 'evidenceIds'
  | 'claimId'
  | 'enteredBy'
>;

export interface OpenedNotice {
  holderId: number;
  /** Null for an award its cap cut to nothing: it goes on no notice. */
  noticeId: string | null;
  points: number;
  requestedPoints: number;
  capped: boolean;
  deadline: Date | null;
}

/** What the public board shows of a notice: names masked as the program's boards mask them. */
export interface PublicNotice {
  id: string;
  programName: string;
  villageName: string;
  holderName: string | null;
  householdNo: string | null;
  memberName: string | null;
  rule: { code: string; name: string; category: string };
  kind: 'award' | 'deduction';
  points: number;
  /** What the rule asked for: more than `points` when its cap cut the entry. */
  requestedPoints: number;
  /** The rule's cap (per holder and period), when it has one. */
  cap: { points: number; per: string } | null;
  /** Photos uploaded with a staff entry: thumbnails for residents of the village. */
  evidenceIds: number[];
  occurredOn: string;
  deadline: Date;
  daysLeft: number;
  status: NoticeStatus;
}

/** A notice as staff (and a resident of its village) see it. */
export type StaffNotice = Omit<
  NoticeRow,
  'publicNames' | 'holderType' | 'villagePath' | 'capPeriodKey' | 'evidence' | 'ruleCode' | 'ruleCategory'
>;

/** A holder's name as public boards show it: a household head masked unless the program publishes names in full. */
function publicName(n: NoticeRow, name: string | null): string | null {
  return name !== null && n.holderType === 'household' && n.publicNames === 'masked' ? maskName(name) : name;
}

function staffNotice({
  publicNames: _p,
  holderType: _h,
  villagePath: _v,
  capPeriodKey: _c,
  evidence: _e,
  ruleCode: _r,
  ruleCategory: _rc,
  ...notice
}: NoticeRow): StaffNotice {
  return notice;
}

/** What `Publicity.open` puts on notice: one rule version's entries for many holders, who entered them and the cap. */
export interface OpenRequest {
  program: Program;
  kind: 'award' | 'deduction';
  entries: NoticeRequest[];
  entry: NoticeContext;
  /** The rule's cap (awards take it now). */
  cap?: CapSpec | null;
  actor: ProcedureActor;
}

/**
 * Public notice (公示): entries that wait out a notice period on their village's board, the
 * objections of the village's households, and the reviewers' decisions on them.
 */
@Injectable()
export class Publicity {
  constructor(
    private readonly db: DataSource,
    private readonly engine: LedgerEngine,
    private readonly notices: NoticesRepository,
    private readonly objections: ObjectionsRepository,
    private readonly events: ProcedureEvents,
    private readonly posting: NoticePosting,
    private readonly households: HouseholdLookupsRepository,
    private readonly regions: RegionsService,
    private readonly clock: Clock,
    private readonly programs: ProgramsRepository,
    private readonly declarations: StaffDeclarations,
    private readonly reader: PublicityReader,
  ) {}

  /**
   * Inside the caller's transaction (period lock held, accounts open): puts entries on notice for
   * `program.publicityDays` days. Awards take their cap now, so two pending awards cannot pass it
   * together; a voided notice gives it back.
   */
  async open(m: EntityManager, { program, kind, entries, entry: ctx, cap = null, actor }: OpenRequest): Promise<OpenedNotice[]> {
    const granted =
      cap && kind === 'award'
        ? await this.engine.reserveCap(
            m,
            program,
            cap,
            entries.map((e) => ({ holderId: e.holderId, points: e.points })),
          )
        : null;
    const deadline = new Date(this.clock.now().getTime() + program.publicityDays * DAY_MS);
    // An award its cap cut to nothing goes on no board: there is nothing to object to or to post.
    const cappedOut = entries.filter((e) => granted?.get(e.holderId) === 0);
    const rows: NewNotice[] = entries
      .filter((e) => granted?.get(e.holderId) !== 0)
      .map((e) => ({
        ...ctx,
        programId: program.id,
        kind,
        holderId: e.holderId,
        villageId: e.regionId,
        points: granted ? granted.get(e.holderId)! : e.points,
        requestedPoints: e.points,
        capPeriodKey: granted ? cap!.periodKey : null,
        deadline,
      }));
    const ids = await this.notices.insert(m, rows);
    if (ids.length > 0) await this.events.record(m, 'notice', ids, 'noticed', actor, null, { deadline: deadline.toISOString() });
    const opened = new Map<number, OpenedNotice>(
      rows.map((r, i) => [
        r.holderId,
        {
          holderId: r.holderId,
          noticeId: ids[i],
          points: r.points,
          requestedPoints: r.requestedPoints,
          capped: r.points !== r.requestedPoints,
          deadline,
        },
      ]),
    );
    for (const e of cappedOut)
      opened.set(e.holderId, { holderId: e.holderId, noticeId: null, points: 0, requestedPoints: e.points, capped: true, deadline: null });
    return entries.map((e) => opened.get(e.holderId)!);
  }

  /** The public board of a region (a village, or everything under a township or county): entries under notice. */
  async board(regionId: number): Promise<PublicNotice[]> {
    const region = await this.regions.get(regionId);
    return this.toPublic(await this.reader.notices({ path: region.path, statuses: OPEN }));
  }

  /** The open notices of one household (its door page), as the board shows them. */
  async householdBoard(villagePath: string, householdId: number): Promise<PublicNotice[]> {
    const rows = await this.reader.notices({ path: villagePath, holderId: householdId, statuses: OPEN });
    return this.toPublic(rows.filter((n) => n.holderType === 'household'));
  }

  private toPublic(rows: NoticeRow[]): PublicNotice[] {
    const now = this.clock.now().getTime();
    return rows.map((n) => {
      const mask = (name: string | null) => publicName(n, name);
      return {
        id: n.id,
        programName: n.programName,
        villageName: n.villageName,
        holderName: mask(n.holderName),
        householdNo: n.householdNo,
        memberName: n.memberName === null ? null : maskName(n.memberName),
        rule: { code: n.ruleCode, name: n.ruleName, category: n.ruleCategory },
        kind: n.kind,
        points: n.points,
        requestedPoints: n.requestedPoints,
        cap: n.capPoints === null ? null : { points: n.capPoints, per: n.capPer! },
        evidenceIds: n.evidenceIds,
        occurredOn: n.occurredOn,
        deadline: n.deadline,
        daysLeft: Math.max(0, Math.ceil((n.deadline.getTime() - now) / DAY_MS)),
        status: n.status,
      };
    });
  }

  /** Staff: the notices under a region of their reach (default: their own), open ones unless asked otherwise. */
  async list(actor: UserActor, q: { regionId?: number; status?: NoticeStatus; limit?: number; offset?: number }): Promise<StaffNotice[]> {
    const region = q.regionId !== undefined ? await this.regions.getInScope(actor, q.regionId, { regionId: q.regionId }) : null;
    const filter = { path: region?.path ?? actor.regionPath, statuses: q.status ? [q.status] : OPEN, offset: q.offset ?? 0 };
    return (await this.reader.notices(filter, q.limit ?? 500)).map(staffNotice);
  }

  /** One notice with its objections and history: staff who may read its village, or a resident of that village. */
  async get(caller: UserActor | ResidentActor, id: string) {
    const [notice] = await this.reader.notices({ id });
    if (!notice) throw notFound('notice', id);
    if (caller.kind === 'resident' ? caller.villageId !== notice.villageId : !canRead(caller, notice.villagePath))
      throw new DomainError('OUT_OF_SCOPE', { noticeId: id });
    const objections = (await this.reader.objections(id)).map((o) => ({
      id: o.id,
      householdNo: o.householdNo,
      headName: caller.kind === 'resident' ? maskName(o.headName) : o.headName,
      reason: o.reason,
      status: o.status,
      decisionReason: o.decisionReason,
      createdAt: o.createdAt,
      decidedAt: o.decidedAt,
    }));
    const shown = staffNotice(notice);
    // A resident sees the names as the board shows them.
    if (caller.kind === 'resident')
      Object.assign(shown, {
        holderName: publicName(notice, notice.holderName),
        memberName: notice.memberName === null ? null : maskName(notice.memberName),
      });
    return { notice: shown, objections, history: await this.reader.history('notice', id) };
  }

  /**
   * An objection (异议) by a household of the notice's village — a resident for its own household,
   * or staff for the household that asked — while the notice period runs. The notice is held until
   * a reviewer decides.
   */
  async object(
    caller: UserActor | ResidentActor,
    noticeId: string,
    dto: { householdId?: number; reason: string },
  ): Promise<{ id: string; noticeId: string; status: 'open' }> {
    let householdId: number;
    if (caller.kind === 'resident') {
      if (dto.householdId !== undefined && dto.householdId !== caller.householdId)
        throw new DomainError('FORBIDDEN', { reason: 'a resident objects for its own household' });
      householdId = caller.householdId;
    } else {
      if (dto.householdId === undefined) throw invalidField('householdId', 'staff name the household that objects');
      householdId = dto.householdId;
    }
    return this.db.transaction(async (m) => {
      const notice = await this.notices.lock(m, noticeId);
      if (!notice) throw notFound('notice', noticeId);
      const household = await this.households.householdPlace(householdId, m);
      if (!household) throw notFound('household', householdId);
      if (caller.kind === 'user') assertInScope(caller, household.path, { householdId });
      if (household.villageId !== notice.villageId)
        throw new DomainError('OUT_OF_SCOPE', { noticeId, reason: "only households of the notice's village may object" });
      if (!OPEN.includes(notice.status) || notice.deadline.getTime() <= this.clock.now().getTime()) {
        throw new DomainError('NOTICE_CLOSED', { noticeId, deadline: notice.deadline.toISOString(), status: notice.status });
      }
      const id = await this.objections.insert(m, {
        noticeId,
        householdId,
        filedByType: caller.kind === 'resident' ? 'resident' : 'user',
        filedById: caller.kind === 'resident' ? caller.householdId : caller.id,
        reason: dto.reason,
      });
      if (id === null) throw new DomainError('OBJECTION_EXISTS', { noticeId, householdId });
      await this.notices.setStatus(m, noticeId, 'held');
      await this.events.record(m, 'notice', [noticeId], 'objected', procedureActorOf(caller), dto.reason, { objectionId: id, householdId });
      return { id, noticeId, status: 'open' as const };
    });
  }

  /**
   * A reviewer other than those who entered or approved the notice decides an objection (and one
   * who has declared, where the program asks for it, none of the households concerned as theirs).
   * Upheld: the notice is void, nothing posts, its cap is given back. Dismissed: once no objection
   * is open it waits out its deadline again — or posts at once if the deadline has passed.
   */
  async decide(actor: UserActor, objectionId: string, uphold: boolean, reason: string) {
    return this.db.transaction(async (m) => {
      const objection = await this.objections.lock(m, objectionId);
      if (!objection) throw notFound('objection', objectionId);
      const notice = (await this.notices.lock(m, objection.noticeId))!;
      assertInScope(actor, notice.villagePath, { objectionId });
      if (objection.status !== 'open') throw new DomainError('OBJECTION_DECIDED', { objectionId, status: objection.status });
      const by = procedureActorOf(actor);
      // Separation of duties: a declaration first (where the program asks for one); nobody decides
      // for their own or a related household (the entry's, or the one that objected); nobody who
      // entered the entry or approved its claim (first or second approval) decides objections to it.
      const program = (await this.programs.findProgram(notice.programId, m))!;
      const touched = { holderType: program.holderType, holderIds: [notice.holderId], households: [objection.householdId] };
      await this.declarations.assertMayAct(actor, { ...touched, required: program.requireCoiDeclaration, details: { objectionId } }, m);
      if (
        notice.enteredBy === actor.id ||
        (notice.claimId !== null && (await this.events.recordedBy(m, 'claim', notice.claimId, ['approved', 'seconded'], by)))
      ) {
        throw new DomainError('SAME_REVIEWER', {
          objectionId,
          reason: 'the objection is decided by someone other than who entered or approved the entry',
        });
      }
      const now = this.clock.now();
      if (uphold) {
        const decided = await this.objections.decide(m, { objection, status: 'upheld', by: actor.id, reason, at: now, others: true });
        await this.notices.settle(m, notice.id, 'voided', now);
        if (notice.capPeriodKey !== null)
          await this.engine.releaseCap(m, { ruleId: notice.ruleId, periodKey: notice.capPeriodKey }, notice.holderId, notice.points);
        await this.events.record(m, 'notice', [notice.id], 'upheld', by, reason, { objectionIds: decided });
        // The claim's history says what became of it: its entry voided by the objections upheld.
        if (notice.claimId !== null)
          await this.events.record(m, 'claim', [notice.claimId], 'upheld', by, reason, { noticeId: notice.id, objectionIds: decided });
        await this.events.record(m, 'notice', [notice.id], 'voided', by, reason);
        return { objectionId, status: 'upheld' as const, notice: { id: notice.id, status: 'voided' as NoticeStatus } };
      }
      await this.objections.decide(m, { objection, status: 'dismissed', by: actor.id, reason, at: now, others: false });
      await this.events.record(m, 'notice', [notice.id], 'dismissed', by, reason, { objectionId });
      if ((await this.objections.openCount(m, notice.id)) > 0)
        return { objectionId, status: 'dismissed' as const, notice: { id: notice.id, status: 'held' as NoticeStatus } };
      if (notice.deadline.getTime() <= now.getTime()) {
        await this.notices.settle(m, notice.id, 'posted', now);
        await this.posting.post(m, [notice], now);
        return { objectionId, status: 'dismissed' as const, notice: { id: notice.id, status: 'posted' as NoticeStatus } };
      }
      await this.notices.setStatus(m, notice.id, 'noticed');
      return { objectionId, status: 'dismissed' as const, notice: { id: notice.id, status: 'noticed' as NoticeStatus } };
    });
  }

  pendingPoints(programId: number, holderId: number): Promise<number> {
    return this.notices.pendingPoints(programId, holderId);
  }
}
