import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Length, Matches } from 'class-validator';
import { INT4_MAX, IsId, Optional, QueryId, QueryIntIn } from '../common/http/fields.js';
import { REGION_LEVELS, type RegionLevel } from './region.entity.js';

export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/;

export class CreateRegionDto {
  @ApiProperty({ description: 'Unique code, e.g. the statistical division code (统计用区划代码)', example: '513334101001' })
  @Matches(CODE_PATTERN, { message: 'code must be 1-32 letters, digits, _ or -' })
  code: string;

  @ApiProperty({ description: 'Name of the region', example: '上木拉乡' })
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiProperty({ description: 'Level in the tree', enum: REGION_LEVELS })
  @IsIn(REGION_LEVELS)
  level: RegionLevel;

  @ApiProperty({ description: 'Parent region: a county for a township, a township for a village, a village for a grid' })
  @IsId()
  parentId: number;
}

export class ListRegionsQuery {
  @ApiPropertyOptional({ description: 'List the children of this region; without it, your own region' })
  @Optional()
  @QueryId()
  parentId?: number;

  @ApiPropertyOptional({ description: 'Only children whose name or code contains this (with parentId)', maxLength: 50 })
  @Optional()
  @IsString()
  @Length(1, 50)
  q?: string;

  @ApiPropertyOptional({ description: 'Page size', default: 100, maximum: 500 })
  @Optional()
  @QueryIntIn(1, 500)
  limit = 100;

  @ApiPropertyOptional({ description: 'Rows to skip', default: 0 })
  @Optional()
  @QueryIntIn(0, INT4_MAX)
  offset = 0;
}

export class RegionView {
  @ApiProperty({ description: 'Region id' }) id: number;
  @ApiProperty({ description: 'Unique code' }) code: string;
  @ApiProperty({ description: 'Name' }) name: string;
  @ApiProperty({ description: 'Level', enum: REGION_LEVELS }) level: RegionLevel;
  @ApiProperty({ description: 'Parent region id; null for a county', type: Number, nullable: true }) parentId: number | null;
  @ApiProperty({ description: 'Ids from the county down to this region, e.g. /1/4/9/' }) path: string;
  @ApiProperty({ description: 'When it was created' }) createdAt: Date;
}

export class RegionPage {
  @ApiProperty({ description: 'Regions of this page', type: [RegionView] }) items: RegionView[];
  @ApiProperty({ description: 'Total matching regions' }) total: number;
}

export class PublicRegionsQuery {
  @ApiProperty({ description: 'Part of a village or township name (or its exact code)', example: '东街' })
  @IsString()
  @Length(1, 32)
  q: string;
}

export class PublicRegionView {
  @ApiProperty({ description: 'Region id: its board is /board/<id>' }) id: number;
  @ApiProperty({ description: 'Name' }) name: string;
  @ApiProperty({ description: 'Level', enum: ['village', 'township'] }) level: RegionLevel;
  @ApiProperty({ description: 'The regions above it, county first, e.g. 示范县 / 东街镇' }) place: string;
}
