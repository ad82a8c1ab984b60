import { ApiProperty } from '@nestjs/swagger';
import { TreeHeadResponse } from '../../transparency/transparency.dto.js';

/** JSON answers of the reports. Points and fen are integers; shares are percentages rounded to 2 decimals for display. */

export class StoreMonthView {
  @ApiProperty({ description: 'Store id' }) storeId!: number;
  @ApiProperty({ description: 'Store code' }) storeCode!: string;
  @ApiProperty({ description: 'Store name' }) storeName!: string;
  @ApiProperty({ description: 'Month (YYYY-MM) in the store program timezone', example: '2026-07' }) month!: string;
  @ApiProperty({ description: "Fen per point of the store's program" }) pointValueFen!: number;
  @ApiProperty({ description: 'Redemptions made in the month' }) redemptions!: number;
  @ApiProperty({ description: 'Points spent by those redemptions' }) redeemedPoints!: number;
  @ApiProperty({ description: 'Their value in fen (points × point value)' }) redeemedValueFen!: number;
  @ApiProperty({ description: 'Refunds made in the month (of redemptions of any month)' }) refunds!: number;
  @ApiProperty({ description: 'Points given back by those refunds' }) refundedPoints!: number;
  @ApiProperty({ description: 'Their value in fen' }) refundedValueFen!: number;
  @ApiProperty({ description: 'Redeemed minus refunded points' }) netPoints!: number;
  @ApiProperty({ description: 'Net value in fen' }) netValueFen!: number;
}

export class RedemptionTotalsView {
  @ApiProperty({ description: 'Redemptions' }) redemptions!: number;
  @ApiProperty({ description: 'Points redeemed' }) redeemedPoints!: number;
  @ApiProperty({ description: 'Value redeemed in fen' }) redeemedValueFen!: number;
  @ApiProperty({ description: 'Refunds' }) refunds!: number;
  @ApiProperty({ description: 'Points refunded' }) refundedPoints!: number;
  @ApiProperty({ description: 'Value refunded in fen' }) refundedValueFen!: number;
  @ApiProperty({ description: 'Net points' }) netPoints!: number;
  @ApiProperty({ description: 'Net value in fen' }) netValueFen!: number;
}

export class RedemptionsReportView {
  @ApiProperty({ description: 'Region covered' }) regionId!: number;
  @ApiProperty({ description: 'Its name' }) regionName!: string;
  @ApiProperty({ description: 'First month, included', example: '2026-01' }) from!: string;
  @ApiProperty({ description: 'Last month, included', example: '2026-06' }) to!: string;
  @ApiProperty({ description: 'One row per store and month with redemptions or refunds, by store code then month', type: [StoreMonthView] })
  rows!: StoreMonthView[];
  @ApiProperty({ description: 'Sums over the rows', type: RedemptionTotalsView }) totals!: RedemptionTotalsView;
}

export class ParticipationTotalView {
  @ApiProperty({
    description:
      'Households registered (now): every household of the village (or grid, or region), whether or not it has an account in the program yet; the liability report counts the same',
  })
  households!: number;
  @ApiProperty({ description: 'Households with at least one award or deduction in the period (not reversed in it)' })
  participating!: number;
  @ApiProperty({ description: 'participating / households in percent, 2 decimals; null without households', type: Number, nullable: true })
  sharePercent!: number | null;
  @ApiProperty({ description: 'Households taking part in the previous period' }) previousParticipating!: number;
  @ApiProperty({ description: 'Their share in percent; null without households', type: Number, nullable: true }) previousSharePercent!:
    number | null;
  @ApiProperty({
    description: 'Change of the share in percentage points (trend), 2 decimals; null without households',
    type: Number,
    nullable: true,
  })
  changePercentPoints!: number | null;
}

export class ParticipationVillageView extends ParticipationTotalView {
  @ApiProperty({ description: 'Village id' }) villageId!: number;
  @ApiProperty({ description: 'Village code' }) villageCode!: string;
  @ApiProperty({ description: 'Village name' }) villageName!: string;
  @ApiProperty({ description: 'Its township', type: String, nullable: true }) townshipName!: string | null;
}

export class ParticipationGridView extends ParticipationTotalView {
  @ApiProperty({ description: 'Village id' }) villageId!: number;
  @ApiProperty({ description: 'Village code' }) villageCode!: string;
  @ApiProperty({ description: 'Village name' }) villageName!: string;
  @ApiProperty({ description: 'Grid id; null for the households of the village not placed in a grid', type: Number, nullable: true })
  gridId!: number | null;
  @ApiProperty({ description: 'Grid code', type: String, nullable: true }) gridCode!: string | null;
  @ApiProperty({ description: 'Grid name (网格 / 村民小组)', type: String, nullable: true }) gridName!: string | null;
}

export class ParticipationReportView {
  @ApiProperty({ description: 'Program' }) programId!: number;
  @ApiProperty({ description: 'Region covered' }) regionId!: number;
  @ApiProperty({ description: 'Its name' }) regionName!: string;
  @ApiProperty({ description: 'The period', example: '2026-Q3' }) period!: string;
  @ApiProperty({ description: 'The period before it, for the trend', example: '2026-Q2' }) previousPeriod!: string;
  @ApiProperty({ description: 'Whether grids were asked for (by=grid)', example: false }) byGrid!: boolean;
  @ApiProperty({ description: 'Villages of the region, by code', type: [ParticipationVillageView] }) villages!: ParticipationVillageView[];
  @ApiProperty({
    description:
      "With by=grid: each grid of each village (by village code, then grid code), then the village's households in no grid; null otherwise",
    type: [ParticipationGridView],
    nullable: true,
  })
  grids!: ParticipationGridView[] | null;
  @ApiProperty({ description: 'The whole region', type: ParticipationTotalView }) total!: ParticipationTotalView;
}

export class LiabilityAmountView {
  @ApiProperty({
    description:
      'Households registered (now): every household of the village (or region), whether or not it has an account in the program yet; the participation report counts the same',
  })
  households!: number;
  @ApiProperty({
    description: 'Redeemable points: sum over the households of max(0, balance − base points); a household without an account holds 0',
  })
  outstandingPoints!: number;
  @ApiProperty({ description: 'Their value in fen (points × point value)' }) outstandingValueFen!: number;
}

export class LiabilityVillageView extends LiabilityAmountView {
  @ApiProperty({ description: 'Village id' }) villageId!: number;
  @ApiProperty({ description: 'Village code' }) villageCode!: string;
  @ApiProperty({ description: 'Village name' }) villageName!: string;
}

export class StockSourceView {
  @ApiProperty({
    description: "Funding source of the goods (a stock movement's funding_source; 'unspecified' when none)",
    example: 'donation',
  })
  fundingSource!: string;
  @ApiProperty({ description: 'The source in Chinese', example: '社会捐赠' }) fundingSourceName!: string;
  @ApiProperty({ description: 'Units on the shelves attributed to the source (latest receipts first)' }) quantity!: number;
  @ApiProperty({ description: 'Their points price' }) points!: number;
  @ApiProperty({ description: 'Their value in fen (points × point value)' }) valueFen!: number;
}

export class StockTotalView {
  @ApiProperty({ description: 'Units on the shelves' }) quantity!: number;
  @ApiProperty({ description: 'Their points price' }) points!: number;
  @ApiProperty({ description: 'Their value in fen' }) valueFen!: number;
}

export class SettledView {
  @ApiProperty({ description: "Settlements of the region's stores" }) settlements!: number;
  @ApiProperty({ description: 'Points settled' }) points!: number;
  @ApiProperty({ description: 'Value settled in fen (at the point value of each settlement)' }) valueFen!: number;
  @ApiProperty({ description: 'Net points redeemed and not settled yet' }) unsettledPoints!: number;
  @ApiProperty({ description: 'Their value in fen' }) unsettledValueFen!: number;
}

export class LiabilityReportView {
  @ApiProperty({ description: 'Program' }) programId!: number;
  @ApiProperty({ description: 'Region covered' }) regionId!: number;
  @ApiProperty({ description: 'Its name' }) regionName!: string;
  @ApiProperty({ description: 'Base points of every household (never redeemable)' }) basePoints!: number;
  @ApiProperty({ description: 'Fen per point' }) pointValueFen!: number;
  @ApiProperty({ description: 'Villages of the region, by code', type: [LiabilityVillageView] }) villages!: LiabilityVillageView[];
  @ApiProperty({ description: 'The whole region', type: LiabilityAmountView }) total!: LiabilityAmountView;
  @ApiProperty({ description: "Goods in stock at the program's stores of the region, by funding source", type: [StockSourceView] })
  stock!: StockSourceView[];
  @ApiProperty({ description: 'All goods in stock', type: StockTotalView }) stockTotal!: StockTotalView;
  @ApiProperty({ description: 'Goods in stock minus outstanding points, in fen (negative: the goods do not cover what is owed)' })
  coverageFen!: number;
  @ApiProperty({ description: "What the region's stores were settled and still await", type: SettledView }) settled!: SettledView;
}

export class ExpiringRowView {
  @ApiProperty({ description: 'Village id' }) villageId!: number;
  @ApiProperty({ description: 'Village code' }) villageCode!: string;
  @ApiProperty({ description: 'Village name' }) villageName!: string;
  @ApiProperty({
    description: 'Month of the expiry date (the first day the points are gone); overdue lots count in the first month',
    example: '2027-01',
  })
  month!: string;
  @ApiProperty({ description: 'Points that expire then (what is left of the open lots)' }) points!: number;
  @ApiProperty({ description: 'Their value in fen' }) valueFen!: number;
  @ApiProperty({ description: 'Households with such points' }) households!: number;
}

export class ExpiringMonthView {
  @ApiProperty({ description: 'Month (YYYY-MM)' }) month!: string;
  @ApiProperty({ description: 'Points expiring in the region' }) points!: number;
  @ApiProperty({ description: 'Their value in fen' }) valueFen!: number;
}

export class ExpiringReportView {
  @ApiProperty({ description: 'Program' }) programId!: number;
  @ApiProperty({ description: 'Region covered' }) regionId!: number;
  @ApiProperty({ description: 'Its name' }) regionName!: string;
  @ApiProperty({ description: 'The months covered, the current one first', type: [String] }) months!: string[];
  @ApiProperty({ description: 'Per village and month with points expiring, by village code then month', type: [ExpiringRowView] })
  rows!: ExpiringRowView[];
  @ApiProperty({ description: 'Per month over the region (every month, zero included)', type: [ExpiringMonthView] })
  totals!: ExpiringMonthView[];
  @ApiProperty({ description: 'Points expiring in the months covered' }) totalPoints!: number;
  @ApiProperty({ description: 'Their value in fen' }) totalValueFen!: number;
}

export class StaffRuleView {
  @ApiProperty({ description: 'Rule id', type: Number, nullable: true }) ruleId!: number | null;
  @ApiProperty({ description: 'Rule code', type: String, nullable: true }) ruleCode!: string | null;
  @ApiProperty({ description: 'Rule name (its latest version)', type: String, nullable: true }) ruleName!: string | null;
  @ApiProperty({ description: 'Rule category', type: String, nullable: true }) category!: string | null;
  @ApiProperty({ description: 'Entries the user made under it' }) entries!: number;
  @ApiProperty({ description: 'Their points (signed)' }) points!: number;
  @ApiProperty({ description: 'Households they went to' }) households!: number;
}

export class StaffActivityUserView {
  @ApiProperty({ description: 'Staff user id' }) userId!: number;
  @ApiProperty({ description: 'User name' }) username!: string;
  @ApiProperty({ description: 'Display name' }) displayName!: string;
  @ApiProperty({ description: 'Role' }) role!: string;
  @ApiProperty({ description: 'Awards and deductions made by the user in the period' }) entries!: number;
  @ApiProperty({ description: 'Awards among them' }) awards!: number;
  @ApiProperty({ description: 'Deductions among them' }) deductions!: number;
  @ApiProperty({ description: 'Points awarded' }) awardPoints!: number;
  @ApiProperty({ description: 'Points deducted (negative)' }) deductionPoints!: number;
  @ApiProperty({ description: 'Awarded plus deducted points as absolute values' }) absolutePoints!: number;
  @ApiProperty({ description: 'Households the entries went to' }) households!: number;
  @ApiProperty({ description: 'Absolute points that went to the 3 households that got the most from the user' }) top3Points!: number;
  @ApiProperty({ description: 'top3Points / absolutePoints in percent, 2 decimals', type: Number, nullable: true }) top3SharePercent!:
    number | null;
  @ApiProperty({
    description: "The household the user lives in, as declared (or recorded by a manager); null: none of the county's, or nothing declared",
    type: Number,
    nullable: true,
  })
  ownHouseholdId!: number | null;
  @ApiProperty({ description: 'The related households (亲属户) the user declared, ascending', type: [Number] })
  relatedHouseholdIds!: number[];
  @ApiProperty({ description: 'When the user last declared their own and related households; null: never', type: Date, nullable: true })
  declaredAt!: Date | null;
  @ApiProperty({ description: 'Entries the user made to their own or a related household (as declared now)' }) ownHouseholdEntries!: number;
  @ApiProperty({ description: 'Their points (signed)' }) ownHouseholdPoints!: number;
  @ApiProperty({ description: 'Per rule, most entries first', type: [StaffRuleView] }) rules!: StaffRuleView[];
}

export class SecurityAlarmView {
  @ApiProperty({ description: 'Alarm id' }) id!: number;
  @ApiProperty({
    description: '`pin_guessing`: wrong resident PINs on many cards of the county within an hour (someone may be guessing PINs)',
    enum: ['pin_guessing'],
  })
  kind!: string;
  @ApiProperty({ description: 'When it was raised' }) raisedAt!: Date;
  @ApiProperty({ description: 'Cards with a wrong PIN in the hour before' }) cards!: number;
  @ApiProperty({ description: 'The count of cards that raises it' }) threshold!: number;
}

export class StaffActivityReportView {
  @ApiProperty({ description: 'Program' }) programId!: number;
  @ApiProperty({ description: 'Region covered (the households the entries went to)' }) regionId!: number;
  @ApiProperty({ description: 'Its name' }) regionName!: string;
  @ApiProperty({ description: 'The period', example: '2026-Q3' }) period!: string;
  @ApiProperty({
    description: 'Outliers first: entries to their own or related households, then the top-3 share, then absolute points, then user id',
    type: [StaffActivityUserView],
  })
  users!: StaffActivityUserView[];
  @ApiProperty({
    description: "The county's security alarms of the last 90 days, newest first (at most 20): for the auditor to look into",
    type: [SecurityAlarmView],
  })
  alarms!: SecurityAlarmView[];
}

export class LedgerBookLineView {
  @ApiProperty({ description: 'Posting id (booking order)' }) postingId!: string;
  @ApiProperty({ description: 'Transaction id' }) transactionId!: string;
  @ApiProperty({ description: "Day it was booked (YYYY-MM-DD, the program's timezone): it puts the line in a year's book" })
  recordedOn!: string;
  @ApiProperty({ description: 'Day of the deed (YYYY-MM-DD); a deed of late December may be booked in January' }) occurredOn!: string;
  @ApiProperty({ description: 'Transaction type: opening, award, deduction, reversal, redemption, refund, expiry …' }) type!: string;
  @ApiProperty({ description: "Category: the rule's, or the type's name for entries without a rule (兑换, 退货, 冲正 …)" })
  category!: string;
  @ApiProperty({ description: 'Rule code', type: String, nullable: true }) ruleCode!: string | null;
  @ApiProperty({ description: 'Rule name, or the type in Chinese' }) item!: string;
  @ApiProperty({ description: 'The member who did the deed', type: String, nullable: true }) memberName!: string | null;
  @ApiProperty({ description: 'Memo or reason', type: String, nullable: true }) memo!: string | null;
  @ApiProperty({ description: 'Points (signed)' }) points!: number;
  @ApiProperty({ description: 'Running balance after the line' }) balanceAfter!: number;
}

export class LedgerBookCategoryView {
  @ApiProperty({ description: 'Category' }) category!: string;
  @ApiProperty({ description: 'Lines in it' }) entries!: number;
  @ApiProperty({ description: 'Their points (signed)' }) points!: number;
}

export class LedgerBookHouseholdView {
  @ApiProperty({ description: 'Household id' }) id!: number;
  @ApiProperty({ description: 'Household number' }) householdNo!: string;
  @ApiProperty({ description: 'Head of the household' }) headName!: string;
  @ApiProperty({ description: 'Village id' }) villageId!: number;
  @ApiProperty({ description: 'Village name' }) villageName!: string;
}

export class LedgerBookView {
  @ApiProperty({ description: 'Program' }) programId!: number;
  @ApiProperty({ description: 'Program name' }) programName!: string;
  @ApiProperty({ description: 'Year', example: '2026' }) year!: string;
  @ApiProperty({ description: 'The household', type: LedgerBookHouseholdView }) household!: LedgerBookHouseholdView;
  @ApiProperty({ description: 'Balance the year opens with: the closing balance of the year before (0 before the account opened)' })
  openingBalance!: number;
  @ApiProperty({ description: 'Balance after the last line booked in the year (openingBalance + added + taken)' }) closingBalance!: number;
  @ApiProperty({ description: 'The lines booked in the year, in booking order, each with its deed day', type: [LedgerBookLineView] })
  lines!: LedgerBookLineView[];
  @ApiProperty({ description: 'Totals per category, in order of first appearance', type: [LedgerBookCategoryView] })
  categories!: LedgerBookCategoryView[];
  @ApiProperty({ description: 'Points added in the year (positive lines)' }) added!: number;
  @ApiProperty({ description: 'Points taken in the year (negative lines, negative)' }) taken!: number;
  @ApiProperty({
    description:
      "The county log's latest signed tree head, printed at the foot of every page (docs/transparency.md); null before the first",
    type: TreeHeadResponse,
    nullable: true,
  })
  treeHead!: TreeHeadResponse | null;
}
