import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../common/errors/domain-error.js';
import type { Provenance } from '../common/auth/provenance.js';
import type { Program } from '../programs/program.entity.js';
import { addDays, addMonths, dayIn, periodKey } from '../common/calendar/calendar.js';
import { Clock } from '../common/clock.js';
import type { TransactionType } from './ledger.entities.js';
import {
  LedgerRepository,
  type BookingMemo,
  type BookingPart,
  type HolderAccount,
  type NewPosting,
  type TransactionMeta,
} from './ledger.repository.js';
import { LotKeeper } from './lot-keeper.js';
import { LotsRepository } from './lots.repository.js';
import { spendable } from './spendable.js';
import { ProgramsRepository, type RuleSanction } from '../programs/programs.repository.js';
import { SanctionsRepository } from './sanctions.repository.js';

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
  /** Null for an award its cap cut to nothing: nothing is posted for it. */
  transactionId: string | null;
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
  /** Photos uploaded with a staff entry. */
  evidenceIds?: number[];
  reason?: string | null;
}

/** The last day a sanction of a deed on `occurredOn` suspends redemption. */
export function suspensionEnd(sanction: RuleSanction, occurredOn: string): string | null {
  if (sanction.suspendMonths !== null) return addDays(addMonths(occurredOn, sanction.suspendMonths), -1);
  if (sanction.suspendYears !== null) return `${Number(occurredOn.slice(0, 4)) + sanction.suspendYears}-12-31`;
  return null;
}

/** The memo of an expiry transaction. */
function kept(carryOver: number): string {
  return carryOver > 0 ? `积分到期清零（结转至多 ${carryOver} 分）` : '积分到期清零';
}

/** The one place a transaction's columns are put together (the engine adds when it is booked). */
function transactionMeta(
  program: Program,
  type: TransactionType,
  by: Provenance,
  entry: EntryContext,
  reversesId: string | null = null,
): Omit<TransactionMeta, 'recordedAt'> {
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
    evidenceIds: entry.evidenceIds ?? [],
    reason: entry.reason ?? null,
    actorType: by.actorType,
    actorId: by.actorId,
    source: by.source,
    requestId: by.requestId,
  };
}

/** What `LedgerEngine.post` applies: one rule version's entries for many holders, with who and the cap. */
export interface PostRequest {
  program: Program;
  type: 'award' | 'deduction';
  entries: EntryRequest[];
  by: Provenance;
  entry: EntryContext;
  /** The rule's cap, for awards (deductions have none). */
  cap?: CapSpec | null;
}

/** Where `post` has got to past the caps: what each holder is granted, the counter accounts, the locked holder accounts. */
interface Granted {
  granted: Map<number, number> | null;
  counter: Map<number, string>;
  accounts: Map<number, HolderAccount>;
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
  constructor(
    private readonly repo: LedgerRepository,
    private readonly lots: LotsRepository,
    private readonly keeper: LotKeeper,
    private readonly sanctions: SanctionsRepository,
    private readonly programs: ProgramsRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * A transaction's columns, booked now: taken after the holder rows are locked, so the booking
   * times of one account follow its postings' order (the 台账 and statements go by booking).
   */
  private meta(
    program: Program,
    type: TransactionType,
    by: Provenance,
    entry: EntryContext,
    reversesId: string | null = null,
  ): TransactionMeta {
    return { ...transactionMeta(program, type, by, entry, reversesId), recordedAt: this.clock.now() };
  }

  /**
   * Opens the holders' accounts that do not exist yet, each with an opening entry (dated the day
   * it opens) granting the program's base points from the village's issuance account. Idempotent.
   */
  async openAccounts(m: EntityManager, program: Program, holders: HolderRef[], by: Provenance): Promise<void> {
    if (holders.length === 0) return;
    const created = await this.repo.insertHolderAccounts(m, program.id, holders, program.basePoints);
    if (created.size === 0 || program.basePoints === 0) return;
    const opened = holders.filter((h) => created.has(h.holderId)).sort((a, b) => a.holderId - b.holderId);
    const accounts = new Map(
      (
        await this.repo.holderAccounts(
          m,
          program.id,
          opened.map((h) => h.holderId),
        )
      ).map((a) => [a.holderId, a]),
    );
    const issuance = await this.repo.regionAccounts(
      m,
      program.id,
      'issuance',
      opened.map((h) => h.regionId),
    );
    const day = dayIn(program.timezone, this.clock.now());
    const period = periodKey(day, program.periodKind);
    const ids = await this.repo.insertTransactions(
      m,
      this.meta(program, 'opening', by, { occurredOn: day, period }),
      opened.map((h) => ({ holderId: h.holderId, requestedPoints: program.basePoints, points: program.basePoints, capped: false })),
    );
    const postings: NewPosting[] = opened.flatMap((h, i) => [
      { transactionId: ids[i], accountId: accounts.get(h.holderId)!.id, amount: program.basePoints, balanceAfter: program.basePoints },
      { transactionId: ids[i], accountId: issuance.get(h.regionId)!, amount: -program.basePoints, balanceAfter: null },
    ]);
    await this.repo.insertPostings(m, postings);
  }

  /**
   * Locks the holder accounts a batch spanning several programs will post to, all of them first and
   * in ascending id order, so such a batch never deadlocks with an award or a redemption. (Only the
   * engine locks accounts.)
   */
  async lockHolders(m: EntityManager, holders: { programId: number; holderId: number }[]): Promise<void> {
    if (holders.length > 0) await this.repo.lockHolderAccountsOf(m, holders);
  }

  /**
   * Awards (positive points, from the village's issuance account) or deductions (negative, to
   * its penalties account) for many holders: one transaction each. Caps cut awards to what fits,
   * and an award cut to nothing posts nothing (no transaction: its result says so); without
   * `allowNegative` deductions stop at zero. Accounts not open yet are opened.
   */
  async post(m: EntityManager, { program, type, entries, by, entry, cap = null }: PostRequest): Promise<EntryResult[]> {
    const sorted = [...entries].sort((a, b) => a.holderId - b.holderId);
    const counterKind = type === 'award' ? 'issuance' : 'penalties';
    // The holders locked and their villages' counter accounts read in one round trip; a counter
    // account not made yet is made after the locks (it is no holder row: no lock order to keep).
    const regionIds = sorted.map((e) => e.regionId);
    const lock = () =>
      this.repo.lockHolderAccountsWithCounters(
        m,
        program.id,
        sorted.map((e) => e.holderId),
        counterKind,
        regionIds,
      );
    // The accounts posted to are opened when missing. Several holders: opened first (in holder
    // order), then locked in id order. One holder: locked first and opened only if it is not there
    // (nothing is locked before it, so no lock order is at stake): one round trip fewer.
    if (sorted.length > 1) await this.openAccounts(m, program, sorted, by);
    let locked = await lock();
    if (sorted.length === 1 && locked.accounts.length === 0) {
      await this.openAccounts(m, program, sorted, by);
      locked = await lock();
    }
    const counter = locked.counters ?? (await this.repo.regionAccounts(m, program.id, counterKind, regionIds));
    const accounts = new Map(locked.accounts.map((a) => [a.holderId, a]));
    const missing = sorted.filter((e) => !accounts.has(e.holderId));
    if (missing.length > 0) throw new Error(`accounts not open for holders ${missing.map((e) => e.holderId).join(', ')}`);
    const granted = cap
      ? await this.repo.consumeCaps(
          m,
          { programId: program.id, ...cap },
          sorted.map((e) => ({ holderId: e.holderId, points: e.points })),
        )
      : null;
    // Awards whose cap is used up: nothing to post (a 0-point transaction would say a deed was paid).
    const cappedOut = new Set(
      type === 'award' && granted ? sorted.filter((e) => granted.get(e.holderId) === 0).map((e) => e.holderId) : [],
    );
    if (cappedOut.size > 0) {
      const posting = entries.filter((e) => !cappedOut.has(e.holderId));
      const posted =
        posting.length > 0 ? await this.postGranted(m, { program, type, entries: posting, by, entry }, { granted, counter, accounts }) : [];
      const byHolder = new Map(posted.map((r) => [r.holderId, r]));
      return entries.map(
        (e) =>
          byHolder.get(e.holderId) ?? {
            holderId: e.holderId,
            transactionId: null,
            requestedPoints: e.requestedPoints ?? e.points,
            points: 0,
            capped: true,
            balanceAfter: accounts.get(e.holderId)!.balance,
          },
      );
    }
    return this.postGranted(m, { program, type, entries, by, entry }, { granted, counter, accounts });
  }

  /** `post` past the caps: every entry moves its (granted) points, one transaction each. */
  private async postGranted(
    m: EntityManager,
    { program, type, entries, by, entry }: PostRequest,
    { granted, counter, accounts }: Granted,
  ): Promise<EntryResult[]> {
    const sorted = [...entries].sort((a, b) => a.holderId - b.holderId);
    // A deduction rule may carry a sanction: clearing (清零) takes the redeemable balance with it.
    const sanction = type === 'deduction' && entry.ruleVersionId ? await this.programs.sanctionOf(m, entry.ruleVersionId) : null;
    const floorAtZero = type === 'deduction' && !program.allowNegative;
    const clearTo = sanction?.clears ? program.basePoints : null;
    // The balances as their locks read them: what each entry moves is decided here, and the
    // booking statement moves them (failing if one is not what was read).
    const results = sorted.map((e) => {
      const account = accounts.get(e.holderId)!;
      const points = movedPoints(account.balance, granted ? granted.get(e.holderId)! : e.points, floorAtZero, clearTo);
      const requested = e.requestedPoints ?? e.points;
      return {
        entry: e,
        account,
        points,
        balanceAfter: account.balance + points,
        requested,
        capped: Math.abs(points) < Math.abs(requested),
      };
    });
    // The lots' new rows and takes ride in the booking statement; what else they must follow, after it.
    const planned = this.keeper.plan(
      program,
      results.map((r, tx) => ({
        account: r.account,
        tx,
        before: r.balanceAfter - r.points,
        after: r.balanceAfter,
        occurredOn: entry.occurredOn,
      })),
    );
    const ids = await this.repo.book(
      m,
      this.meta(program, type, by, entry),
      results.map((r) => ({
        holderId: r.entry.holderId,
        requestedPoints: r.requested,
        points: r.points,
        capped: r.capped,
        noticeId: r.entry.noticeId ?? null,
        claimId: r.entry.claimId ?? null,
      })),
      results.flatMap((r, tx) =>
        r.points === 0
          ? []
          : [
              { tx, accountId: r.account.id, amount: r.points, balanceAfter: r.balanceAfter },
              { tx, accountId: counter.get(r.entry.regionId)!, amount: -r.points, balanceAfter: null },
            ],
      ),
      { balances: results.map((r) => ({ accountId: r.account.id, before: r.account.balance, delta: r.points })), parts: planned.parts },
    );
    await this.keeper.follow(
      m,
      program,
      planned.rest.map(({ tx, ...c }) => ({ ...c, transactionId: ids[tx] })),
    );
    if (sanction) {
      const until = suspensionEnd(sanction, entry.occurredOn);
      await this.sanctions.insert(
        m,
        results.map((r, i) => ({
          programId: program.id,
          holderId: r.entry.holderId,
          transactionId: ids[i],
          clears: sanction.clears,
          clearedPoints: Math.max(0, r.requested - r.points),
          suspendedUntil: until,
        })),
      );
    }
    const byHolder = new Map(results.map((r, i) => [r.entry.holderId, { r, id: ids[i] }]));
    return entries.map((e) => {
      const { r, id } = byHolder.get(e.holderId)!;
      return {
        holderId: e.holderId,
        transactionId: id,
        requestedPoints: r.requested,
        points: r.points,
        capped: r.capped,
        balanceAfter: r.balanceAfter,
      };
    });
  }

  /**
   * Takes what a cap allows for entries that post later (notices), atomically as `post` does: the
   * points granted per holder. `releaseCap` gives them back when such an entry is voided.
   */
  reserveCap(
    m: EntityManager,
    program: Program,
    cap: CapSpec,
    requests: { holderId: number; points: number }[],
  ): Promise<Map<number, number>> {
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
    original: { id: string; type: TransactionType; holderId: number | null; points: number },
    by: Provenance,
    entry: EntryContext,
    releaseCap: { ruleId: number; periodKey: string } | null,
  ): Promise<{ transactionId: string; points: number; balanceAfter: number | null }> {
    const postings = await this.repo.postingsOf(m, original.id);
    const holderPosting = postings.find((p) => p.kind === 'holder');
    let balanceAfter: number | null = null;
    let account: HolderAccount | undefined;
    if (holderPosting) {
      [account] = await this.repo.lockHolderAccounts(m, program.id, [original.holderId!]);
      const applied = await this.repo.applyDeltas(m, [{ accountId: holderPosting.accountId, delta: -holderPosting.amount }]);
      balanceAfter = applied.get(holderPosting.accountId)!;
    }
    if (releaseCap && original.holderId !== null && original.points > 0) {
      await this.repo.releaseCap(m, releaseCap.ruleId, original.holderId, releaseCap.periodKey, original.points);
    }
    const [id] = await this.repo.insertTransactions(m, this.meta(program, 'reversal', by, entry, original.id), [
      { holderId: original.holderId, requestedPoints: -original.points, points: -original.points, capped: false },
    ]);
    await this.repo.insertPostings(
      m,
      postings.map((p) => ({
        transactionId: id,
        accountId: p.accountId,
        amount: -p.amount,
        balanceAfter: p === holderPosting ? balanceAfter : null,
      })),
    );
    if (holderPosting && account) {
      // Reversing an award takes back its own lot first; reversing a deduction gives back what it took.
      const after = balanceAfter!;
      const before = after + holderPosting.amount;
      await this.keeper.follow(m, program, [
        {
          account,
          transactionId: id,
          before,
          after,
          occurredOn: entry.occurredOn,
          ...(original.type === 'award' ? { preferLotsOf: original.id } : { givesBackTo: original.id }),
        },
      ]);
    }
    if (original.type === 'deduction') await this.sanctions.lift(m, original.id, id);
    return { transactionId: id, points: -original.points, balanceAfter };
  }

  /**
   * A redemption: the holder pays `points` to the store's account, never touching its base
   * points (the conditional update refuses it). Throws INSUFFICIENT_POINTS with what is available.
   */
  async redeem(
    m: EntityManager,
    program: Program,
    holder: HolderRef,
    storeId: number,
    points: number,
    by: Provenance,
    entry: EntryContext,
    /**
     * What rides in the booking statement: its memo made there (the receipt number, whose counter
     * row every redemption at the store waits for, is then held only from the booking to the
     * commit) and the caller's own rows (the goods taken, the redemption), made once the points
     * are taken (knowing the balance after). A caller's check that
     * fails throws its own error, before the engine's. \`last\`: nothing follows the booking in
     * the transaction, whose COMMIT may then go right behind it (see \`endsTransaction\`).
     */
    booking: { memo?: BookingMemo; parts?: (spent: { balanceAfter: number }) => BookingPart[]; last?: boolean } = {},
  ): Promise<{ transactionId: string; balanceAfter: number }> {
    // The account locked and debited in one statement: no suspension (read under the lock, so one
    // committed by a deduction this waited for is seen), and the balance stays at or above the base.
    const held = await this.repo.lockAndDebitForRedemption(
      m,
      program.id,
      holder.holderId,
      storeId,
      points,
      program.basePoints,
      entry.occurredOn,
    );
    const locked = held.account;
    if (!locked || held.after === null) {
      // Refused: say why, as the counter's lookup would.
      const until = locked ? await this.sanctions.suspendedUntil(m, program.id, holder.holderId, entry.occurredOn) : null;
      const now = spendable({ balance: locked?.balance ?? program.basePoints, basePoints: program.basePoints, suspendedUntil: until });
      if (now.blocks.includes('REDEMPTION_SUSPENDED')) throw new DomainError('REDEMPTION_SUSPENDED', { until });
      throw new DomainError('INSUFFICIENT_POINTS', { needed: points, available: now.redeemable });
    }
    const storeAccount = held.storeAccount ?? (await this.repo.storeAccount(m, program.id, storeId));
    const accountId = locked.id;
    const balanceAfter = held.after;
    const planned = this.keeper.plan(program, [
      { account: locked, tx: 0, before: balanceAfter + points, after: balanceAfter, occurredOn: entry.occurredOn },
    ]);
    const [id] = await this.repo.book(
      m,
      this.meta(program, 'redemption', by, entry),
      [{ holderId: holder.holderId, requestedPoints: -points, points: -points, capped: false }],
      [
        { tx: 0, accountId, amount: -points, balanceAfter },
        { tx: 0, accountId: storeAccount, amount: points, balanceAfter: null },
      ],
      {
        parts: [...(booking.parts?.({ balanceAfter }) ?? []), ...planned.parts],
        memo: booking.memo,
        last: booking.last && planned.rest.length === 0,
      },
    );
    await this.keeper.follow(
      m,
      program,
      planned.rest.map((c) => ({ ...c, transactionId: id })),
    );
    return { transactionId: id, balanceAfter };
  }

  /** A refund: the store's account gives `points` back to the holder. */
  async refund(
    m: EntityManager,
    program: Program,
    holderId: number,
    storeId: number,
    points: number,
    by: Provenance,
    entry: EntryContext,
    redemptionTransactionId: string,
  ): Promise<{ transactionId: string; balanceAfter: number }> {
    const storeAccount = await this.repo.storeAccount(m, program.id, storeId);
    const [account] = await this.repo.lockHolderAccounts(m, program.id, [holderId]);
    const applied = await this.repo.applyDeltas(m, [{ accountId: account.id, delta: points }]);
    const balanceAfter = applied.get(account.id)!;
    const [id] = await this.repo.insertTransactions(m, this.meta(program, 'refund', by, entry), [
      { holderId, requestedPoints: points, points, capped: false },
    ]);
    await this.repo.insertPostings(m, [
      { transactionId: id, accountId: account.id, amount: points, balanceAfter },
      { transactionId: id, accountId: storeAccount, amount: -points, balanceAfter: null },
    ]);
    // The points go back to the lots the redemption took them from.
    await this.keeper.follow(m, program, [
      {
        account,
        transactionId: id,
        before: balanceAfter - points,
        after: balanceAfter,
        occurredOn: entry.occurredOn,
        givesBackTo: redemptionTransactionId,
      },
    ]);
    return { transactionId: id, balanceAfter };
  }

  /**
   * Expiry (DESIGN §2, lots): for each of these holder accounts, what is left of its lots due on
   * `day` moves to the program's expired account, one `expiry` transaction per holder. Under yearly
   * expiry up to the carry-over stays, as a new lot expiring at the next clearing. Reads the due
   * lots under the accounts' locks, so running it twice expires each lot once.
   */
  async expire(
    m: EntityManager,
    program: Program,
    accountIds: string[],
    day: string,
    by: Provenance,
  ): Promise<{ holders: number; points: number }> {
    const accounts = await this.repo.lockAccountsById(m, accountIds);
    const due = await this.lots.dueTotals(
      m,
      program,
      accounts.map((a) => a.id),
      day,
    );
    const carryOver = program.expiryPolicy === 'yearly' ? program.expiryCarryOver : 0;
    const expiring = accounts
      .filter((a) => (due.get(a.id) ?? 0) > 0)
      .map((a) => {
        const total = due.get(a.id)!;
        const kept = Math.min(carryOver, total);
        return { account: a, total, kept, expired: total - kept };
      });
    if (expiring.length === 0) return { holders: 0, points: 0 };
    const applied = await this.repo.applyDeltas(
      m,
      expiring.filter((e) => e.expired > 0).map((e) => ({ accountId: e.account.id, delta: -e.expired })),
    );
    const ids = await this.repo.insertTransactions(
      m,
      this.meta(program, 'expiry', by, { occurredOn: day, period: periodKey(day, program.periodKind), memo: kept(carryOver) }),
      expiring.map((e) => ({ holderId: e.account.holderId, requestedPoints: -e.total, points: -e.expired, capped: false })),
    );
    const expiredAccount = await this.repo.expiredAccount(m, program.id);
    await this.repo.insertPostings(
      m,
      expiring.flatMap((e, i) =>
        e.expired === 0
          ? []
          : [
              { transactionId: ids[i], accountId: e.account.id, amount: -e.expired, balanceAfter: applied.get(e.account.id)! },
              { transactionId: ids[i], accountId: expiredAccount, amount: e.expired, balanceAfter: null },
            ],
      ),
    );
    await this.lots.clearDue(
      m,
      program,
      expiring.map((e, i) => ({ accountId: e.account.id, transactionId: ids[i] })),
      day,
    );
    await this.lots.add(
      m,
      program,
      expiring
        .map((e, i) => ({
          accountId: e.account.id,
          holderId: e.account.holderId,
          regionId: e.account.regionId,
          transactionId: ids[i],
          points: e.kept,
          occurredOn: day,
        }))
        .filter((l) => l.points > 0),
    );
    return { holders: expiring.length, points: expiring.reduce((sum, e) => sum + e.expired, 0) };
  }

  /** A settlement: points move from the store's account to the program's settled account. */
  async settle(
    m: EntityManager,
    program: Program,
    storeId: number,
    points: number,
    by: Provenance,
    entry: EntryContext,
  ): Promise<string | null> {
    if (points === 0) return null;
    const storeAccount = await this.repo.storeAccount(m, program.id, storeId);
    const settled = await this.repo.settledAccount(m, program.id);
    const [id] = await this.repo.insertTransactions(m, this.meta(program, 'settlement', by, entry), [
      { holderId: null, requestedPoints: points, points: 0, capped: false },
    ]);
    await this.repo.insertPostings(m, [
      { transactionId: id, accountId: storeAccount, amount: -points, balanceAfter: null },
      { transactionId: id, accountId: settled, amount: points, balanceAfter: null },
    ]);
    return id;
  }
}

/**
 * The points an entry moves on a balance of \`balance\`: \`delta\`, except that with \`floorAtZero\` a
 * deduction stops at zero (扣完为止) and with \`clearTo\` it goes at least down to that balance (a
 * sanction clearing what lies above the base).
 */
export function movedPoints(balance: number, delta: number, floorAtZero: boolean, clearTo: number | null): number {
  const wanted = clearTo === null ? delta : Math.min(delta, clearTo - balance);
  return floorAtZero && balance + wanted < 0 ? -Math.max(balance, 0) : wanted;
}
