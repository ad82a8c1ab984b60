import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { BookingMemo, BookingPart } from '../../ledger/ledger.repository.js';
import { toSafeInteger } from '../../common/db/bigint.transformer.js';
import { containing, type ListPage } from '../../common/http/listing.js';
import { Redemption, RedemptionLine, Refund, Settlement } from './redemption.entities.js';
import type { RedemptionView } from './redemptions.dto.js';

export type RedemptionWithLines = Redemption & { lines: RedemptionLine[]; refunds: Refund[] };

@Injectable()
export class RedemptionsRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * The receipt number of a redemption as the memo of its booking (\`<store>-<yyyymmdd>-<nnnn>\`,
   * numbered without gaps per store and day): the day's counter row, which every redemption at the
   * store waits for, is taken by the booking statement and held from it to the commit only.
   * Redemptions queue for it on an advisory lock of the store (7200, store id) first: a lock
   * waited for hands over to the next in line alone, where waiting on the row itself would wake
   * every waiting redemption at each commit to race for it again.
   */
  receiptInBooking(storeId: number, storeCode: string, day: string): BookingMemo {
    return (first) => {
      const $ = (i: number) => `$${first + i}`;
      return {
        sql: `receipt AS (
           INSERT INTO receipt_counters AS c (store_id, day, last_no)
           SELECT ${$(0)}::int, ${$(1)}::date, 1 FROM (SELECT pg_advisory_xact_lock(7200, ${$(0)}::int)) AS turn
           ON CONFLICT (store_id, day) DO UPDATE SET last_no = c.last_no + 1 RETURNING last_no),
         memo AS (SELECT ${$(2)}::text || '-' || lpad(last_no::text, greatest(4, length(last_no::text)), '0') AS memo FROM receipt)`,
        params: [storeId, day, `${storeCode}-${day.replaceAll('-', '')}`],
      };
    };
  }

  /**
   * The redemption of a booking with its lines and the stock movements of its tracked goods,
   * written by the booking statement: its receipt number is the booking's memo, the stock after
   * each movement comes from \`ItemsRepository.takeStockInBooking\`'s CTE (a part before this one).
   * The statement also makes the redemption as the API shows it (CTE \`response\`, column \`body\`,
   * with the household's \`balanceAfter\`), handed to \`done\`.
   */
  insertInBooking(
    redemption: Omit<Redemption, 'id' | 'createdAt' | 'settlementId' | 'transactionId' | 'receiptNo'>,
    balanceAfter: number,
    lines: Omit<RedemptionLine, 'id' | 'redemptionId' | 'refundedQuantity'>[],
    movements: { itemId: number; quantity: number; actorType: string; actorId: number | null }[],
    done: (view: RedemptionView) => void,
  ): BookingPart {
    return (numbered, first) => {
      const $ = (i: number) => `$${first + i}`;
      return {
        sql: `r AS (
           INSERT INTO redemptions (store_id, program_id, household_id, transaction_id, receipt_no, points, actor_type, actor_id)
           SELECT ${$(0)}::int, ${$(1)}::int, ${$(2)}::int, ${numbered}.id, (SELECT memo FROM memo), ${$(3)}::bigint, ${$(4)}::varchar, ${$(5)}::int
             FROM ${numbered} RETURNING *),
         l AS (
           INSERT INTO redemption_lines (redemption_id, item_id, sku, name, quantity, unit_points, points, refunded_quantity)
           SELECT r.id, u.item_id, u.sku, u.name, u.quantity, u.unit_points, u.points, 0
             FROM r, unnest(${$(6)}::int[], ${$(7)}::varchar[], ${$(8)}::varchar[], ${$(9)}::int[], ${$(10)}::bigint[], ${$(11)}::bigint[])
                  WITH ORDINALITY AS u(item_id, sku, name, quantity, unit_points, points, n)
            ORDER BY u.n
           RETURNING *),
         mv AS (
           INSERT INTO stock_movements (store_id, item_id, quantity, stock_after, kind, reason, funding_source, redemption_id, actor_type, actor_id)
           SELECT ${$(0)}::int, v.item_id, v.quantity, s.stock_after, 'redemption', r.receipt_no, NULL, r.id, v.actor_type, v.actor_id
             FROM r, unnest(${$(12)}::int[], ${$(13)}::int[], ${$(14)}::varchar[], ${$(15)}::int[]) WITH ORDINALITY AS v(item_id, quantity, actor_type, actor_id, n)
             JOIN stock_taken s ON s.item_id = v.item_id
            ORDER BY v.n),
         response AS (
           SELECT json_build_object(
                    'id', r.id::text, 'receiptNo', r.receipt_no, 'storeId', r.store_id, 'householdId', r.household_id,
                    'pointsSpent', r.points,
                    'balanceAfter', ${$(16)}::bigint,
                    'transactionId', r.transaction_id::text, 'settlementId', NULL,
                    'lines', (SELECT json_agg(json_build_object('id', l.id::text, 'sku', l.sku, 'name', l.name, 'quantity', l.quantity,
                                                                'unitPoints', l.unit_points, 'points', l.points, 'refundedQuantity', l.refunded_quantity)
                                              ORDER BY l.id) FROM l),
                    'refunds', '[]'::json,
                    'createdAt', to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) AS body
             FROM r)`,
        params: [
          redemption.storeId,
          redemption.programId,
          redemption.householdId,
          redemption.points,
          redemption.actorType,
          redemption.actorId,
          lines.map((l) => l.itemId),
          lines.map((l) => l.sku),
          lines.map((l) => l.name),
          lines.map((l) => l.quantity),
          lines.map((l) => l.unitPoints),
          lines.map((l) => l.points),
          movements.map((v) => v.itemId),
          movements.map((v) => v.quantity),
          movements.map((v) => v.actorType),
          movements.map((v) => v.actorId),
          balanceAfter,
        ],
        output: { sql: `SELECT body FROM response`, take: (body) => done(body as RedemptionView) },
      };
    };
  }

  async find(id: string, manager?: EntityManager): Promise<RedemptionWithLines | null> {
    const m = manager ?? this.db.manager;
    const redemption = await m.getRepository(Redemption).findOneBy({ id });
    if (!redemption) return null;
    const lines = await m.getRepository(RedemptionLine).find({ where: { redemptionId: id }, order: { id: 'ASC' } });
    const refunds = await m.getRepository(Refund).find({ where: { redemptionId: id }, order: { id: 'ASC' } });
    return { ...redemption, lines, refunds };
  }

  /**
   * A page of a store's redemptions, newest first, with their lines and refunds, and how many match:
   * in a time range, older than a cursor, by receipt number, or searched (`q`: any part of the
   * receipt number, or of the sku or name of goods on it).
   */
  async list(
    storeId: number,
    q: { from?: Date; to?: Date; limit: number; offset: number; before?: string; receiptNo?: string; q?: string },
  ): Promise<{ items: RedemptionWithLines[]; total: number }> {
    const { from, to, before, receiptNo } = q;
    const qb = this.db
      .getRepository(Redemption)
      .createQueryBuilder('r')
      .where('r.store_id = :storeId', { storeId })
      .orderBy('r.id', 'DESC')
      .take(q.limit)
      .skip(q.offset);
    if (receiptNo) qb.andWhere('r.receipt_no = :receiptNo', { receiptNo });
    if (from) qb.andWhere('r.created_at >= :from', { from });
    if (to) qb.andWhere('r.created_at < :to', { to });
    if (before) qb.andWhere('r.id < :before', { before });
    if (q.q) {
      qb.andWhere(
        `(r.receipt_no ILIKE :q OR EXISTS (SELECT 1 FROM redemption_lines l WHERE l.redemption_id = r.id AND (l.sku ILIKE :q OR l.name ILIKE :q)))`,
        { q: containing(q.q) },
      );
    }
    const [redemptions, total] = await qb.getManyAndCount();
    if (redemptions.length === 0) return { items: [], total };
    const ids = redemptions.map((r) => r.id);
    const lines = await this.db
      .getRepository(RedemptionLine)
      .createQueryBuilder('l')
      .where('l.redemption_id IN (:...ids)', { ids })
      .orderBy('l.id')
      .getMany();
    const refunds = await this.db
      .getRepository(Refund)
      .createQueryBuilder('f')
      .where('f.redemption_id IN (:...ids)', { ids })
      .orderBy('f.id')
      .getMany();
    const items = redemptions.map((r) => ({
      ...r,
      lines: lines.filter((l) => l.redemptionId === r.id),
      refunds: refunds.filter((f) => f.redemptionId === r.id),
    }));
    return { items, total };
  }

  /** Marks `quantity` more of a line as refunded, only while it stays within what was bought. */
  async refundLine(m: EntityManager, lineId: string, quantity: number): Promise<boolean> {
    const [rows] = (await m.query(
      `UPDATE redemption_lines SET refunded_quantity = refunded_quantity + $2 WHERE id = $1 AND refunded_quantity + $2 <= quantity RETURNING id`,
      [lineId, quantity],
    )) as [unknown[], number];
    return rows.length > 0;
  }

  async insertRefund(m: EntityManager, refund: Omit<Refund, 'id' | 'createdAt' | 'settlementId'>): Promise<Refund> {
    return m.getRepository(Refund).save(m.getRepository(Refund).create({ ...refund, settlementId: null }));
  }

  /**
   * Claims every unsettled redemption and refund of a store up to `upTo` for a settlement. Rows
   * claimed by a concurrent settlement are skipped, so each is settled at most once.
   */
  async claimForSettlement(
    m: EntityManager,
    storeId: number,
    programId: number,
    settlementId: string,
    upTo: Date,
  ): Promise<{ points: number; redemptions: number; refunds: number }> {
    const [redeemed] = (await m.query(
      `WITH claimed AS (
         UPDATE redemptions SET settlement_id = $2 WHERE store_id = $1 AND program_id = $4 AND settlement_id IS NULL AND created_at <= $3 RETURNING points
       ) SELECT count(*)::int AS n, COALESCE(sum(points), 0) AS points FROM claimed`,
      [storeId, settlementId, upTo, programId],
    )) as { n: number; points: string }[];
    const [refunded] = (await m.query(
      `WITH claimed AS (
         UPDATE refunds f SET settlement_id = $2
          WHERE f.store_id = $1 AND f.settlement_id IS NULL AND f.created_at <= $3
            AND EXISTS (SELECT 1 FROM redemptions r WHERE r.id = f.redemption_id AND r.program_id = $4)
         RETURNING f.points
       ) SELECT count(*)::int AS n, COALESCE(sum(points), 0) AS points FROM claimed`,
      [storeId, settlementId, upTo, programId],
    )) as { n: number; points: string }[];
    return { points: toSafeInteger(redeemed.points) - toSafeInteger(refunded.points), redemptions: redeemed.n, refunds: refunded.n };
  }

  insertSettlement(m: EntityManager, data: Omit<Settlement, 'id' | 'createdAt'>): Promise<Settlement> {
    return m.getRepository(Settlement).save(m.getRepository(Settlement).create(data));
  }

  async finishSettlement(
    m: EntityManager,
    id: string,
    patch: Pick<Settlement, 'points' | 'valueFen' | 'redemptionCount' | 'refundCount' | 'transactionId'>,
  ): Promise<void> {
    await m.getRepository(Settlement).update({ id }, patch);
  }

  findSettlement(id: string): Promise<Settlement | null> {
    return this.db.getRepository(Settlement).findOneBy({ id });
  }

  /** A page of a store's settlements, newest first (the one numbered `q`, if given), and how many match. */
  async settlements(storeId: number, page: ListPage): Promise<{ items: Settlement[]; total: number }> {
    const qb = this.db.getRepository(Settlement).createQueryBuilder('s').where('s.store_id = :storeId', { storeId });
    if (page.q) qb.andWhere('s.id = :id', { id: page.q });
    qb.orderBy('s.id', 'DESC').skip(page.offset);
    if (page.limit !== undefined) qb.take(page.limit);
    const [items, total] = await qb.getManyAndCount();
    return { items, total };
  }

  settledRedemptions(settlementId: string): Promise<Redemption[]> {
    return this.db.getRepository(Redemption).find({ where: { settlementId }, order: { id: 'ASC' } });
  }
}
