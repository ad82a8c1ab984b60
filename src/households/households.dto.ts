import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsString, Length, Matches } from 'class-validator';
import { INT4_MAX, IsId, NestedObjects, Optional, QueryId, QueryIntIn, Nullable } from '../common/http/fields.js';

export const HOUSEHOLD_NO = /^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/;

export class MemberInput {
  @ApiProperty({ description: 'Name of the family member', example: '扎西' })
  @IsString()
  @Length(1, 64)
  name: string;

  @ApiProperty({ description: 'Relation to the head of household: 户主, 配偶, 子女, 父母, 孙子女, 兄弟姐妹, 其他', example: '配偶' })
  @IsString()
  @Length(1, 16)
  relation: string;

  @ApiPropertyOptional({ description: '18-character resident ID number; stored only masked and hashed' })
  @Optional()
  @Matches(/^\d{17}[\dXx]$/, { message: 'idNumber must be an 18-character resident ID number' })
  idNumber?: string;
}

export class CreateHouseholdDto {
  @ApiProperty({ description: 'The village or community the household belongs to' })
  @IsId()
  villageId: number;

  @ApiProperty({ description: 'Household number (户号), unique within the village', example: '0012' })
  @Matches(HOUSEHOLD_NO, { message: 'householdNo must be 1-32 letters, digits, _ or -' })
  householdNo: string;

  @ApiProperty({ description: 'Name of the head of household (户主)', example: '扎西多吉' })
  @IsString()
  @Length(1, 64)
  headName: string;

  @ApiPropertyOptional({ description: 'Address' })
  @Optional()
  @IsString()
  @Length(1, 200)
  address?: string;

  @ApiPropertyOptional({ description: 'Contact phone; stored only masked and hashed', example: '13812345678' })
  @Optional()
  @IsString()
  @Length(5, 20)
  phone?: string;

  @ApiPropertyOptional({ description: 'Family members', type: [MemberInput] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(30)
  @NestedObjects(() => MemberInput)
  members?: MemberInput[];

  @ApiPropertyOptional({ description: 'The grid (网格 / 村民小组) of the village the household belongs to' })
  @Optional()
  @IsId()
  gridId?: number;
}

export class UpdateHouseholdDto {
  @ApiPropertyOptional({ description: 'Name of the head of household' })
  @Optional()
  @IsString()
  @Length(1, 64)
  headName?: string;

  @ApiPropertyOptional({ description: 'Address' })
  @Optional()
  @IsString()
  @Length(1, 200)
  address?: string;

  @ApiPropertyOptional({ description: 'Contact phone; stored only masked and hashed' })
  @Optional()
  @IsString()
  @Length(5, 20)
  phone?: string;

  @ApiPropertyOptional({ description: 'The grid (网格 / 村民小组) of its village; null takes it out of any', type: Number, nullable: true })
  @Nullable()
  @IsId()
  gridId?: number | null;
}

export class ListHouseholdsQuery {
  @ApiPropertyOptional({ description: 'Only this village' })
  @Optional()
  @QueryId()
  villageId?: number;

  @ApiPropertyOptional({ description: 'Only this grid (网格 / 村民小组)' })
  @Optional()
  @QueryId()
  gridId?: number;

  @ApiPropertyOptional({ description: 'Search: household number, head name (prefix) or card code' })
  @Optional()
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

export class MemberView {
  @ApiProperty({ description: 'Member id' }) id: number;
  @ApiProperty({ description: 'Name' }) name: string;
  @ApiProperty({ description: 'Relation to the head of household' }) relation: string;
  @ApiProperty({ description: 'Masked ID number, e.g. 510105********1234', type: String, nullable: true }) idNumberMasked: string | null;
}

export class BalanceView {
  @ApiProperty({ description: 'Points program id' }) programId: number;
  @ApiProperty({ description: 'Current balance in points' }) balance: number;
  @ApiProperty({ description: 'Base points of the program (not redeemable)' }) basePoints: number;
  @ApiProperty({ description: 'Points that may be redeemed' }) redeemable: number;
}

export class HouseholdView {
  @ApiProperty({ description: 'Household id' }) id: number;
  @ApiProperty({ description: 'Village id' }) villageId: number;
  @ApiProperty({ description: 'Grid (网格 / 村民小组) id within the village; null when not placed in one', type: Number, nullable: true })
  gridId: number | null;
  @ApiProperty({ description: 'Household number within the village' }) householdNo: string;
  @ApiProperty({ description: 'Head of household' }) headName: string;
  @ApiProperty({ description: 'Address', type: String, nullable: true }) address: string | null;
  @ApiProperty({ description: 'Masked phone, e.g. 138****5678', type: String, nullable: true }) phoneMasked: string | null;
  @ApiProperty({ description: 'Card code for the kiosk (QR / IC card)' }) cardCode: string;
  @ApiProperty({ description: 'When it was registered' }) createdAt: Date;
  @ApiProperty({ description: 'Last change' }) updatedAt: Date;
}

export class HouseholdDetailView extends HouseholdView {
  @ApiProperty({ description: 'Family members', type: [MemberView] }) members: MemberView[];
  @ApiProperty({ description: 'Balances per points program (programs in which the household has an account)', type: [BalanceView] })
  balances: BalanceView[];
}

export class HouseholdPage {
  @ApiProperty({ description: 'Households of this page', type: [HouseholdView] }) items: HouseholdView[];
  @ApiProperty({ description: 'Total matching households' }) total: number;
}

export class KioskHouseholdView {
  @ApiProperty({ description: 'Household id' }) id: number;
  @ApiProperty({ description: 'Card code' }) cardCode: string;
  @ApiProperty({ description: 'Household number' }) householdNo: string;
  @ApiProperty({ description: 'Village id' }) villageId: number;
  @ApiProperty({ description: 'Head of household, masked (张*)' }) headNameMasked: string;
}

export class HouseholdPinView {
  @ApiProperty({ description: 'Household id' }) householdId: number;
  @ApiProperty({ description: 'Card code: what the resident types (or scans) with the PIN' }) cardCode: string;
  @ApiProperty({
    description: 'The new eight-digit PIN, shown this once: print it on or with the card. Only its hash is kept.',
    example: '530718',
  })
  pin: string;
  @ApiProperty({ description: 'How many times a PIN was set for this household; a reset ends the sessions of the old PIN' })
  version: number;
  @ApiProperty({ description: 'When it was set' }) setAt: Date;
}
