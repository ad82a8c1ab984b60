import { Injectable } from '@nestjs/common';
import { DataSource, In, type Repository } from 'typeorm';
import { HouseholdContact, NotificationChannel } from './message.entities.js';

/** The county's channels and the households' phone numbers for SMS. */
@Injectable()
export class ChannelsRepository {
  constructor(private readonly db: DataSource) {}

  insert(row: Omit<NotificationChannel, 'id' | 'createdAt' | 'updatedAt' | 'disabledAt'>): Promise<NotificationChannel> {
    return this.db.getRepository(NotificationChannel).save(row as NotificationChannel);
  }

  find(id: number): Promise<NotificationChannel | null> {
    return this.db.getRepository(NotificationChannel).findOneBy({ id });
  }

  findMany(ids: number[]): Promise<NotificationChannel[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.getRepository(NotificationChannel).createQueryBuilder('c').where('c.id IN (:...ids)', { ids }).getMany();
  }

  ofCounty(countyId: number): Promise<NotificationChannel[]> {
    return this.db.getRepository(NotificationChannel).find({ where: { countyId }, order: { id: 'ASC' } });
  }

  async update(id: number, patch: Partial<NotificationChannel>): Promise<void> {
    // jsonb settings are written whole.
    await this.db.getRepository(NotificationChannel).update({ id }, patch as Parameters<Repository<NotificationChannel>['update']>[1]);
  }

  /** Records (or replaces) the number; what was stored, read back from the same statement. */
  async setContact(row: Omit<HouseholdContact, 'setAt'>): Promise<{ phoneMasked: string; setAt: Date }> {
    const [stored] = (await this.db.query(
      `INSERT INTO household_contacts (household_id, phone_sealed, phone_masked, set_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (household_id) DO UPDATE SET phone_sealed = EXCLUDED.phone_sealed, phone_masked = EXCLUDED.phone_masked, set_by = EXCLUDED.set_by, set_at = now()
       RETURNING phone_masked AS "phoneMasked", set_at AS "setAt"`,
      [row.householdId, row.phoneSealed, row.phoneMasked, row.setBy],
    )) as { phoneMasked: string; setAt: Date }[];
    return stored;
  }

  async removeContact(householdId: number): Promise<boolean> {
    const [, count] = (await this.db.query(`DELETE FROM household_contacts WHERE household_id = $1`, [householdId])) as [unknown, number];
    return count > 0;
  }

  contacts(householdIds: number[]): Promise<HouseholdContact[]> {
    if (householdIds.length === 0) return Promise.resolve([]);
    return this.db.getRepository(HouseholdContact).findBy({ householdId: In(householdIds) });
  }

  contact(householdId: number): Promise<HouseholdContact | null> {
    return this.db.getRepository(HouseholdContact).findOneBy({ householdId });
  }
}
