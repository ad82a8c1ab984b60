import { Injectable } from '@nestjs/common';
import { type Actor, type UserActor } from '../common/auth/actor.js';
import { DomainError, notFound } from '../common/errors/domain-error.js';
import { isUniqueViolation } from '../common/db/pg-errors.js';
import { newApiKey } from '../common/auth/api-keys.js';
import { RegionsService } from '../regions/regions.service.js';
import type { Device } from './device.entity.js';
import type { ListPage } from '../common/http/listing.js';
import { DevicesRepository } from './devices.repository.js';
import type { Store } from './store.entity.js';
import type { CreateStoreDto, DeviceSessionView, UpdateStoreDto } from './stores.dto.js';
import { ProgramsRepository, type ProgramWithPath } from '../programs/programs.repository.js';
import { StoresRepository, type StoreWithPath } from './stores.repository.js';
import { ChangeFeed, type ReadCache } from '../common/db/change-feed.js';

export type DeviceWithoutKey = Omit<Device, 'keyHash' | 'createdBy'>;

function withoutKey(d: Device): DeviceWithoutKey {
  const { keyHash: _k, createdBy: _c, ...rest } = d;
  return rest;
}

@Injectable()
export class StoresService {
  /** A store with its program, for the kiosk's hot paths (lookup, redemption): emptied on any change of stores, programs or regions. */
  private readonly withProgram: ReadCache<number, { store: StoreWithPath; program: ProgramWithPath | null } | null>;

  constructor(
    private readonly stores: StoresRepository,
    private readonly devices: DevicesRepository,
    private readonly regions: RegionsService,
    private readonly programs: ProgramsRepository,
    feed: ChangeFeed,
  ) {
    this.withProgram = feed.cache(['stores', 'programs', 'regions']);
  }

  async create(actor: UserActor, dto: CreateStoreDto): Promise<Store> {
    const region = await this.regions.getInScope(actor, dto.regionId);
    if (dto.programId !== undefined) await this.checkProgram(dto.programId, region.path);
    try {
      return await this.stores.insert({
        code: dto.code,
        name: dto.name,
        regionId: region.id,
        programId: dto.programId ?? null,
        refundWindowDays: dto.refundWindowDays ?? 7,
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw new DomainError('DUPLICATE_CODE', { code: dto.code });
      throw e;
    }
  }

  async update(actor: UserActor, id: number, dto: UpdateStoreDto): Promise<StoreWithPath> {
    const store = await this.get(actor, id);
    if (dto.programId !== undefined && dto.programId !== store.programId) {
      await this.checkProgram(dto.programId, store.regionPath);
      // Its redemptions, refunds and settlements are booked in the program's accounts.
      if (await this.stores.hasRedemptions(id)) throw new DomainError('STORE_PROGRAM_LOCKED', { storeId: id, programId: store.programId });
    }
    await this.stores.update(id, {
      ...(dto.name !== undefined ? { name: dto.name } : {}),
      ...(dto.programId !== undefined ? { programId: dto.programId } : {}),
      ...(dto.refundWindowDays !== undefined ? { refundWindowDays: dto.refundWindowDays } : {}),
    });
    return this.get(actor, id);
  }

  /** A store spends the points of a household program of its own county. */
  private async checkProgram(programId: number, regionPath: string): Promise<void> {
    const program = await this.programs.findProgram(programId);
    if (!program) throw notFound('program', programId);
    if (!regionPath.startsWith(program.countyPath)) throw new DomainError('OUT_OF_SCOPE', { programId });
    if (program.holderType !== 'household') throw new DomainError('PROGRAM_NOT_REDEEMABLE', { programId });
  }

  /** A store in the actor's subtree (a kiosk sees only its own store). */
  async get(actor: Actor, id: number): Promise<StoreWithPath> {
    const store = await this.stores.findWithPath(id);
    if (!store) throw notFound('store', id);
    this.assertReach(actor, store);
    return store;
  }

  /** The kiosk making the request and its store, for the counter page to bind to. */
  async deviceSession(actor: Actor): Promise<DeviceSessionView> {
    if (actor.kind !== 'device') throw new DomainError('FORBIDDEN', { reason: 'kiosk devices only' });
    const { store, program } = await this.getWithProgram(actor, actor.storeId);
    const region = await this.regions.get(store.regionId);
    return {
      device: { id: actor.id, name: actor.name },
      store: {
        id: store.id,
        code: store.code,
        name: store.name,
        regionId: store.regionId,
        regionName: region.name,
        programId: program?.id ?? null,
        programName: program?.name ?? null,
        refundWindowDays: store.refundWindowDays,
      },
    };
  }

  /** A store the actor may reach, with its program, in one round trip (the kiosk's and the counter's path). */
  async getWithProgram(actor: Actor, id: number): Promise<{ store: StoreWithPath; program: ProgramWithPath | null }> {
    const found = await this.withProgram.get(id, async () => {
      const store = await this.stores.findWithPath(id);
      if (!store) return null;
      return { store, program: store.programId === null ? null : await this.programs.findProgram(store.programId) };
    });
    if (!found) throw notFound('store', id);
    this.assertReach(actor, found.store);
    return found;
  }

  private assertReach(actor: Actor, store: StoreWithPath): void {
    if (actor.kind === 'device' ? actor.storeId !== store.id : !store.regionPath.startsWith(actor.regionPath)) {
      throw new DomainError('OUT_OF_SCOPE', { storeId: store.id });
    }
  }

  async list(actor: Actor, q: string | undefined, limit: number, offset: number): Promise<{ items: Store[]; total: number }> {
    const [items, total] = await this.stores.list(actor.regionPath, q, limit, offset);
    return { items, total };
  }

  async createDevice(actor: UserActor, storeId: number, name: string): Promise<DeviceWithoutKey & { apiKey: string }> {
    await this.get(actor, storeId);
    // The key embeds the device id, so insert first with a placeholder hash, then set it.
    const device = await this.devices.insert({ storeId, name, keyHash: '0'.repeat(64), createdBy: actor.id });
    const { apiKey, secretHash } = newApiKey(device.id);
    await this.devices.setKeyHash(device.id, secretHash);
    return { ...withoutKey(device), apiKey };
  }

  /** A page of a store's kiosks (name containing `q`, if given), oldest first, and how many match. */
  async listDevices(actor: UserActor, storeId: number, page: ListPage): Promise<{ items: DeviceWithoutKey[]; total: number }> {
    await this.get(actor, storeId);
    const { items, total } = await this.devices.pageForStore(storeId, page);
    return { items: items.map(withoutKey), total };
  }

  async revokeDevice(actor: UserActor, storeId: number, deviceId: number): Promise<DeviceWithoutKey> {
    await this.get(actor, storeId);
    const device = await this.devices.findById(deviceId);
    if (!device || device.storeId !== storeId) throw notFound('device', deviceId);
    if (!(await this.devices.revoke(deviceId))) throw new DomainError('ALREADY_REVOKED', { deviceId });
    return withoutKey((await this.devices.findById(deviceId))!);
  }
}
