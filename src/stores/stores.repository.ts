import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { containing } from '../common/http/listing.js';
import { Store } from './store.entity.js';

export type StoreWithPath = Store & { regionPath: string };

@Injectable()
export class StoresRepository {
  constructor(private readonly db: DataSource) {}

  /** Inserts a store; without a code it gets `S` + its zero-padded id. */
  async insert(
    data: { code?: string; name: string; regionId: number; programId: number | null; refundWindowDays: number },
    manager?: EntityManager,
  ): Promise<Store> {
    const inTransaction = <T>(work: (m: EntityManager) => Promise<T>) => (manager ? work(manager) : this.db.transaction(work));
    return inTransaction(async (m) => {
      const [{ id }] = (await m.query(
        `INSERT INTO stores (code, name, region_id, program_id, refund_window_days) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [
          data.code ?? `tmp-${process.pid}-${Date.now()}-${Math.random()}`.slice(0, 32),
          data.name,
          data.regionId,
          data.programId,
          data.refundWindowDays,
        ],
      )) as { id: number }[];
      if (!data.code) await m.query(`UPDATE stores SET code = 'S' || lpad(id::text, 4, '0') WHERE id = $1`, [id]);
      return (await m.getRepository(Store).findOneBy({ id }))!;
    });
  }

  findByCode(code: string, manager?: EntityManager): Promise<Store | null> {
    return (manager ?? this.db.manager).getRepository(Store).findOneBy({ code });
  }

  async findWithPath(id: number): Promise<StoreWithPath | null> {
    const rows = (await this.db.query(
      `SELECT s.id, s.code, s.name, s.region_id AS "regionId", s.program_id AS "programId", s.refund_window_days AS "refundWindowDays",
              s.created_at AS "createdAt", r.path AS "regionPath"
         FROM stores s JOIN regions r ON r.id = s.region_id WHERE s.id = $1`,
      [id],
    )) as StoreWithPath[];
    return rows[0] ?? null;
  }

  async hasRedemptions(id: number): Promise<boolean> {
    const rows = (await this.db.query(`SELECT 1 FROM redemptions WHERE store_id = $1 LIMIT 1`, [id])) as unknown[];
    return rows.length > 0;
  }

  async update(id: number, patch: Partial<Pick<Store, 'name' | 'programId' | 'refundWindowDays'>>, manager?: EntityManager): Promise<void> {
    // An empty PATCH changes nothing (TypeORM refuses an UPDATE without values).
    if (Object.keys(patch).length === 0) return;
    await (manager ?? this.db.manager).getRepository(Store).update({ id }, patch);
  }

  /** A page of the stores under `path` (name or code containing `q`, if given), and how many match. */
  list(path: string, q: string | undefined, limit: number, offset: number): Promise<[Store[], number]> {
    const qb = this.db
      .getRepository(Store)
      .createQueryBuilder('s')
      .innerJoin('regions', 'r', 'r.id = s.region_id')
      .where('r.path LIKE :p', { p: `${path}%` });
    if (q) qb.andWhere('(s.name ILIKE :q OR s.code ILIKE :q)', { q: containing(q) });
    return qb.orderBy('s.id', 'ASC').take(limit).skip(offset).getManyAndCount();
  }
}
