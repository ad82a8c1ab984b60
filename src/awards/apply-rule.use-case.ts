import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { UserActor } from '../common/auth/actor.js';
import type { Provenance } from '../common/auth/provenance.js';
import { periodKey } from '../common/calendar/calendar.js';
import { DomainError } from '../common/errors/domain-error.js';
import { HouseholdLookupsRepository } from '../households/household-lookups.repository.js';
import { StaffDeclarations } from '../households/staff-declarations.service.js';
import type { ResolvedHolder } from '../ledger/holders.repository.js';
import { LedgerEngine, type CapSpec } from '../ledger/ledger-engine.js';
import { PeriodsService } from '../programs/periods/periods.service.js';
import type { ProgramWithPath } from '../programs/programs.repository.js';
import type { RuleVersion } from '../programs/rule.entity.js';
import { procedureActorOf } from '../publicity/procedure-events.js';
import { Publicity } from '../publicity/publicity.service.js';

export type EntryKind = 'award' | 'deduction';

/** Which rule, and where it applies: its region (null: the whole county) and the subtrees excluded from it. */
export interface RuleScope {
  id: number;
  only: string | null;
  excluded: string[];
}

/** Who may have the rule applied to them, for what, and by whom: what `check` looks at. */
export interface RuleTarget {
  program: ProgramWithPath;
  rule: RuleScope;
  holders: ResolvedHolder[];
  memberId: number | null;
  /** The staff user entering or approving: their conflicts of interest are checked. */
  actor: UserActor;
  /** Added to a refusal's details (e.g. the claim). */
  details?: Record<string, unknown>;
}

/** One rule version applied to holders on a day, as an award or a deduction. */
export interface RuleApplication {
  program: ProgramWithPath;
  ruleId: number;
  version: RuleVersion;
  kind: EntryKind;
  holders: ResolvedHolder[];
  occurredOn: string;
  memberId: number | null;
  memo: string | null;
  reason: string | null;
  /** Links (URLs) and uploaded photos proving the deed. */
  evidence: string[];
  evidenceIds: number[];
  /** The claim approved, when the entry comes from one. */
  claimId: string | null;
  /** Who entered it (the award's clerk, the claim's approver): recorded on the notice and the transaction. */
  actor: UserActor;
  by: Provenance;
}

/** What became of the entry for one holder: posted, on public notice, or cut by the cap to nothing. */
export interface AppliedEntry {
  holderId: number;
  status: 'posted' | 'noticed' | 'capped';
  transactionId: string | null;
  noticeId: string | null;
  deadline: Date | null;
  points: number;
  requestedPoints: number;
  capped: boolean;
  balanceAfter: number | null;
}

/** The cap a rule version puts on a holder's points in the cap period of a day; null without one. */
export function capOf(ruleId: number, version: RuleVersion, occurredOn: string): CapSpec | null {
  return version.capPoints !== null && version.capPer !== null
    ? { ruleId, periodKey: periodKey(occurredOn, version.capPer), capPoints: version.capPoints }
    : null;
}

/**
 * ApplyRule: the one way a rule reaches a holder's points. Staff awards and deductions and a
 * claim's approval all go through it: the rule must apply where each holder lives, a member must
 * belong to the household, the staff user must have no conflict of interest (利益冲突), the cap
 * cuts awards to what is left, and a program with a notice period puts the entries on public
 * notice (公示) where one without posts them at once.
 */
@Injectable()
export class ApplyRule {
  constructor(
    private readonly households: HouseholdLookupsRepository,
    private readonly declarations: StaffDeclarations,
    private readonly periods: PeriodsService,
    private readonly engine: LedgerEngine,
    private readonly publicity: Publicity,
  ) {}

  /** Refuses what may not be applied: outside the rule's region, a member of another household, a conflict of interest. */
  async check(t: RuleTarget, m?: EntityManager): Promise<void> {
    const { program, rule, holders } = t;
    const notApplicable = holders
      .filter((h) => (rule.only !== null && !h.path.startsWith(rule.only)) || rule.excluded.some((x) => h.path.startsWith(x)))
      .map((h) => h.holderId);
    if (notApplicable.length > 0) throw new DomainError('RULE_NOT_APPLICABLE', { ruleId: rule.id, holderIds: notApplicable });
    if (t.memberId !== null) {
      const ok =
        program.holderType === 'household' && holders.length === 1 && (await this.households.memberOf(t.memberId, holders[0].holderId, m));
      if (!ok) throw new DomainError('MEMBER_NOT_IN_HOUSEHOLD', { memberId: t.memberId });
    }
    const holderIds = holders.map((h) => h.holderId);
    await this.declarations.assertMayAct(
      t.actor,
      { holderType: program.holderType, holderIds, required: program.requireCoiDeclaration, details: t.details },
      m,
    );
  }

  /**
   * Inside the caller's transaction: the period must be open; the holders' accounts are opened;
   * then the entries go on notice or post, the cap applied to awards.
   */
  async apply(m: EntityManager, a: RuleApplication): Promise<AppliedEntry[]> {
    const { program, version, kind } = a;
    const period = periodKey(a.occurredOn, program.periodKind);
    await this.periods.assertPeriodOpen(m, program.id, period);
    // Entries posted at once open their accounts in the engine; entries on notice open them now.
    if (program.publicityDays > 0) await this.engine.openAccounts(m, program, a.holders, a.by);
    const cap = kind === 'award' ? capOf(a.ruleId, version, a.occurredOn) : null;
    const entries = a.holders.map((h) => ({ holderId: h.holderId, regionId: h.regionId, points: version.points }));
    if (program.publicityDays > 0) {
      const noticed = await this.publicity.open(m, {
        program,
        kind,
        entries,
        entry: {
          ruleId: a.ruleId,
          ruleVersionId: version.id,
          occurredOn: a.occurredOn,
          period,
          memberId: a.memberId,
          memo: a.memo,
          reason: a.reason,
          evidence: a.evidence,
          evidenceIds: a.evidenceIds,
          claimId: a.claimId,
          enteredBy: a.actor.id,
        },
        cap,
        actor: procedureActorOf(a.actor),
      });
      return noticed.map((n) => ({ ...n, status: n.noticeId === null ? 'capped' : 'noticed', transactionId: null, balanceAfter: null }));
    }
    const posted = await this.engine.post(m, {
      program,
      type: kind,
      entries: entries.map((e) => ({ ...e, claimId: a.claimId })),
      by: a.by,
      entry: {
        ruleVersionId: version.id,
        memberId: a.memberId,
        occurredOn: a.occurredOn,
        period,
        memo: a.memo,
        reason: a.reason,
        evidence: a.evidence,
        evidenceIds: a.evidenceIds,
      },
      cap,
    });
    return posted.map((r) => ({ ...r, status: r.transactionId === null ? 'capped' : 'posted', noticeId: null, deadline: null }));
  }
}
