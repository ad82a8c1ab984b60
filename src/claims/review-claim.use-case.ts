import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { UserActor } from '../common/auth/actor.js';
import { ApplyRule, capOf } from '../awards/apply-rule.use-case.js';
import { provenanceOf } from '../common/auth/provenance.js';
import { assertInScope } from '../common/auth/scope.js';
import { DomainError } from '../common/errors/domain-error.js';
import { StaffDeclarations } from '../households/staff-declarations.service.js';
import { ProgramsRepository } from '../programs/programs.repository.js';
import { ProcedureEvents, procedureActorOf } from '../publicity/procedure-events.js';
import { ClaimsRepository } from './claims.repository.js';
import { claimView, ClaimsService, type ClaimView } from './claims.service.js';

/**
 * Review (审核) of a claim. The server enforces the separation of duties: nobody reviews before
 * declaring their conflicts of interest (where the program requires it), a claim they filed, or
 * one for their own or a related household; a claim above the program's threshold needs a second,
 * different reviewer; village clerks review only where the program allows. An approval applies the
 * rule as a staff award does (ApplyRule): on public notice (公示), or posted at once on a program
 * without a notice period.
 */
@Injectable()
export class ReviewClaim {
  constructor(
    private readonly db: DataSource,
    private readonly claims: ClaimsRepository,
    private readonly claimsService: ClaimsService,
    private readonly programs: ProgramsRepository,
    private readonly declarations: StaffDeclarations,
    private readonly applyRule: ApplyRule,
    private readonly events: ProcedureEvents,
  ) {}

  async approve(actor: UserActor, id: string, note: string | null, requestId: string | null): Promise<ClaimView> {
    await this.db.transaction(async (m) => {
      const { claim, program } = await this.checked(m, actor, id);
      // Everything inside the transaction goes through its connection: no second one while this one is held.
      const version = (await this.programs.versionsOf([claim.ruleId], m)).find((v) => v.id === claim.ruleVersionId)!;
      const by = procedureActorOf(actor);
      // The rule still applies where the household lives, the member still belongs, no conflict of interest (ApplyRule's checks, before either approval).
      const scope = (await this.programs.findProgramWithRule(program.id, claim.ruleId, m))!.rule!;
      const holder = { holderId: claim.householdId, regionId: claim.villageId, path: claim.villagePath };
      await this.applyRule.check(
        {
          program,
          rule: { id: claim.ruleId, only: scope.only, excluded: scope.excluded },
          holders: [holder],
          memberId: claim.memberId,
          actor,
          details: { claimId: id },
        },
        m,
      );
      if (claim.status === 'submitted' && program.secondReviewAbove !== null && version.points > program.secondReviewAbove) {
        await this.claims.decide(m, id, { status: 'seconding', firstReviewer: actor.id, reviewReason: note, decided: false });
        await this.events.record(m, 'claim', [id], 'approved', by, note, { needsSecondReviewer: true, points: version.points });
        return;
      }
      const event = claim.status === 'seconding' ? 'seconded' : 'approved';
      const [applied] = await this.applyRule.apply(m, {
        program,
        ruleId: claim.ruleId,
        version,
        kind: 'award',
        holders: [holder],
        occurredOn: claim.occurredOn,
        memberId: claim.memberId,
        memo: claim.memo,
        reason: null,
        evidence: [],
        evidenceIds: [],
        claimId: id,
        actor,
        by: provenanceOf(actor, requestId),
      });
      const { noticeId, transactionId, points } = applied;
      await this.claims.decide(m, id, {
        status: 'approved',
        reviewer: actor.id,
        reviewReason: note,
        noticeId,
        transactionId,
        grantedPoints: points,
        decided: true,
      });
      // What the cap leaves is granted; a cap used up grants 0, and then nothing goes on notice or posts.
      const cap = capOf(claim.ruleId, version, claim.occurredOn);
      const capNote =
        points < version.points && cap ? { requestedPoints: version.points, cap: { points: cap.capPoints, periodKey: cap.periodKey } } : {};
      const outcome = program.publicityDays > 0 ? { noticeId, deadline: applied.deadline?.toISOString() ?? null } : { transactionId };
      await this.events.record(m, 'claim', [id], event, by, note, { ...outcome, points, ...capNote });
    });
    return claimView(await this.claimsService.row(id));
  }

  async reject(actor: UserActor, id: string, reason: string): Promise<ClaimView> {
    await this.db.transaction(async (m) => {
      await this.checked(m, actor, id);
      await this.claims.decide(m, id, { status: 'rejected', reviewer: actor.id, reviewReason: reason, decided: true });
      await this.events.record(m, 'claim', [id], 'rejected', procedureActorOf(actor), reason);
    });
    return claimView(await this.claimsService.row(id));
  }

  /** The claim, locked, once every rule of who may decide it holds. */
  private async checked(m: EntityManager, actor: UserActor, id: string) {
    const claim = await this.claims.lock(m, id);
    if (!claim) throw new DomainError('NOT_FOUND', { resource: 'claim', id });
    assertInScope(actor, claim.villagePath, { claimId: id });
    const program = (await this.programs.findProgram(claim.programId, m))!;
    if (actor.role === 'village_clerk' && !program.clerksReview)
      throw new DomainError('FORBIDDEN', { reason: 'on this program reviewers, not clerks, review claims' });
    if (claim.status !== 'submitted' && claim.status !== 'seconding')
      throw new DomainError('CLAIM_DECIDED', { claimId: id, status: claim.status });
    if (claim.filedByType === 'user' && claim.filedById === actor.id) throw new DomainError('SELF_REVIEW', { claimId: id });
    await this.declarations.assertMayAct(
      actor,
      { holderType: 'household', holderIds: [claim.householdId], required: program.requireCoiDeclaration, details: { claimId: id } },
      m,
    );
    if (claim.status === 'seconding' && claim.firstReviewer === actor.id)
      throw new DomainError('SAME_REVIEWER', { claimId: id, reason: 'the second approval needs another reviewer' });
    return { claim, program };
  }
}
