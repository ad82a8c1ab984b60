import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { Device } from './device.entity.js';
import { containing, type ListPage } from '../common/http/listing.js';
import { ChangeFeed, type ReadCache } from '../common/db/change-feed.js';

export interface DeviceCredentials {
  id: number;
  name: string;
  storeId: number;
  keyHash: string;
  regionId: number;
  regionPath: string;
}

@Injectable()
export class DevicesRepository {
  /** Active devices by id, for the key check on every kiosk request: emptied on any change of devices, stores or regions (a revocation). */
  private readonly active: ReadCache<number, DeviceCredentials | null>;

  constructor(
    private readonly db: DataSource,
    feed: ChangeFeed = ChangeFeed.off(),
  ) {
    this.active = feed.cache(['devices', 'stores', 'regions']);
  }

  private get repo() {
    return this.db.getRepository(Device);
  }

  insert(data: Pick<Device, 'storeId' | 'name' | 'keyHash' | 'createdBy'>): Promise<Device> {
    return this.repo.save(this.repo.create(data));
  }

  async setKeyHash(id: number, keyHash: string): Promise<void> {
    await this.repo.update({ id }, { keyHash });
  }

  findById(id: number): Promise<Device | null> {
    return this.repo.findOneBy({ id });
  }

  listForStore(storeId: number): Promise<Device[]> {
    return this.repo.find({ where: { storeId }, order: { id: 'ASC' } });
  }

  /** A page of a store's kiosks, oldest first (name containing `q`, if given), and how many match. */
  async pageForStore(storeId: number, page: ListPage): Promise<{ items: Device[]; total: number }> {
    const qb = this.repo.createQueryBuilder('d').where('d.store_id = :storeId', { storeId });
    if (page.q) qb.andWhere('d.name ILIKE :q', { q: containing(page.q) });
    qb.orderBy('d.id', 'ASC').skip(page.offset);
    if (page.limit !== undefined) qb.take(page.limit);
    const [items, total] = await qb.getManyAndCount();
    return { items, total };
  }

  /** An active (not revoked) device with its store's region, for authenticating its key. */
  findActive(id: number): Promise<DeviceCredentials | null> {
    return this.active.get(id, () => this.readActive(id));
  }

  private async readActive(id: number): Promise<DeviceCredentials | null> {
    const rows = (await this.db.query(
      `SELECT d.id, d.name, d.store_id AS "storeId", d.key_hash AS "keyHash", s.region_id AS "regionId", r.path AS "regionPath"
         FROM devices d JOIN stores s ON s.id = d.store_id JOIN regions r ON r.id = s.region_id
        WHERE d.id = $1 AND d.revoked_at IS NULL`,
      [id],
    )) as DeviceCredentials[];
    return rows[0] ?? null;
  }

  /** Marks a device revoked; false when it already was. */
  async revoke(id: number): Promise<boolean> {
    const result = await this.repo.update({ id, revokedAt: IsNull() }, { revokedAt: () => 'now()' } as never);
    return (result.affected ?? 0) > 0;
  }

  private readonly touchedAt = new Map<number, number>();

  /** Records use at most once a minute per device, to keep the hot path write-free. */
  async touch(id: number): Promise<void> {
    const now = Date.now();
    if (now - (this.touchedAt.get(id) ?? 0) < 60_000) return;
    this.touchedAt.set(id, now);
    await this.db.query(
      `UPDATE devices SET last_used_at = now() WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
      [id],
    );
  }
}
