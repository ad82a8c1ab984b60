import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type UserActor } from '../common/auth/actor.js';
import { DomainError, invalidField, notFound } from '../common/errors/domain-error.js';
import { IdempotencyService, type IdempotencyRequest, type Outcome } from '../common/idempotency/idempotency.service.js';
import { HouseholdLookupsRepository } from '../households/household-lookups.repository.js';
import { StaffDeclarations } from '../households/staff-declarations.service.js';
import { HoldersRepository } from '../ledger/holders.repository.js';
import { LedgerEngine } from '../ledger/ledger-engine.js';
import { type Provenance } from '../common/auth/provenance.js';
import { isIsoDate, periodKey } from '../common/calendar/calendar.js';
import { versionInForce } from '../programs/rule-versions.js';
import { PeriodsService, todayOf } from '../programs/periods/periods.service.js';
import { ProgramsService } from '../programs/programs.service.js';
import { procedureActorOf } from '../publicity/procedure-events.js';
import { Publicity } from '../publicity/publicity.service.js';
import { EvidenceService } from '../evidence/evidence.service.js';
import type { PostDeductionsDto, PostEntriesDto, PostEntriesResponse } from './awards.dto.js';

export type EntryKind = 'award' | 'deduction';

/**
 * PostEntries: one rule applied to up to 1,000 holders, one transaction each, all or nothing.
 * Awards use positive rules and respect caps; deductions use negative rules and stop at zero
 * unless the program allows negative balances. On a program with a notice period the entries go
 * on public notice instead (公示) and post when it ends.
 */
@Injectable()
export class PostEntries {
  constructor(
    private readonly db: DataSource,
    private readonly programs: ProgramsService,
    private readonly periods: PeriodsService,
    private readonly holders: HoldersRepository,
    private readonly households: HouseholdLookupsRepository,
    private readonly engine: LedgerEngine,
    private readonly idempotency: IdempotencyService,
    private readonly publicity: Publicity,
    private readonly evidence: EvidenceService,
    private readonly declarations: StaffDeclarations,
  ) {}

  async execute(
    actor: UserActor,
    programId: number,
    kind: EntryKind,
    dto: PostEntriesDto | PostDeductionsDto,
    idem: IdempotencyRequest | null,
    by: Provenance,
  ): Promise<Outcome<PostEntriesResponse>> {
    const { program, rule: found } = await this.programs.getWithRule(actor, programId, dto.ruleId);
    if (!found) throw notFound('rule', dto.ruleId);
    const { rule, versions, only, excluded } = found;
    if (!isIsoDate(dto.occurredOn)) {
      throw invalidField('occurredOn', 'occurredOn must be a real day', 'isIsoDate');
    }
    if (dto.occurredOn > todayOf(program).day) throw new DomainError('OCCURRED_ON_IN_FUTURE', { occurredOn: dto.occurredOn });
    const version = versionInForce(versions, dto.occurredOn);
    if (!version) throw new DomainError('RULE_NOT_EFFECTIVE', { ruleId: rule.id, occurredOn: dto.occurredOn });
    if ((kind === 'award') !== version.points > 0) throw new DomainError('WRONG_RULE_KIND', { ruleId: rule.id, points: version.points });

    // Every holder must exist in the program's county and lie in the caller's region.
    const holders = await this.holders.resolve(program.holderType, program.countyPath, dto.holderIds);
    const byId = new Map(holders.map((h) => [h.holderId, h]));
    const missing = dto.holderIds.filter((id) => !byId.has(id));
    if (missing.length > 0) throw new DomainError('NOT_FOUND', { resource: 'holder', ids: missing });
    const outside = holders.filter((h) => !h.path.startsWith(actor.regionPath)).map((h) => h.holderId);
    if (outside.length > 0) throw new DomainError('OUT_OF_SCOPE', { holderIds: outside });
    const notApplicable = holders.filter((h) => (only !== null && !h.path.startsWith(only)) || excluded.some((x) => h.path.startsWith(x))).map((h) => h.holderId);
    if (notApplicable.length > 0) throw new DomainError('RULE_NOT_APPLICABLE', { ruleId: rule.id, holderIds: notApplicable });
    if (dto.memberId !== undefined) {
      const ok = program.holderType === 'household' && dto.holderIds.length === 1 && (await this.households.memberOf(dto.memberId, dto.holderIds[0]));
      if (!ok) throw new DomainError('MEMBER_NOT_IN_HOUSEHOLD', { memberId: dto.memberId });
    }
    // Photos as a claim takes them: ones the caller may see, of each holder's village (a staff program's holders: anywhere in reach).
    const evidenceIds = dto.evidenceIds ?? [];
    for (const evidenceId of evidenceIds) {
      const photo = await this.evidence.readable(actor, evidenceId).catch(() => null);
      if (!photo || (program.holderType !== 'staff' && holders.some((h) => h.regionId !== photo.villageId))) throw new DomainError('EVIDENCE_NOT_USABLE', { evidenceId });
    }
    // Separation of duties: a declaration first (where the program asks for one); nobody awards or
    // deducts for their own or a related household, or for themselves.
    await this.declarations.assertMayAct(actor, { holderType: program.holderType, holderIds: dto.holderIds, required: program.requireCoiDeclaration });

    const period = periodKey(dto.occurredOn, program.periodKind);
    const entry = {
      ruleVersionId: version.id,
      memberId: dto.memberId,
      occurredOn: dto.occurredOn,
      period,
      memo: dto.memo,
      evidence: dto.evidence,
      evidenceIds,
      reason: 'reason' in dto ? dto.reason : null,
    };
    return this.db.transaction((m) =>
      this.idempotency.run(m, idem, 201, async () => {
        await this.periods.assertPeriodOpen(m, programId, period);
        await this.engine.openAccounts(m, program, holders, by);
        const cap = version.capPoints !== null && version.capPer !== null ? { ruleId: rule.id, periodKey: periodKey(dto.occurredOn, version.capPer), capPoints: version.capPoints } : null;
        const requests = dto.holderIds.map((id) => ({ holderId: id, regionId: byId.get(id)!.regionId, points: version.points }));
        if (program.publicityDays > 0) {
          // A program with a notice period: the entries wait on their villages' boards (公示) and post when it ends.
          const { evidence, ...rest } = entry;
          const noticed = await this.publicity.open(m, program, kind, requests, { ...rest, memberId: rest.memberId ?? null, memo: rest.memo ?? null, evidence: evidence ?? [], ruleId: rule.id, claimId: null, enteredBy: actor.id }, cap, procedureActorOf(actor));
          const results = noticed.map((n) => ({
            holderId: n.holderId,
            status: n.noticeId === null ? ('capped' as const) : ('noticed' as const),
            transactionId: null,
            noticeId: n.noticeId,
            deadline: n.deadline,
            points: n.points,
            requestedPoints: n.requestedPoints,
            capped: n.capped,
            balanceAfter: null,
          }));
          return { programId, ruleId: rule.id, ruleVersionId: version.id, occurredOn: dto.occurredOn, period, results };
        }
        const posted = await this.engine.post(
          m,
          program,
          kind,
          requests,
          by,
          entry,
          kind === 'award' ? cap : null,
        );
        const results = posted.map((r) => ({ ...r, status: r.transactionId === null ? ('capped' as const) : ('posted' as const), noticeId: null, deadline: null }));
        return { programId, ruleId: rule.id, ruleVersionId: version.id, occurredOn: dto.occurredOn, period, results };
      }),
    );
  }
}
