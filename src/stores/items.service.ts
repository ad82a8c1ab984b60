import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor, UserActor } from '../common/auth/actor.js';
import { DomainError, invalidField, notFound } from '../common/errors/domain-error.js';
import { isUniqueViolation } from '../common/db/pg-errors.js';
import type { ListPage } from '../common/http/listing.js';
import type { CreateItemDto, StockMovementDto, UpdateItemDto } from './items.dto.js';
import { ItemsRepository } from './items.repository.js';
import type { StockMovement, StoreItem } from './store-item.entity.js';
import { StoresService } from './stores.service.js';

@Injectable()
export class ItemsService {
  constructor(
    private readonly db: DataSource,
    private readonly items: ItemsRepository,
    private readonly stores: StoresService,
  ) {}

  async create(actor: UserActor, storeId: number, dto: CreateItemDto): Promise<StoreItem> {
    await this.stores.get(actor, storeId);
    const tracksStock = dto.tracksStock ?? true;
    try {
      return await this.db.transaction(async (m) => {
        const item = await this.items.insert(m, {
          storeId,
          sku: dto.sku,
          name: dto.name,
          pointsPrice: dto.pointsPrice,
          stock: tracksStock ? dto.stock : 0,
          tracksStock,
          active: dto.active ?? true,
          limitQuantity: dto.limit?.quantity ?? null,
          limitPer: dto.limit?.per ?? null,
          lowStockAt: dto.lowStockAt ?? 5,
        });
        if (item.stock > 0) {
          await this.items.insertMovements(m, [
            {
              storeId,
              itemId: item.id,
              quantity: item.stock,
              stockAfter: item.stock,
              kind: 'initial',
              reason: null,
              fundingSource: null,
              redemptionId: null,
              actorType: 'user',
              actorId: actor.id,
            },
          ]);
        }
        return item;
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw new DomainError('DUPLICATE_SKU', { sku: dto.sku });
      throw e;
    }
  }

  async update(actor: UserActor, storeId: number, sku: string, dto: UpdateItemDto): Promise<StoreItem> {
    const item = await this.get(actor, storeId, sku);
    await this.items.update(item.id, {
      ...(dto.name !== undefined ? { name: dto.name } : {}),
      ...(dto.pointsPrice !== undefined ? { pointsPrice: dto.pointsPrice } : {}),
      ...(dto.active !== undefined ? { active: dto.active } : {}),
      ...(dto.lowStockAt !== undefined ? { lowStockAt: dto.lowStockAt } : {}),
      ...(dto.limit !== undefined ? { limitQuantity: dto.limit?.quantity ?? null, limitPer: dto.limit?.per ?? null } : {}),
    });
    return (await this.items.findBySku(storeId, sku))!;
  }

  async get(actor: Actor, storeId: number, sku: string): Promise<StoreItem> {
    await this.stores.get(actor, storeId);
    const item = await this.items.findBySku(storeId, sku);
    if (!item) throw notFound('item', sku);
    return item;
  }

  /** A page of a store's goods by sku (all of them unless a limit is given), and how many match. */
  async list(actor: Actor, storeId: number, page: ListPage): Promise<{ items: StoreItem[]; total: number }> {
    await this.stores.get(actor, storeId);
    return this.items.page(storeId, page);
  }

  /** A restock (with its funding source) or an adjustment (with a reason); stock never goes below zero. */
  async move(actor: UserActor, storeId: number, dto: StockMovementDto): Promise<{ item: StoreItem; movement: StockMovement }> {
    const item = await this.get(actor, storeId, dto.sku);
    if (dto.quantity > 0 && !dto.fundingSource) {
      throw invalidField('fundingSource', 'fundingSource is required for a restock', 'isDefined');
    }
    if (!item.tracksStock) {
      throw invalidField('sku', `${dto.sku} does not count stock`, 'tracksStock');
    }
    return this.db.transaction(async (m) => {
      const stockAfter = await this.items.moveStock(m, item.id, dto.quantity);
      if (stockAfter === null) {
        const now = (await this.items.findBySku(storeId, dto.sku, m))!;
        throw new DomainError('STOCK_WOULD_GO_NEGATIVE', { sku: dto.sku, available: now.stock, quantity: dto.quantity });
      }
      const movement = await this.items.insertMovement(m, {
        storeId,
        itemId: item.id,
        quantity: dto.quantity,
        stockAfter,
        kind: dto.quantity > 0 ? 'restock' : 'adjustment',
        reason: dto.reason,
        fundingSource: dto.fundingSource ?? null,
        redemptionId: null,
        actorType: 'user',
        actorId: actor.id,
      });
      return { item: { ...item, stock: stockAfter }, movement };
    });
  }

  async movements(actor: Actor, storeId: number, sku: string, limit: number, offset = 0): Promise<StockMovement[]> {
    const item = await this.get(actor, storeId, sku);
    return this.items.movements(item.id, limit, offset);
  }
}
