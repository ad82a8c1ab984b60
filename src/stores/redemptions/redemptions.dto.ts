import { Transform } from 'class-transformer';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, Length, Matches } from 'class-validator';
import { IsBigId, IsId, IsInstant, IsIntIn, NestedObjects, Optional, QueryIntIn } from '../../common/http/fields.js';
import { SKU } from '../items.dto.js';

export class RedemptionLineInput {
  @ApiProperty({ description: 'Item code', example: 'RICE-10KG' })
  @Matches(SKU, { message: 'sku must be 1-32 letters, digits, _ or -' })
  sku: string;

  @ApiProperty({ description: 'Units', example: 1 })
  @IsIntIn(1, 1000)
  quantity: number;
}

export class RedeemDto {
  @ApiPropertyOptional({ description: 'The household (or give cardCode)' })
  @Optional() @IsId()
  householdId?: number;

  @ApiPropertyOptional({ description: 'The household card code scanned at the kiosk (or give householdId)' })
  @Optional() @IsString() @Length(4, 32)
  cardCode?: string;

  @ApiProperty({ description: 'What is taken, one line per item', type: [RedemptionLineInput] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @NestedObjects(() => RedemptionLineInput)
  lines: RedemptionLineInput[];
}

export class RefundLineInput {
  @ApiProperty({ description: 'Line id of the redemption' })
  @IsBigId()
  lineId: string;

  @ApiPropertyOptional({ description: 'Units brought back (default: all not yet refunded)' })
  @Optional() @IsIntIn(1, 1000)
  quantity?: number;
}

export class RefundDto {
  @ApiPropertyOptional({ description: 'Lines to refund; without it, everything not yet refunded', type: [RefundLineInput] })
  @Optional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @NestedObjects(() => RefundLineInput)
  lines?: RefundLineInput[];

  @ApiProperty({ description: 'Why the goods came back' })
  @IsString() @Length(1, 500)
  reason: string;
}

export class SettleDto {
  @ApiPropertyOptional({ description: 'Settle what was redeemed up to this instant (default: now)' })
  @Optional() @IsInstant()
  upTo?: Date;
}

export class ListRedemptionsQuery {
  @ApiPropertyOptional({ description: 'From this instant (inclusive)' })
  @Optional() @IsInstant()
  from?: Date;

  @ApiPropertyOptional({ description: 'Until this instant (exclusive)' })
  @Optional() @IsInstant()
  to?: Date;

  @ApiPropertyOptional({ description: 'Page size', default: 50, maximum: 500 })
  @Optional() @QueryIntIn(1, 500)
  limit = 50;

  @ApiPropertyOptional({ description: 'Cursor: redemptions older than this id' })
  @Optional() @IsBigId()
  before?: string;

  @ApiPropertyOptional({ description: 'Only the redemption with this receipt number, as printed', example: 'S0001-20261201-0001' })
  @Optional() @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value)) @IsString() @Length(1, 64)
  receiptNo?: string;
}

export class RedemptionLineView {
  @ApiProperty({ description: 'Line id (for refunds)' }) id: string;
  @ApiProperty({ description: 'Item code' }) sku: string;
  @ApiProperty({ description: 'Item name' }) name: string;
  @ApiProperty({ description: 'Units' }) quantity: number;
  @ApiProperty({ description: 'Price per unit in points at the time' }) unitPoints: number;
  @ApiProperty({ description: 'Points of the line' }) points: number;
  @ApiProperty({ description: 'Units refunded so far' }) refundedQuantity: number;
}

export class RefundView {
  @ApiProperty({ description: 'Refund id' }) id: string;
  @ApiProperty({ description: 'Redemption id' }) redemptionId: string;
  @ApiProperty({ description: 'Ledger transaction id' }) transactionId: string;
  @ApiProperty({ description: 'Points given back' }) points: number;
  @ApiProperty({ description: 'Why' }) reason: string;
  @ApiProperty({ description: 'Lines and units refunded', type: 'array', items: { type: 'object' } }) lines: object[];
  @ApiProperty({ description: 'Settlement that covered it', type: String, nullable: true }) settlementId: string | null;
  @ApiProperty({ description: 'When' }) createdAt: Date;
}

export class RedemptionView {
  @ApiProperty({ description: 'Redemption id' }) id: string;
  @ApiProperty({ description: 'Receipt number: store code, date, sequence' }) receiptNo: string;
  @ApiProperty({ description: 'Store id' }) storeId: number;
  @ApiProperty({ description: 'Household id' }) householdId: number;
  @ApiProperty({ description: 'Points spent' }) pointsSpent: number;
  @ApiProperty({ description: 'Balance after (for a fresh redemption; null in listings)', type: Number, nullable: true }) balanceAfter: number | null;
  @ApiProperty({ description: 'Ledger transaction id' }) transactionId: string;
  @ApiProperty({ description: 'Settlement that covered it', type: String, nullable: true }) settlementId: string | null;
  @ApiProperty({ description: 'Lines', type: [RedemptionLineView] }) lines: RedemptionLineView[];
  @ApiProperty({ description: 'Refunds made on it', type: [RefundView] }) refunds: RefundView[];
  @ApiProperty({ description: 'When' }) createdAt: Date;
}

export class RefundResult {
  @ApiProperty({ description: 'The refund', type: RefundView }) refund: RefundView;
  @ApiProperty({ description: 'Household balance after' }) balanceAfter: number;
}

export class SettlementView {
  @ApiProperty({ description: 'Settlement id' }) id: string;
  @ApiProperty({ description: 'Store id' }) storeId: number;
  @ApiProperty({ description: 'Program id' }) programId: number;
  @ApiProperty({ description: 'Points settled (redeemed minus refunded)' }) points: number;
  @ApiProperty({ description: 'Fen per point used' }) pointValueFen: number;
  @ApiProperty({ description: 'Value in fen to reimburse to the store' }) valueFen: number;
  @ApiProperty({ description: 'Redemptions covered' }) redemptionCount: number;
  @ApiProperty({ description: 'Refunds covered' }) refundCount: number;
  @ApiProperty({ description: 'Covers what happened up to this instant' }) upTo: Date;
  @ApiProperty({ description: 'Ledger transaction id (null when nothing was settled)', type: String, nullable: true }) transactionId: string | null;
  @ApiProperty({ description: 'When' }) createdAt: Date;
}
