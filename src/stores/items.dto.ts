import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsString, Length, Matches, NotEquals } from 'class-validator';
import { IsIntIn, NestedObject, Nullable, Optional } from '../common/http/fields.js';
import { FUNDING_SOURCES, MOVEMENT_KINDS, type FundingSource, type MovementKind } from './store-item.entity.js';
import { StoreListPageQuery, trimmed } from './stores.dto.js';

export const SKU = /^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/;

export class ItemLimitDto {
  @ApiProperty({ description: 'Most units one household may take per period', example: 2 })
  @IsIntIn(1, 10000)
  quantity: number;

  @ApiProperty({ description: 'Limit period', enum: ['month', 'quarter', 'year'] })
  @IsIn(['month', 'quarter', 'year'])
  per: 'month' | 'quarter' | 'year';
}

export class CreateItemDto {
  @ApiProperty({ description: 'Code of the item, unique in the store', example: 'OIL-5L' })
  @Matches(SKU, { message: 'sku must be 1-32 letters, digits, _ or -' })
  sku: string;

  @ApiProperty({ description: 'Name', example: '食用油 5L' })
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiProperty({ description: 'Price in points', example: 85 })
  @IsIntIn(1, 1_000_000)
  pointsPrice: number;

  @ApiProperty({ description: 'Units on the shelf now (recorded as the initial stock movement)', example: 20 })
  @IsIntIn(0, 1_000_000)
  stock: number;

  @ApiPropertyOptional({ description: 'False for a service such as a fee offset: no stock is counted', default: true })
  @Optional()
  @IsBoolean()
  tracksStock?: boolean;

  @ApiPropertyOptional({ description: 'Whether it can be redeemed now', default: true })
  @Optional()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ description: 'Per-household limit per period', type: ItemLimitDto })
  @Optional()
  @NestedObject(() => ItemLimitDto)
  limit?: ItemLimitDto;

  @ApiPropertyOptional({ description: 'Stock at or below this is reported as low', default: 5 })
  @Optional()
  @IsIntIn(0, 1_000_000)
  lowStockAt?: number;
}

export class UpdateItemDto {
  @ApiPropertyOptional({ description: 'New name' })
  @Optional()
  @IsString()
  @Length(1, 100)
  name?: string;

  @ApiPropertyOptional({ description: 'New price in points (past redemptions keep theirs)' })
  @Optional()
  @IsIntIn(1, 1_000_000)
  pointsPrice?: number;

  @ApiPropertyOptional({ description: 'Offer it or take it off the shelf' })
  @Optional()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ description: 'New per-household limit; null removes it', type: ItemLimitDto, nullable: true })
  @Nullable()
  @NestedObject(() => ItemLimitDto)
  limit?: ItemLimitDto | null;

  @ApiPropertyOptional({ description: 'New low-stock threshold' })
  @Optional()
  @IsIntIn(0, 1_000_000)
  lowStockAt?: number;
}

export class StockMovementDto {
  @ApiProperty({ description: 'Item code' })
  @Matches(SKU, { message: 'sku must be 1-32 letters, digits, _ or -' })
  sku: string;

  @ApiProperty({ description: 'Positive to restock, negative to adjust down (breakage, expiry, count correction)', example: 20 })
  @IsIntIn(-1_000_000, 1_000_000)
  @NotEquals(0)
  quantity: number;

  @ApiProperty({ description: 'Why', example: '爱心企业捐赠' })
  @IsString()
  @Length(1, 200)
  reason: string;

  @ApiPropertyOptional({ description: 'Who paid for a restock (required when quantity > 0)', enum: FUNDING_SOURCES })
  @Optional()
  @IsIn(FUNDING_SOURCES)
  fundingSource?: FundingSource;
}

export class ListItemsQuery extends StoreListPageQuery {
  @ApiPropertyOptional({ description: 'Search: item code (sku) or name, any part of it (case-insensitive)', example: '大米' })
  @Optional()
  @trimmed
  @IsString()
  @Length(1, 100)
  q?: string;
}

export class ItemView {
  @ApiProperty({ description: 'Item id' }) id: number;
  @ApiProperty({ description: 'Store id' }) storeId: number;
  @ApiProperty({ description: 'Item code' }) sku: string;
  @ApiProperty({ description: 'Name' }) name: string;
  @ApiProperty({ description: 'Price in points' }) pointsPrice: number;
  @ApiProperty({ description: 'Units on the shelf' }) stock: number;
  @ApiProperty({ description: 'Whether stock is counted' }) tracksStock: boolean;
  @ApiProperty({ description: 'Whether it can be redeemed now' }) active: boolean;
  @ApiProperty({ description: 'Per-household limit quantity', type: Number, nullable: true }) limitQuantity: number | null;
  @ApiProperty({ description: 'Per-household limit period', enum: ['month', 'quarter', 'year'], nullable: true }) limitPer:
    'month' | 'quarter' | 'year' | null;
  @ApiProperty({ description: 'Low-stock threshold' }) lowStockAt: number;
  @ApiProperty({ description: 'When it was added' }) createdAt: Date;
  @ApiProperty({ description: 'Last change' }) updatedAt: Date;
}

export class StockMovementView {
  @ApiProperty({ description: 'Movement id' }) id: string;
  @ApiProperty({ description: 'Store id' }) storeId: number;
  @ApiProperty({ description: 'Item id' }) itemId: number;
  @ApiProperty({ description: 'Signed quantity' }) quantity: number;
  @ApiProperty({ description: 'Stock after the movement' }) stockAfter: number;
  @ApiProperty({ description: 'initial, restock, adjustment, redemption or refund', enum: MOVEMENT_KINDS }) kind: MovementKind;
  @ApiProperty({ description: 'Why', type: String, nullable: true }) reason: string | null;
  @ApiProperty({ description: 'Who paid for a restock', enum: FUNDING_SOURCES, nullable: true }) fundingSource: FundingSource | null;
  @ApiProperty({ description: 'The redemption (or its refund) that moved the stock', type: String, nullable: true }) redemptionId:
    string | null;
  @ApiProperty({ description: 'Who moved it: user, device or system', enum: ['user', 'device', 'system'] }) actorType:
    'user' | 'device' | 'system';
  @ApiProperty({ description: 'User or device id', type: Number, nullable: true }) actorId: number | null;
  @ApiProperty({ description: 'When' }) createdAt: Date;
}
