import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../common/errors/domain-error.js';
import type { Provenance } from '../common/auth/provenance.js';
import type { Program } from '../programs/program.entity.js';
import { todayOf } from '../programs/periods/periods.service.js';
import type { TransactionType } from './ledger.entities.js';
import { LedgerRepository, type NewPosting, type TransactionMeta } from './ledger.repository.js';

export interface HolderRef {
  holderId: number;
  /** The holder's village: where its issuance and penalties accounts live. */
  regionId: number;
}

export interface EntryRequest extends HolderRef {
  /** Signed change asked for the holder's balance. */
  points: number;
  /** What the rule asked for, when a cap already cut `points` (a notice): recorded as requested. */
  requestedPoints?: number;
  /** The notice this entry confirms (公示期满): the transaction records it, once. */
  noticeId?: string;
  /** The claim it was approved from. */
  claimId?: string | null;
}

export interface EntryResult {
  holderId: number;
  transactionId: string;
  requestedPoints: number;
  points: number;
  capped: boolean;
  balanceAfter: number;
}

export interface CapSpec {
  ruleId: number;
  periodKey: string;
  capPoints: number;
}

/** What a transaction records of its entry besides who made it; a field left out is none. */
export interface EntryContext {
  /** The day of the deed (or of the event), in the program's timezone. */
  occurredOn: string;
  period: string;
  /** A correction booked in a later period than its original, whose period was closed. */
  late?: boolean;
  ruleVersionId?: number | null;
  memberId?: number | null;
  memo?: string | null;
  evidence?: string[];
  reason?: string | null;
}

/** The one place a transaction's columns are put together. */
function transactionMeta(program: Program, type: TransactionType, by: Provenance, entry: EntryContext, reversesId: string | null = null): TransactionMeta {
  return {
    programId: program.id,
    type,
    reversesId,
    ruleVersionId: entry.ruleVersionId ?? null,
    memberId: entry.memberId ?? null,
    occurredOn: entry.occurredOn,
    period: entry.period,
    late: entry.late ?? false,
    memo: entry.memo ?? null,
    evidence: entry.evidence ?? [],
    reason: entry.reason ?? null,
    actorType: by.actorType,
    actorId: by.actorId,
    source: by.source,
    requestId: by.requestId,
  };
}

/**
 * The one engine that moves points (DESIGN §3). Every use case — opening, award, deduction,
 * reversal, redemption, refund, settlement — posts through it, inside the caller's database
 * transaction. It keeps the invariants: balanced postings, conditional balance updates on locked
 * holder rows in ascending id order, no row update for unbounded system accounts, caps taken
 * atomically, integers only.
 */
@Injectable()
export class LedgerEngine {
  constructor(private readonly repo: LedgerRepository) {}

  /**
   * Opens the holders' accounts that do not exist yet, each with an opening entry (dated today)
   * granting the program's base points from the village's issuance account. Idempotent.
   */
  async openAccounts(m: EntityManager, program: Program, holders: HolderRef[], by: Provenance): Promise<void> {
    if (holders.length === 0) return;
    const created = await this.repo.insertHolderAccounts(m, program.id, holders, program.basePoints);
    if (created.size === 0 || program.basePoints === 0) return;
    const opened = holders.filter((h) => created.has(h.holderId)).sort((a, b) => a.holderId - b.holderId);
    const accounts = new Map((await this.repo.holderAccounts(m, program.id, opened.map((h) => h.holderId))).map((a) => [a.holderId, a]));
    const issuance = await this.repo.regionAccounts(m, program.id, 'issuance', opened.map((h) => h.regionId));
    const { day, period } = todayOf(program);
    const ids = await this.repo.insertTransactions(
      m,
      transactionMeta(program, 'opening', by, { occurredOn: day, period }),
      opened.map((h) => ({ holderId: h.holderId, requestedPoints: program.basePoints, points: program.basePoints, capped: false })),
    );
    const postings: NewPosting[] = opened.flatMap((h, i) => [
      { transactionId: ids[i], accountId: accounts.get(h.holderId)!.id, amount: program.basePoints, balanceAfter: program.basePoints },
      { transactionId: ids[i], accountId: issuance.get(h.regionId)!, amount: -program.basePoints, balanceAfter: null },
    ]);
    await this.repo.insertPostings(m, postings);
  }

  /**
   * Awards (positive points, from the village's issuance account) or deductions (negative, to
   * its penalties account) for many holders: one transaction each. Caps cut awards to what fits;
   * without `allowNegative` deductions stop at zero. Accounts must be open.
   */
  async post(
    m: EntityManager,
    program: Program,
    type: 'award' | 'deduction',
    entries: EntryRequest[],
    by: Provenance,
    entry: EntryContext,
    cap: CapSpec | null,
  ): Promise<EntryResult[]> {
    const sorted = [...entries].sort((a, b) => a.holderId - b.holderId);
    const counterKind = type === 'award' ? 'issuance' : 'penalties';
    const counter = await this.repo.regionAccounts(m, program.id, counterKind, sorted.map((e) => e.regionId));
    const accounts = new Map((await this.repo.lockHolderAccounts(m, program.id, sorted.map((e) => e.holderId))).map((a) => [a.holderId, a]));
    const missing = sorted.filter((e) => !accounts.has(e.holderId));
    if (missing.length > 0) throw new Error(`accounts not open for holders ${missing.map((e) => e.holderId).join(', ')}`);
    const granted = cap
      ? await this.repo.consumeCaps(m, { programId: program.id, ...cap }, sorted.map((e) => ({ holderId: e.holderId, points: e.points })))
      : null;
    const applied = await this.repo.applyDeltas(
      m,
      sorted.map((e) => ({
        accountId: accounts.get(e.holderId)!.id,
        delta: granted ? granted.get(e.holderId)! : e.points,
        floorAtZero: type === 'deduction' && !program.allowNegative,
      })),
    );

    const results = sorted.map((e) => {
      const account = accounts.get(e.holderId)!;
      const { applied: points, balanceAfter } = applied.get(account.id)!;
      const requested = e.requestedPoints ?? e.points;
      return { entry: e, account, points, balanceAfter, requested, capped: points !== requested };
    });
    const ids = await this.repo.insertTransactions(
      m,
      transactionMeta(program, type, by, entry),
      results.map((r) => ({ holderId: r.entry.holderId, requestedPoints: r.requested, points: r.points, capped: r.capped, noticeId: r.entry.noticeId ?? null, claimId: r.entry.claimId ?? null })),
    );
    await this.repo.insertPostings(
      m,
      results.flatMap((r, i) =>
        r.points === 0
          ? []
          : [
              { transactionId: ids[i], accountId: r.account.id, amount: r.points, balanceAfter: r.balanceAfter },
              { transactionId: ids[i], accountId: counter.get(r.entry.regionId)!, amount: -r.points, balanceAfter: null },
            ],
      ),
    );
    const byHolder = new Map(results.map((r, i) => [r.entry.holderId, { r, id: ids[i] }]));
    return entries.map((e) => {
      const { r, id } = byHolder.get(e.holderId)!;
      return { holderId: e.holderId, transactionId: id, requestedPoints: r.requested, points: r.points, capped: r.capped, balanceAfter: r.balanceAfter };
    });
  }

  /**
   * Takes what a cap allows for entries that post later (notices), atomically as `post` does: the
   * points granted per holder. `releaseCap` gives them back when such an entry is voided.
   */
  reserveCap(m: EntityManager, program: Program, cap: CapSpec, requests: { holderId: number; points: number }[]): Promise<Map<number, number>> {
    return this.repo.consumeCaps(m, { programId: program.id, ...cap }, requests);
  }

  async releaseCap(m: EntityManager, cap: { ruleId: number; periodKey: string }, holderId: number, points: number): Promise<void> {
    if (points > 0) await this.repo.releaseCap(m, cap.ruleId, holderId, cap.periodKey, points);
  }

  /**
   * Reverses a transaction exactly: every posting negated, the holder's balance moved back even
   * below zero (a correction is never cut), and the cap it used given back.
   */
  async reverse(
    m: EntityManager,
    program: Program,
    original: { id: string; holderId: number | null; points: number },
    by: Provenance,
    entry: EntryContext,
    releaseCap: { ruleId: number; periodKey: string } | null,
  ): Promise<{ transactionId: string; points: number; balanceAfter: number | null }> {
    const postings = await this.repo.postingsOf(m, original.id);
    const holderPosting = postings.find((p) => p.kind === 'holder');
    let balanceAfter: number | null = null;
    if (holderPosting) {
      await this.repo.lockAccounts(m, [holderPosting.accountId]);
      const applied = await this.repo.applyDeltas(m, [{ accountId: holderPosting.accountId, delta: -holderPosting.amount, floorAtZero: false }]);
      balanceAfter = applied.get(holderPosting.accountId)!.balanceAfter;
    }
    if (releaseCap && original.holderId !== null && original.points > 0) {
      await this.repo.releaseCap(m, releaseCap.ruleId, original.holderId, releaseCap.periodKey, original.points);
    }
    const [id] = await this.repo.insertTransactions(m, transactionMeta(program, 'reversal', by, entry, original.id), [
      { holderId: original.holderId, requestedPoints: -original.points, points: -original.points, capped: false },
    ]);
    await this.repo.insertPostings(
      m,
      postings.map((p) => ({ transactionId: id, accountId: p.accountId, amount: -p.amount, balanceAfter: p === holderPosting ? balanceAfter : null })),
    );
    return { transactionId: id, points: -original.points, balanceAfter };
  }

  /**
   * A redemption: the holder pays `points` to the store's account, never touching its base
   * points (the conditional update refuses it). Throws INSUFFICIENT_POINTS with what is available.
   */
  async redeem(m: EntityManager, program: Program, holder: HolderRef, storeId: number, points: number, by: Provenance, entry: EntryContext): Promise<{ transactionId: string; balanceAfter: number }> {
    const storeAccount = await this.repo.storeAccount(m, program.id, storeId);
    const debited = await this.repo.debitAbove(m, program.id, holder.holderId, points, program.basePoints);
    if (debited === null) {
      const [now] = await this.repo.holderAccounts(m, program.id, [holder.holderId]);
      throw new DomainError('INSUFFICIENT_POINTS', { needed: points, available: Math.max(0, (now?.balance ?? 0) - program.basePoints) });
    }
    const { accountId, balanceAfter } = debited;
    const [id] = await this.repo.insertTransactions(m, transactionMeta(program, 'redemption', by, entry), [
      { holderId: holder.holderId, requestedPoints: -points, points: -points, capped: false },
    ]);
    await this.repo.insertPostings(m, [
      { transactionId: id, accountId, amount: -points, balanceAfter },
      { transactionId: id, accountId: storeAccount, amount: points, balanceAfter: null },
    ]);
    return { transactionId: id, balanceAfter };
  }

  /** A refund: the store's account gives `points` back to the holder. */
  async refund(m: EntityManager, program: Program, holderId: number, storeId: number, points: number, by: Provenance, entry: EntryContext): Promise<{ transactionId: string; balanceAfter: number }> {
    const storeAccount = await this.repo.storeAccount(m, program.id, storeId);
    const [account] = await this.repo.lockHolderAccounts(m, program.id, [holderId]);
    const applied = await this.repo.applyDeltas(m, [{ accountId: account.id, delta: points, floorAtZero: false }]);
    const { balanceAfter } = applied.get(account.id)!;
    const [id] = await this.repo.insertTransactions(m, transactionMeta(program, 'refund', by, entry), [
      { holderId, requestedPoints: points, points, capped: false },
    ]);
    await this.repo.insertPostings(m, [
      { transactionId: id, accountId: account.id, amount: points, balanceAfter },
      { transactionId: id, accountId: storeAccount, amount: -points, balanceAfter: null },
    ]);
    return { transactionId: id, balanceAfter };
  }

  /** A settlement: points move from the store's account to the program's settled account. */
  async settle(m: EntityManager, program: Program, storeId: number, points: number, by: Provenance, entry: EntryContext): Promise<string | null> {
    if (points === 0) return null;
    const storeAccount = await this.repo.storeAccount(m, program.id, storeId);
    const settled = await this.repo.settledAccount(m, program.id);
    const [id] = await this.repo.insertTransactions(m, transactionMeta(program, 'settlement', by, entry), [
      { holderId: null, requestedPoints: points, points: 0, capped: false },
    ]);
    await this.repo.insertPostings(m, [
      { transactionId: id, accountId: storeAccount, amount: -points, balanceAfter: null },
      { transactionId: id, accountId: settled, amount: points, balanceAfter: null },
    ]);
    return id;
  }
}
