import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { LedgerEngine } from '../ledger/ledger-engine.js';
import type { ProgramWithPath } from '../programs/programs.repository.js';
import { ProgramsRepository } from '../programs/programs.repository.js';
import type { Notice } from './notice.entity.js';
import { ProcedureEvents, SYSTEM } from './procedure-events.js';

/** What notices must share to post as one batch of the engine: one rule version, one deed, one memo. */
function batchKey(n: Notice): string {
  return JSON.stringify([
    n.programId,
    n.kind,
    n.ruleVersionId,
    n.occurredOn,
    n.period,
    n.memberId,
    n.memo,
    n.reason,
    n.evidence,
    n.evidenceIds,
    n.enteredBy,
  ]);
}

/**
 * Posts notices through the one ledger engine (确认): each becomes one transaction carrying its id
 * (unique, so a notice never posts twice), by the staff user who entered or approved it, source
 * `job`. The caller holds the notices' row locks and has marked them posted. The holders'
 * accounts were opened when the notices were made (Publicity.open's callers open them).
 */
@Injectable()
export class NoticePosting {
  constructor(
    private readonly engine: LedgerEngine,
    private readonly programs: ProgramsRepository,
    private readonly events: ProcedureEvents,
  ) {}

  async post(m: EntityManager, due: Notice[], at: Date): Promise<void> {
    if (due.length === 0) return;
    // Every holder account of the batch, locked in ascending id order first: a batch spanning many
    // rules and programs never deadlocks with an award or a redemption.
    await this.engine.lockHolders(
      m,
      due.map((n) => ({ programId: n.programId, holderId: n.holderId })),
    );
    const programs = new Map<number, ProgramWithPath>();
    // One engine call per shared context, each holder once in it (two like notices of one household go in two calls).
    const batches = new Map<string, { notices: Notice[]; holders: Set<number> }>();
    for (const n of due) {
      let i = 0;
      while (batches.get(`${batchKey(n)}#${i}`)?.holders.has(n.holderId)) i++;
      const key = `${batchKey(n)}#${i}`;
      const batch = batches.get(key) ?? { notices: [], holders: new Set<number>() };
      batch.notices.push(n);
      batch.holders.add(n.holderId);
      batches.set(key, batch);
    }
    for (const { notices: batch } of batches.values()) {
      const [first] = batch;
      let program = programs.get(first.programId);
      if (!program) {
        program = (await this.programs.findProgram(first.programId, m))!;
        programs.set(program.id, program);
      }
      // The cap was taken when the notice opened: the notice's points are what is granted.
      await this.engine.post(m, {
        program,
        type: first.kind,
        entries: batch.map((n) => ({
          holderId: n.holderId,
          regionId: n.villageId,
          points: n.points,
          requestedPoints: n.requestedPoints,
          noticeId: n.id,
          claimId: n.claimId,
        })),
        by: { actorType: 'user', actorId: first.enteredBy, source: 'job', requestId: null },
        entry: {
          ruleVersionId: first.ruleVersionId,
          memberId: first.memberId,
          occurredOn: first.occurredOn,
          period: first.period,
          memo: first.memo,
          reason: first.reason,
          evidence: first.evidence,
          evidenceIds: first.evidenceIds,
        },
      });
    }
    await this.events.record(
      m,
      'notice',
      due.map((n) => n.id),
      'posted',
      SYSTEM,
      null,
      { at: at.toISOString() },
    );
  }
}
