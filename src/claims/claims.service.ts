import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ResidentActor, UserActor } from '../common/auth/actor.js';
import { assertInScope, canRead } from '../common/auth/scope.js';
import { addDays, isIsoDate, periodKey } from '../common/calendar/calendar.js';
import { DomainError, invalidField, notFound } from '../common/errors/domain-error.js';
import { EvidenceService } from '../evidence/evidence.service.js';
import { HouseholdLookupsRepository } from '../households/household-lookups.repository.js';
import { HoldersRepository } from '../ledger/holders.repository.js';
import { PeriodsService, todayOf } from '../programs/periods/periods.service.js';
import { ProgramsService } from '../programs/programs.service.js';
import { versionToApply } from '../programs/rule-versions.js';
import { ProcedureEvents, procedureActorOf } from '../publicity/procedure-events.js';
import { PublicityReader } from '../publicity/publicity-reader.js';
import { RegionsService } from '../regions/regions.service.js';
import type { ClaimStatus } from './claim.entity.js';
import { ClaimReader } from './claim-reader.js';
import { ClaimsRepository, type ClaimRow } from './claims.repository.js';
import type { FileClaimDto } from './claims.dto.js';

const OPEN: ClaimStatus[] = ['submitted', 'seconding'];

/** A claim as the API answers it. */
export type ClaimView = Omit<ClaimRow, 'villagePath'>;

export function claimView({ villagePath: _, ...claim }: ClaimRow): ClaimView {
  return claim;
}

/** Claims (申报): filed by a resident for its household or by staff on its behalf, read by both. */
@Injectable()
export class ClaimsService {
  constructor(
    private readonly db: DataSource,
    private readonly claims: ClaimsRepository,
    private readonly programs: ProgramsService,
    private readonly periods: PeriodsService,
    private readonly holders: HoldersRepository,
    private readonly households: HouseholdLookupsRepository,
    private readonly evidence: EvidenceService,
    private readonly events: ProcedureEvents,
    private readonly regions: RegionsService,
    private readonly reader: ClaimReader,
    private readonly publicity: PublicityReader,
  ) {}

  /**
   * Files a claim. `within` runs in the claim's transaction (an outside system's event records
   * itself there, so the claim and its record commit together or not at all).
   */
  async file(
    caller: UserActor | ResidentActor,
    dto: FileClaimDto,
    within?: (m: EntityManager, claimId: string) => Promise<void>,
  ): Promise<ClaimView> {
    const householdId = caller.kind === 'resident' ? caller.householdId : dto.householdId;
    if (householdId === undefined) throw invalidField('householdId', 'staff name the household the claim is for');
    if (caller.kind === 'resident' && dto.householdId !== undefined && dto.householdId !== caller.householdId) {
      throw new DomainError('FORBIDDEN', { reason: 'a resident claims for its own household' });
    }
    const { program, rule: found } = await this.programs.getWithRule(caller, dto.programId, dto.ruleId);
    if (!found) throw notFound('rule', dto.ruleId);
    if (program.holderType !== 'household') throw new DomainError('NOT_CLAIMABLE', { programId: program.id });
    const [holder] = await this.holders.resolve('household', program.countyPath, [householdId]);
    if (!holder) throw notFound('household', householdId);
    if (caller.kind === 'user') assertInScope(caller, holder.path, { householdId });

    if (!isIsoDate(dto.occurredOn)) throw invalidField('occurredOn', 'occurredOn must be a real day', 'isIsoDate');
    const today = todayOf(program).day;
    if (dto.occurredOn > today) throw new DomainError('OCCURRED_ON_IN_FUTURE', { occurredOn: dto.occurredOn });
    if (program.claimWindowDays !== null && dto.occurredOn < addDays(today, -program.claimWindowDays)) {
      throw new DomainError('CLAIM_WINDOW_PASSED', { days: program.claimWindowDays, occurredOn: dto.occurredOn });
    }
    const version = versionToApply(program, dto.ruleId, found.versions, dto.occurredOn);
    if (version.points <= 0) throw new DomainError('NOT_CLAIMABLE', { ruleId: dto.ruleId, points: version.points });
    if ((found.only !== null && !holder.path.startsWith(found.only)) || found.excluded.some((x) => holder.path.startsWith(x))) {
      throw new DomainError('RULE_NOT_APPLICABLE', { ruleId: dto.ruleId, holderIds: [householdId] });
    }
    if (dto.memberId !== undefined && !(await this.households.memberOf(dto.memberId, householdId))) {
      throw new DomainError('MEMBER_NOT_IN_HOUSEHOLD', { memberId: dto.memberId });
    }
    const evidenceIds = dto.evidenceIds ?? [];
    for (const evidenceId of evidenceIds) {
      // Photos the caller may see, of the household's village: no borrowing another village's proof.
      const photo = await this.evidence.readable(caller, evidenceId).catch(() => null);
      if (!photo || photo.villageId !== holder.regionId) throw new DomainError('EVIDENCE_NOT_USABLE', { evidenceId });
    }
    const period = periodKey(dto.occurredOn, program.periodKind);
    if (await this.periods.isClosed(program.id, period)) throw new DomainError('PERIOD_CLOSED', { period });

    const id = await this.db.transaction(async (m) => {
      const claimId = await this.claims.insert(
        m,
        {
          programId: program.id,
          ruleId: dto.ruleId,
          ruleVersionId: version.id,
          householdId,
          villageId: holder.regionId,
          memberId: dto.memberId ?? null,
          occurredOn: dto.occurredOn,
          memo: dto.memo ?? null,
          filedByType: caller.kind === 'resident' ? 'resident' : 'user',
          filedById: caller.kind === 'resident' ? caller.householdId : caller.id,
        },
        evidenceIds,
      );
      await this.events.record(m, 'claim', [claimId], 'filed', procedureActorOf(caller), null, { points: version.points, evidenceIds });
      if (within) await within(m, claimId);
      return claimId;
    });
    return claimView(await this.row(id));
  }

  /** Staff: claims of the villages under a region of theirs, oldest first; the open ones unless asked otherwise. */
  async queue(actor: UserActor, q: { regionId?: number; status?: ClaimStatus; limit: number; offset: number }): Promise<ClaimView[]> {
    const path =
      q.regionId !== undefined ? (await this.regions.getInScope(actor, q.regionId, { regionId: q.regionId })).path : actor.regionPath;
    return (await this.reader.rows({ path, statuses: q.status ? [q.status] : OPEN }, q.limit, q.offset)).map(claimView);
  }

  /** A resident: its household's claims, newest first. */
  async mine(resident: ResidentActor, limit: number, offset: number): Promise<ClaimView[]> {
    return (await this.reader.rows({ householdId: resident.householdId }, limit, offset)).map(claimView);
  }

  /** One claim with its history: staff who may read its village, or the resident of its household. */
  async get(caller: UserActor | ResidentActor, id: string) {
    const claim = await this.row(id);
    if (caller.kind === 'resident' ? caller.householdId !== claim.householdId : !canRead(caller, claim.villagePath))
      throw new DomainError('OUT_OF_SCOPE', { claimId: id });
    return { claim: claimView(claim), history: await this.publicity.history('claim', id) };
  }

  async row(id: string): Promise<ClaimRow> {
    const [claim] = await this.reader.rows({ id }, 1);
    if (!claim) throw notFound('claim', id);
    return claim;
  }
}
