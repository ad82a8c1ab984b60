import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type UserActor } from '../common/auth/actor.js';
import { DomainError, invalidField, notFound } from '../common/errors/domain-error.js';
import { IdempotencyService, type IdempotencyRequest, type Outcome } from '../common/idempotency/idempotency.service.js';
import { HoldersRepository } from '../ledger/holders.repository.js';
import { type Provenance } from '../common/auth/provenance.js';
import { isIsoDate, periodKey } from '../common/calendar/calendar.js';
import { versionToApply } from '../programs/rule-versions.js';
import { todayOf } from '../programs/periods/periods.service.js';
import { ProgramsService } from '../programs/programs.service.js';
import { EvidenceService } from '../evidence/evidence.service.js';
import { HouseholdsService } from '../households/households.service.js';
import { ApplyRule, type EntryKind } from './apply-rule.use-case.js';
import type { PostDeductionsDto, PostEntriesDto, PostEntriesResponse } from './awards.dto.js';

export type { EntryKind } from './apply-rule.use-case.js';

/**
 * PostEntries: one rule applied to up to 1,000 holders by staff (记分), one transaction each, all
 * or nothing, through ApplyRule. Awards use positive rules and respect caps; deductions use
 * negative rules and stop at zero unless the program allows negative balances. On a program with
 * a notice period the entries go on public notice instead (公示) and post when it ends.
 */
/** The most holders one entry may touch. */
const MAX_HOLDERS = 1000;

@Injectable()
export class PostEntries {
  constructor(
    private readonly db: DataSource,
    private readonly programs: ProgramsService,
    private readonly holders: HoldersRepository,
    private readonly idempotency: IdempotencyService,
    private readonly evidence: EvidenceService,
    private readonly applyRule: ApplyRule,
    private readonly households: HouseholdsService,
  ) {}

  async execute(
    actor: UserActor,
    programId: number,
    kind: EntryKind,
    dto: PostEntriesDto | PostDeductionsDto,
    idem: IdempotencyRequest | null,
    by: Provenance,
    /** Runs in the entries' transaction with their results (an outside system's event records itself there). */
    within?: (m: EntityManager, response: PostEntriesResponse) => Promise<void>,
  ): Promise<Outcome<PostEntriesResponse>> {
    const { program, rule: found } = await this.programs.getWithRule(actor, programId, dto.ruleId);
    if (!found) throw notFound('rule', dto.ruleId);
    const { rule, versions, only, excluded } = found;
    if (!isIsoDate(dto.occurredOn)) {
      throw invalidField('occurredOn', 'occurredOn must be a real day', 'isIsoDate');
    }
    if (dto.occurredOn > todayOf(program).day) throw new DomainError('OCCURRED_ON_IN_FUTURE', { occurredOn: dto.occurredOn });
    const version = versionToApply(program, rule.id, versions, dto.occurredOn);
    if ((kind === 'award') !== version.points > 0) throw new DomainError('WRONG_RULE_KIND', { ruleId: rule.id, points: version.points });

    const holderIds = await this.holderIdsOf(actor, program.holderType, dto);
    // Every holder must exist in the program's county and lie in the caller's region.
    const holders = await this.holders.resolve(program.holderType, program.countyPath, holderIds);
    const byId = new Map(holders.map((h) => [h.holderId, h]));
    const missing = holderIds.filter((id) => !byId.has(id));
    if (missing.length > 0) throw new DomainError('NOT_FOUND', { resource: 'holder', ids: missing });
    const outside = holders.filter((h) => !h.path.startsWith(actor.regionPath)).map((h) => h.holderId);
    if (outside.length > 0) throw new DomainError('OUT_OF_SCOPE', { holderIds: outside });
    // The rule applies where they live, the member belongs, and nobody enters points for their own or a related household.
    await this.applyRule.check({ program, rule: { id: rule.id, only, excluded }, holders, memberId: dto.memberId ?? null, actor });
    // Photos as a claim takes them: ones the caller may see, of each holder's village (a staff program's holders: anywhere in reach).
    const evidenceIds = dto.evidenceIds ?? [];
    for (const evidenceId of evidenceIds) {
      const photo = await this.evidence.readable(actor, evidenceId).catch(() => null);
      if (!photo || (program.holderType !== 'staff' && holders.some((h) => h.regionId !== photo.villageId)))
        throw new DomainError('EVIDENCE_NOT_USABLE', { evidenceId });
    }
    const ordered = holderIds.map((id) => byId.get(id)!);
    const period = periodKey(dto.occurredOn, program.periodKind);
    return this.db.transaction((m) =>
      this.idempotency.run(m, idem, 201, async () => {
        const results = await this.applyRule.apply(m, {
          program,
          ruleId: rule.id,
          version,
          kind,
          holders: ordered,
          occurredOn: dto.occurredOn,
          memberId: dto.memberId ?? null,
          memo: dto.memo ?? null,
          reason: 'reason' in dto ? dto.reason : null,
          evidence: dto.evidence ?? [],
          evidenceIds,
          claimId: null,
          actor,
          by,
        });
        const response = { programId, ruleId: rule.id, ruleVersionId: version.id, occurredOn: dto.occurredOn, period, results };
        if (within) await within(m, response);
        return response;
      }),
    );
  }

  /**
   * The holders named, or the households a filter matches in the caller's reach (at most 1,000),
   * checked against the count the clerk confirmed: the list the clerk saw is what is entered.
   */
  private async holderIdsOf(actor: UserActor, holderType: string, dto: PostEntriesDto | PostDeductionsDto): Promise<number[]> {
    const { holderIds, holderFilter, expectedCount } = dto;
    if ((holderIds === undefined) === (holderFilter === undefined)) {
      throw invalidField('holderIds', 'give exactly one of holderIds and holderFilter', 'exactlyOne');
    }
    if (holderIds !== undefined) return holderIds;
    if (holderType !== 'household')
      throw invalidField('holderFilter', "a filter picks households: this program's holders are not households", 'householdProgram');
    if (expectedCount === undefined)
      throw invalidField('expectedCount', 'with holderFilter, say how many households were confirmed', 'required');
    const ids = await this.households.matching(actor, holderFilter!, MAX_HOLDERS + 1);
    if (ids.length === 0) throw new DomainError('HOLDER_FILTER_EMPTY', { holderFilter });
    if (ids.length > MAX_HOLDERS) throw new DomainError('HOLDER_FILTER_TOO_BROAD', { max: MAX_HOLDERS });
    if (ids.length !== expectedCount) throw new DomainError('FILTER_COUNT_CHANGED', { expected: expectedCount, actual: ids.length });
    return ids;
  }
}
