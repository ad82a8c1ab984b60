import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Length, Matches } from 'class-validator';
import { INT4_MAX, IsId, IsIntIn, Optional, QueryIntIn } from '../common/http/fields.js';
import { CODE_PATTERN } from '../regions/regions.dto.js';

export class CreateStoreDto {
  @ApiPropertyOptional({ description: 'Unique store code used in receipt numbers; generated (S0001, …) when left out', example: 'SML-01' })
  @Optional()
  @Matches(CODE_PATTERN, { message: 'code must be 1-32 letters, digits, _ or -' })
  code?: string;

  @ApiProperty({ description: 'Name of the love supermarket', example: '上木拉乡爱心超市' })
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiProperty({ description: 'Region whose households may redeem here' })
  @IsId()
  regionId: number;

  @ApiPropertyOptional({ description: 'The household points program spent here (needed before the first redemption)' })
  @Optional()
  @IsId()
  programId?: number;

  @ApiPropertyOptional({ description: 'Days after a redemption during which goods may be brought back', default: 7 })
  @Optional()
  @IsIntIn(0, 365)
  refundWindowDays?: number;
}

export class UpdateStoreDto {
  @ApiPropertyOptional({ description: 'New name' })
  @Optional()
  @IsString()
  @Length(1, 100)
  name?: string;

  @ApiPropertyOptional({ description: 'The household points program spent here' })
  @Optional()
  @IsId()
  programId?: number;

  @ApiPropertyOptional({ description: 'Refund window in days' })
  @Optional()
  @IsIntIn(0, 365)
  refundWindowDays?: number;
}

/** A search word, spaces around it dropped. */
export const trimmed = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

export class ListStoresQuery {
  @ApiPropertyOptional({ description: 'Search: store name or code, any part of it (case-insensitive)', example: '上木拉' })
  @Optional()
  @trimmed
  @IsString()
  @Length(1, 64)
  q?: string;

  @ApiPropertyOptional({ description: 'Page size', default: 50, maximum: 500 })
  @Optional()
  @QueryIntIn(1, 500)
  limit = 50;

  @ApiPropertyOptional({ description: 'Rows to skip', default: 0 })
  @Optional()
  @QueryIntIn(0, INT4_MAX)
  offset = 0;
}

/**
 * Paging of a store list that answered every row before it paged (goods, settlements, kiosks):
 * still every row unless `limit` is given. The answer's X-Total-Count says how many match.
 */
export class StoreListPageQuery {
  @ApiPropertyOptional({ description: 'Page size; every row when left out', maximum: 500 })
  @Optional()
  @QueryIntIn(1, 500)
  limit?: number;

  @ApiPropertyOptional({ description: 'Rows to skip', default: 0 })
  @Optional()
  @QueryIntIn(0, INT4_MAX)
  offset = 0;
}

export class ListDevicesQuery extends StoreListPageQuery {
  @ApiPropertyOptional({ description: 'Search: kiosk name, any part of it (case-insensitive)', example: '收银台' })
  @Optional()
  @trimmed
  @IsString()
  @Length(1, 100)
  q?: string;
}

export class StoreView {
  @ApiProperty({ description: 'Store id' }) id: number;
  @ApiProperty({ description: 'Unique store code' }) code: string;
  @ApiProperty({ description: 'Name' }) name: string;
  @ApiProperty({ description: 'Region served' }) regionId: number;
  @ApiProperty({ description: 'Program spent here', type: Number, nullable: true }) programId: number | null;
  @ApiProperty({ description: 'Refund window in days' }) refundWindowDays: number;
  @ApiProperty({ description: 'When it was created' }) createdAt: Date;
}

export class StorePage {
  @ApiProperty({ description: 'Stores of this page', type: [StoreView] }) items: StoreView[];
  @ApiProperty({ description: 'Total stores in your subtree' }) total: number;
}

export class CreateDeviceDto {
  @ApiProperty({ description: 'Name of the kiosk, e.g. where it stands', example: '收银台1' })
  @IsString()
  @Length(1, 100)
  name: string;
}

export class DeviceView {
  @ApiProperty({ description: 'Device id' }) id: number;
  @ApiProperty({ description: 'Store the kiosk belongs to' }) storeId: number;
  @ApiProperty({ description: 'Name' }) name: string;
  @ApiProperty({ description: 'When it was created' }) createdAt: Date;
  @ApiProperty({ description: 'When its key was revoked; null while active', type: Date, nullable: true }) revokedAt: Date | null;
  @ApiProperty({ description: 'Last request made with its key (to the minute)', type: Date, nullable: true }) lastUsedAt: Date | null;
}

export class CreatedDeviceView extends DeviceView {
  @ApiProperty({ description: 'The API key for the `X-Api-Key` header. Shown only in this response; store it on the kiosk.' })
  apiKey: string;
}

export class SessionDeviceView {
  @ApiProperty({ description: 'Device id' }) id: number;
  @ApiProperty({ description: 'Name of the kiosk', example: '收银台1' }) name: string;
}

export class SessionStoreView {
  @ApiProperty({ description: 'Store id' }) id: number;
  @ApiProperty({ description: 'Unique store code' }) code: string;
  @ApiProperty({ description: 'Name' }) name: string;
  @ApiProperty({ description: 'Region served' }) regionId: number;
  @ApiProperty({ description: 'Name of the region served' }) regionName: string;
  @ApiProperty({ description: 'Program spent here', type: Number, nullable: true }) programId: number | null;
  @ApiProperty({ description: 'Name of that program', type: String, nullable: true }) programName: string | null;
  @ApiProperty({ description: 'Refund window in days (a counter refunds only today’s receipts)' }) refundWindowDays: number;
}

export class DeviceSessionView {
  @ApiProperty({ description: 'The kiosk whose key made the request', type: SessionDeviceView }) device: SessionDeviceView;
  @ApiProperty({ description: 'Its store', type: SessionStoreView }) store: SessionStoreView;
}
