import { Transform } from 'class-transformer';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, Length, Matches } from 'class-validator';
import { INT4_MAX, IsBigId, IsId, IsInstant, IsIntIn, NestedObjects, Optional, QueryIntIn } from '../../common/http/fields.js';
import { SKU } from '../items.dto.js';
import { StoreListPageQuery, trimmed } from '../stores.dto.js';

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
  @Optional()
  @IsId()
  householdId?: number;

  @ApiPropertyOptional({ description: 'The household card code scanned at the kiosk (or give householdId)' })
  @Optional()
  @IsString()
  @Length(4, 32)
  cardCode?: string;

  @ApiProperty({ description: 'What is taken, one line per item', type: [RedemptionLineInput] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @NestedObjects(() => RedemptionLineInput)
  lines: RedemptionLineInput[];
}

export class RefundLineInput {
  @ApiProperty({ description: 'Line id of the redemption' })
  @IsBigId()
  lineId: string;

  @ApiPropertyOptional({ description: 'Units brought back (default: all not yet refunded)' })
  @Optional()
  @IsIntIn(1, 1000)
  quantity?: number;
}

export class RefundDto {
  @ApiPropertyOptional({ description: 'Lines to refund; without it, everything not yet refunded', type: [RefundLineInput] })
  @Optional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @NestedObjects(() => RefundLineInput)
  lines?: RefundLineInput[];

  @ApiProperty({ description: 'Why the goods came back' })
  @IsString()
  @Length(1, 500)
  reason: string;
}

export class SettleDto {
  @ApiPropertyOptional({ description: 'Settle what was redeemed up to this instant (default: now)' })
  @Optional()
  @IsInstant()
  upTo?: Date;
}

export class ListRedemptionsQuery {
  @ApiPropertyOptional({ description: 'From this instant (inclusive)' })
  @Optional()
  @IsInstant()
  from?: Date;

  @ApiPropertyOptional({ description: 'Until this instant (exclusive)' })
  @Optional()
  @IsInstant()
  to?: Date;

  @ApiPropertyOptional({ description: 'Page size', default: 50, maximum: 500 })
  @Optional()
  @QueryIntIn(1, 500)
  limit = 50;

  @ApiPropertyOptional({ description: 'Rows to skip (after the cursor, if one is given)', default: 0 })
  @Optional()
  @QueryIntIn(0, INT4_MAX)
  offset = 0;

  @ApiPropertyOptional({
    description:
      'Search: any part of the receipt number (e.g. its sequence 0003), or of the code (sku) or name of goods on it (case-insensitive)',
    example: '0003',
  })
  @Optional()
  @trimmed
  @IsString()
  @Length(1, 64)
  q?: string;

  @ApiPropertyOptional({ description: 'Cursor: redemptions older than this id' })
  @Optional()
  @IsBigId()
  before?: string;

  @ApiPropertyOptional({ description: 'Only the redemption with this receipt number, as printed', example: 'S0001-20261201-0001' })
  @Optional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 64)
  receiptNo?: string;
}

export class ListSettlementsQuery extends StoreListPageQuery {
  @ApiPropertyOptional({ description: 'Search: a settlement number (its id)', example: '12' })
  @Optional()
  @trimmed
  @IsBigId()
  q?: string;
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

export class RefundLineView {
  @ApiProperty({ description: 'Line id of the redemption' }) lineId: string;
  @ApiProperty({ description: 'Item code' }) sku: string;
  @ApiProperty({ description: 'Units brought back' }) quantity: number;
  @ApiProperty({ description: 'Points given back for them' }) points: number;
}

export class RefundView {
  @ApiProperty({ description: 'Refund id' }) id: string;
  @ApiProperty({ description: 'Redemption id' }) redemptionId: string;
  @ApiProperty({ description: 'Store id' }) storeId: number;
  @ApiProperty({ description: 'Ledger transaction id' }) transactionId: string;
  @ApiProperty({ description: 'Points given back' }) points: number;
  @ApiProperty({ description: 'Who made it: a staff user or a store kiosk', enum: ['user', 'device'] }) actorType: 'user' | 'device';
  @ApiProperty({ description: 'Id of that user or kiosk device' }) actorId: number;
  @ApiProperty({ description: 'Why' }) reason: string;
  @ApiProperty({ description: 'Lines and units refunded', type: () => [RefundLineView] }) lines: RefundLineView[];
  @ApiProperty({ description: 'Settlement that covered it', type: String, nullable: true }) settlementId: string | null;
  @ApiProperty({ description: 'When' }) createdAt: Date;
}

export class ReceiptHouseholdView {
  @ApiProperty({ description: 'Household number in its village' }) householdNo: string;
  @ApiProperty({ description: "The head's name, masked (张*华) as the counter shows it" }) headName: string;
}

export class RedemptionView {
  @ApiProperty({ description: 'Redemption id' }) id: string;
  @ApiProperty({ description: 'Receipt number: store code, date, sequence' }) receiptNo: string;
  @ApiProperty({ description: 'Store id' }) storeId: number;
  @ApiProperty({ description: 'Household id' }) householdId: number;
  @ApiPropertyOptional({
    description: 'The household as the store may see it: on lists and single receipts, not on a fresh sale',
    type: ReceiptHouseholdView,
  })
  household?: ReceiptHouseholdView;
  @ApiProperty({ description: 'Points spent' }) pointsSpent: number;
  @ApiProperty({ description: 'Balance after (for a fresh redemption; null in listings)', type: Number, nullable: true }) balanceAfter:
    number | null;
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
  @ApiProperty({ description: 'Ledger transaction id (null when nothing was settled)', type: String, nullable: true }) transactionId:
    string | null;
  @ApiProperty({ description: 'When' }) createdAt: Date;
}

export class CounterHouseholdView {
  @ApiProperty({ description: 'Household id' }) id: number;
  @ApiProperty({ description: 'Card code' }) cardCode: string;
  @ApiProperty({ description: 'Household number' }) householdNo: string;
  @ApiProperty({ description: 'Head of household, masked (张*三)' }) headNameMasked: string;
}

export class ItemLimitView {
  @ApiProperty({ description: 'Units a household may take' }) quantity: number;
  @ApiProperty({ description: 'Per month, quarter or year', enum: ['month', 'quarter', 'year'] }) per: string;
}

export class ShelfItemView {
  @ApiProperty({ description: 'Item code' }) sku: string;
  @ApiProperty({ description: 'Name' }) name: string;
  @ApiProperty({ description: 'Price in points' }) pointsPrice: number;
  @ApiProperty({ description: 'Units in stock; null when stock is not tracked', type: Number, nullable: true }) stock: number | null;
  @ApiProperty({ description: 'Limit per household; null when unlimited', type: ItemLimitView, nullable: true })
  limit: ItemLimitView | null;
  @ApiProperty({ description: 'Units this household may still take under the limit; null when unlimited', type: Number, nullable: true })
  remaining: number | null;
}

export class CounterExpiringView {
  @ApiProperty({ description: 'Points that expire on that day unless spent first' }) points: number;
  @ApiProperty({ description: 'The first day they are expired (YYYY-MM-DD)' }) on: string;
}

export class KioskLookupView {
  @ApiProperty({ description: 'The household', type: CounterHouseholdView }) household: CounterHouseholdView;
  @ApiProperty({ description: 'Balance' }) balance: number;
  @ApiProperty({ description: 'Base points (not redeemable)' }) basePoints: number;
  @ApiProperty({ description: 'Points that may be spent now' }) redeemable: number;
  @ApiProperty({ description: 'Signed points under public notice (公示): shown, not spendable until they post' }) pending: number;
  @ApiProperty({ description: 'The program period now', example: '2026-Q4' }) period: string;
  @ApiProperty({ description: 'Awards minus deductions booked this period' }) earnedThisPeriod: number;
  @ApiProperty({
    description: 'Why the household cannot redeem now (empty when it can); REDEMPTION_SUSPENDED: a sanction, see suspendedUntil',
    enum: ['NO_REDEEMABLE_POINTS', 'BELOW_BASE', 'REDEMPTION_SUSPENDED'],
    isArray: true,
  })
  blocks: string[];
  @ApiProperty({
    description: 'Last day redemption is suspended by a sanction (取消兑换资格); null when it is not',
    type: String,
    nullable: true,
    example: '2027-12-31',
  })
  suspendedUntil: string | null;
  @ApiProperty({
    description: "The soonest expiry of the household's points within 90 days; null when none expire that soon",
    type: CounterExpiringView,
    nullable: true,
  })
  expiring: CounterExpiringView | null;
  @ApiProperty({ description: 'Goods offered, with what is left of each limited item', type: [ShelfItemView] }) items: ShelfItemView[];
}

export class DayReportItemView {
  @ApiProperty({ description: 'Item code' }) sku: string;
  @ApiProperty({ description: 'Name' }) name: string;
  @ApiProperty({ description: 'Units redeemed' }) quantity: number;
  @ApiProperty({ description: 'Units refunded' }) refundedQuantity: number;
  @ApiProperty({ description: 'Points, redeemed minus refunded' }) points: number;
}

export class DayReportView {
  @ApiProperty({ description: 'Store id' }) storeId: number;
  @ApiProperty({ description: 'Day (YYYY-MM-DD) in the program timezone' }) date: string;
  @ApiProperty({ description: 'Redemptions that day' }) redemptions: number;
  @ApiProperty({ description: 'Points redeemed' }) redeemedPoints: number;
  @ApiProperty({ description: 'Refunds that day' }) refunds: number;
  @ApiProperty({ description: 'Points refunded' }) refundedPoints: number;
  @ApiProperty({ description: 'Redeemed minus refunded' }) netPoints: number;
  @ApiProperty({ description: 'Fen per point' }) pointValueFen: number;
  @ApiProperty({ description: 'Value of the net points in fen' }) valueFen: number;
  @ApiProperty({ description: 'Per item', type: [DayReportItemView] }) items: DayReportItemView[];
}

export class StockLineView {
  @ApiProperty({ description: 'Item code' }) sku: string;
  @ApiProperty({ description: 'Name' }) name: string;
  @ApiProperty({ description: 'Price in points' }) pointsPrice: number;
  @ApiProperty({ description: 'Units in stock; null when not tracked', type: Number, nullable: true }) stock: number | null;
  @ApiProperty({ description: 'Low-stock threshold' }) lowStockAt: number;
  @ApiProperty({ description: 'At or below the threshold' }) low: boolean;
  @ApiProperty({ description: 'Offered at the moment' }) active: boolean;
}

export class MonthTotalsView {
  @ApiProperty({ description: 'Redemptions' }) redemptions: number;
  @ApiProperty({ description: 'Points redeemed' }) redeemedPoints: number;
  @ApiProperty({ description: 'Refunds' }) refunds: number;
  @ApiProperty({ description: 'Points refunded' }) refundedPoints: number;
  @ApiProperty({ description: 'Redeemed minus refunded' }) netPoints: number;
  @ApiProperty({ description: 'Value of the net points in fen' }) valueFen: number;
}

export class MonthDayView extends MonthTotalsView {
  @ApiProperty({ description: 'Day (YYYY-MM-DD) in the program timezone' }) date: string;
}

export class MonthReportView {
  @ApiProperty({ description: 'Store id' }) storeId: number;
  @ApiProperty({ description: 'Month (YYYY-MM) in the program timezone', example: '2026-11' }) month: string;
  @ApiProperty({ description: 'Fen per point' }) pointValueFen: number;
  @ApiProperty({ description: 'Each day with a redemption or a refund, in order', type: [MonthDayView] }) days: MonthDayView[];
  @ApiProperty({ description: 'The month in all', type: MonthTotalsView }) totals: MonthTotalsView;
  @ApiProperty({ description: 'Goods redeemed in the month', type: [DayReportItemView] }) items: DayReportItemView[];
}
