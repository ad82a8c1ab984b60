import { Body, Controller, Get, Param, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiSecurity,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor, UserActor } from '../common/auth/actor.js';
import { AllowDevice, CurrentActor, CurrentUser, Roles } from '../common/auth/decorators.js';
import { READERS, STORE_STAFF } from '../common/auth/roles.js';
import { INT4_MAX, Optional, QueryIntIn } from '../common/http/fields.js';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import { CreateItemDto, ItemView, ListItemsQuery, StockMovementDto, StockMovementView, UpdateItemDto } from './items.dto.js';
import { ItemsService } from './items.service.js';
import { ApiErrors } from '../common/http/api-errors.js';
import { TOTAL_HEADER_DOC, withTotal } from '../common/http/listing.js';

class MovementsQuery {
  @ApiPropertyOptional({ description: 'How many, newest first', default: 100, maximum: 1000 })
  @Optional()
  @QueryIntIn(1, 1000)
  limit = 100;

  @ApiPropertyOptional({ description: 'Movements to skip, newest first (the next page)', default: 0 })
  @Optional()
  @QueryIntIn(0, INT4_MAX)
  offset = 0;
}

class MovementResult {
  @ApiProperty({ description: 'The item after the movement', type: ItemView }) item: ItemView;
  @ApiProperty({ description: 'The movement recorded', type: StockMovementView }) movement: StockMovementView;
}

@ApiTags('stores')
@ApiBearerAuth()
@Controller('stores/:id')
export class ItemsController {
  constructor(private readonly items: ItemsService) {}

  @Post('items')
  @ApiErrors('DUPLICATE_SKU')
  @Roles(...STORE_STAFF)
  @ApiOperation({ summary: 'Add goods (or a fee offset) with a points price, stock and optional per-household limit' })
  @ApiCreatedResponse({ description: 'The item', type: ItemView })
  create(@CurrentUser() actor: UserActor, @Param('id', ParseIdPipe) id: number, @Body() dto: CreateItemDto): Promise<ItemView> {
    return this.items.create(actor, id, dto);
  }

  @Get('items')
  @Roles(...READERS)
  @AllowDevice()
  @ApiSecurity('api-key')
  @ApiOperation({ summary: 'Goods of a store with price, stock and limits, by sku; searched by sku or name, a page at a time if asked' })
  @ApiOkResponse({ description: 'The items of the page', type: [ItemView], headers: TOTAL_HEADER_DOC })
  async list(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Query() q: ListItemsQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ItemView[]> {
    return withTotal(res, await this.items.list(actor, id, { q: q.q, limit: q.limit, offset: q.offset }));
  }

  @Patch('items/:sku')
  @Roles(...STORE_STAFF)
  @ApiOperation({ summary: 'Change name, price, limit or offer of an item' })
  @ApiOkResponse({ description: 'The item, changed', type: ItemView })
  update(
    @CurrentUser() actor: UserActor,
    @Param('id', ParseIdPipe) id: number,
    @Param('sku') sku: string,
    @Body() dto: UpdateItemDto,
  ): Promise<ItemView> {
    return this.items.update(actor, id, sku, dto);
  }

  @Post('stock-movements')
  @ApiErrors('STOCK_WOULD_GO_NEGATIVE')
  @Roles(...STORE_STAFF)
  @ApiOperation({ summary: 'Restock (with funding source) or adjust stock (with reason); stock never goes below zero' })
  @ApiCreatedResponse({ description: 'The item after the movement, and the movement', type: MovementResult })
  move(@CurrentUser() actor: UserActor, @Param('id', ParseIdPipe) id: number, @Body() dto: StockMovementDto): Promise<MovementResult> {
    return this.items.move(actor, id, dto);
  }

  @Get('items/:sku/stock-movements')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Stock movements of an item, newest first, a page at a time' })
  @ApiOkResponse({ description: 'The movements, newest first', type: [StockMovementView] })
  movements(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Param('sku') sku: string,
    @Query() q: MovementsQuery,
  ): Promise<StockMovementView[]> {
    return this.items.movements(actor, id, sku, q.limit, q.offset);
  }
}
