import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Program } from '../programs/program.entity.js';
import type { BookingPart, HolderAccount } from './ledger.repository.js';
import { LotsRepository, type NewLotOfBooking, type TakeOfBooking } from './lots.repository.js';

/** A holder balance change of one transaction, for the lots that must follow it. */
export interface LotChange {
  account: Pick<HolderAccount, 'id' | 'holderId' | 'regionId'>;
  transactionId: string;
  /** The balance before and after the change. */
  before: number;
  after: number;
  occurredOn: string;
  /** Take from this transaction's own lot first (reversing an award). */
  preferLotsOf?: string;
  /** Give back to the lots this transaction took from (a refund, reversing a deduction). */
  givesBackTo?: string;
}

/** A change of a transaction not inserted yet: named by its index in the booking. */
export type PlannedLotChange = Omit<LotChange, 'transactionId'> & { tx: number };

/**
 * Keeps the earning lots in step with the holder balances the ledger engine changes (DESIGN §2,
 * lots): called by the engine alone, inside its transaction, on accounts it has locked.
 */
@Injectable()
export class LotKeeper {
  constructor(private readonly lots: LotsRepository) {}

  /** Redeemable points of a balance: what lies above the base, never negative. Open lots sum to it. */
  private redeemable(program: Program, balance: number): number {
    return Math.max(0, balance - program.basePoints);
  }

  /**
   * Splits changes of transactions about to be booked: the new lots of rises that give nothing
   * back (awards) and the takes of falls that prefer no lots (deductions, redemptions) go into
   * the booking statement itself (\`parts\`); the rest must \`follow\` once the transactions exist.
   * Lots and balances end as \`follow\` alone would leave them.
   */
  plan(program: Program, changes: PlannedLotChange[]): { parts: BookingPart[]; rest: PlannedLotChange[] } {
    const added: NewLotOfBooking[] = [];
    const takes: TakeOfBooking[] = [];
    const rest: PlannedLotChange[] = [];
    for (const c of changes) {
      const delta = this.redeemable(program, c.after) - this.redeemable(program, c.before);
      if (delta > 0 && !c.givesBackTo)
        added.push({
          tx: c.tx,
          accountId: c.account.id,
          holderId: c.account.holderId,
          regionId: c.account.regionId,
          points: delta,
          occurredOn: c.occurredOn,
        });
      else if (delta < 0 && !c.preferLotsOf) takes.push({ tx: c.tx, accountId: c.account.id, amount: -delta });
      else if (delta !== 0) rest.push(c);
    }
    // A statement sees the lots as they were before it: lots it adds cannot be taken in it too.
    if (added.length > 0 && takes.length > 0)
      return { parts: [this.lots.addInBooking(program, added)], rest: changes.filter((c) => !added.some((a) => a.tx === c.tx)) };
    const parts = [
      ...(added.length > 0 ? [this.lots.addInBooking(program, added)] : []),
      ...(takes.length > 0 ? [this.lots.takeInBooking(takes)] : []),
    ];
    return { parts, rest };
  }

  /**
   * Makes the lots follow the balance changes: a rise of the redeemable balance is a new lot (or
   * gives back to the lots a reversed or refunded transaction took); a fall takes from open lots,
   * oldest expiry first. Throws (rolling everything back) if the lots cannot follow.
   */
  async follow(m: EntityManager, program: Program, changes: LotChange[]): Promise<void> {
    const takes = [];
    const added = [];
    for (const c of changes) {
      const delta = this.redeemable(program, c.after) - this.redeemable(program, c.before);
      if (delta < 0)
        takes.push({ accountId: c.account.id, amount: -delta, transactionId: c.transactionId, preferLotsOf: c.preferLotsOf ?? null });
      if (delta <= 0) continue;
      const given = c.givesBackTo ? await this.lots.giveBack(m, c.account.id, delta, c.transactionId, c.givesBackTo) : 0;
      if (delta > given)
        added.push({
          accountId: c.account.id,
          holderId: c.account.holderId,
          regionId: c.account.regionId,
          transactionId: c.transactionId,
          points: delta - given,
          occurredOn: c.occurredOn,
        });
    }
    await this.lots.add(m, program, added);
    const taken = await this.lots.take(m, takes);
    const short = takes.filter((t) => taken.get(t.accountId) !== t.amount);
    if (short.length > 0) throw new Error(`lots out of step with balances: accounts ${short.map((t) => t.accountId).join(', ')}`);
  }
}
