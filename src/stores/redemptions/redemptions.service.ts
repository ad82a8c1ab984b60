import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/auth/actor.js';
import { notFound } from '../../common/errors/domain-error.js';
import { maskName } from '../../common/pii.js';
import { HouseholdLookupsRepository } from '../../households/household-lookups.repository.js';
import type { ListPage } from '../../common/http/listing.js';
import { StoresService } from '../stores.service.js';
import type { ListRedemptionsQuery, ReceiptHouseholdView, RedemptionView, SettlementView } from './redemptions.dto.js';
import { RedemptionsRepository } from './redemptions.repository.js';
import { toRedemptionView } from './views.js';

/** Reading redemptions and settlements of the stores an actor may reach. */
@Injectable()
export class RedemptionsService {
  constructor(
    private readonly stores: StoresService,
    private readonly redemptions: RedemptionsRepository,
    private readonly households: HouseholdLookupsRepository,
  ) {}

  async list(actor: Actor, storeId: number, q: ListRedemptionsQuery): Promise<{ items: RedemptionView[]; total: number }> {
    await this.stores.get(actor, storeId);
    const { items, total } = await this.redemptions.list(storeId, q);
    const labels = await this.householdLabels(items.map((r) => r.householdId));
    return { items: items.map((r) => toRedemptionView(r, null, labels.get(r.householdId))), total };
  }

  async get(actor: Actor, id: string): Promise<RedemptionView> {
    const redemption = await this.redemptions.find(id);
    if (!redemption) throw notFound('redemption', id);
    await this.stores.get(actor, redemption.storeId);
    const labels = await this.householdLabels([redemption.householdId]);
    return toRedemptionView(redemption, null, labels.get(redemption.householdId));
  }

  /** Each household's number and masked head's name, as the counter shows them. */
  private async householdLabels(ids: number[]): Promise<Map<number, ReceiptHouseholdView>> {
    const rows = await this.households.labels([...new Set(ids)]);
    return new Map(rows.map((h) => [h.id, { householdNo: h.householdNo, headName: maskName(h.headName) }]));
  }

  /** A page of a store's settlements, newest first, and how many match. */
  async settlements(actor: Actor, storeId: number, page: ListPage): Promise<{ items: SettlementView[]; total: number }> {
    await this.stores.get(actor, storeId);
    const { items, total } = await this.redemptions.settlements(storeId, page);
    return { items: items.map(({ createdBy: _, ...s }) => s), total };
  }
}
