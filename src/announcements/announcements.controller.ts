import { Body, Controller, Get, HttpCode, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { UserActor } from '../common/auth/actor.js';
import { CurrentUser, Public, Roles } from '../common/auth/decorators.js';
import { READERS, VILLAGE_STAFF } from '../common/auth/roles.js';
import { ApiErrors } from '../common/http/api-errors.js';
import { TOTAL_HEADER_DOC, withTotal } from '../common/http/listing.js';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import type { EvidenceBlob } from '../evidence/evidence.service.js';
import {
  AnnouncementsQuery,
  AnnouncementView,
  CreateAnnouncementDto,
  PublicAnnouncementView,
  WithdrawAnnouncementDto,
} from './announcements.dto.js';
import { AnnouncementsService } from './announcements.service.js';

/** A photo of a public announcement: kept a minute at most, so a withdrawn one goes soon from screens and proxies too. */
function sendPhoto(res: Response, blob: EvidenceBlob): StreamableFile {
  res.setHeader('Cache-Control', 'public, max-age=60');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  return new StreamableFile(blob.bytes, { type: blob.mediaType, length: blob.bytes.length });
}

/** Announcements (村务公开): published by staff, read by residents on the door page and the board. */
@ApiTags('announcements')
@Controller()
export class AnnouncementsController {
  constructor(private readonly announcements: AnnouncementsService) {}

  @Post('announcements')
  @ApiBearerAuth()
  @Roles(...VILLAGE_STAFF)
  @ApiErrors('NOT_FOUND', 'OUT_OF_SCOPE')
  @ApiOperation({
    summary: 'Publish an announcement to a village (or a township or county: every village below it), with photos and the days it is shown',
  })
  @ApiCreatedResponse({ description: 'The announcement', type: AnnouncementView })
  publish(@CurrentUser() actor: UserActor, @Body() dto: CreateAnnouncementDto): Promise<AnnouncementView> {
    return this.announcements.publish(actor, dto);
  }

  @Get('announcements')
  @ApiBearerAuth()
  @Roles(...READERS)
  @ApiErrors('NOT_FOUND', 'OUT_OF_SCOPE')
  @ApiOperation({
    summary:
      'Announcements published in your area and those published above it that show there, newest first, with who published and who withdrew each',
  })
  @ApiOkResponse({ description: 'A page of announcements', type: [AnnouncementView], headers: TOTAL_HEADER_DOC })
  async list(
    @CurrentUser() actor: UserActor,
    @Query() q: AnnouncementsQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AnnouncementView[]> {
    return withTotal(res, await this.announcements.list(actor, q));
  }

  @Post('announcements/:id/withdraw')
  @ApiBearerAuth()
  @HttpCode(200)
  @Roles(...VILLAGE_STAFF)
  @ApiErrors('NOT_FOUND', 'ANNOUNCEMENT_WITHDRAWN')
  @ApiOperation({ summary: 'Take an announcement down at once (it is kept, with who withdrew it and why)' })
  @ApiOkResponse({ description: 'The announcement, withdrawn', type: AnnouncementView })
  withdraw(
    @CurrentUser() actor: UserActor,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: WithdrawAnnouncementDto,
  ): Promise<AnnouncementView> {
    return this.announcements.withdraw(actor, id, dto.reason);
  }

  @Get('public/announcements/:regionId')
  @Public()
  @ApiErrors('NOT_FOUND')
  @ApiOperation({ summary: 'Announcements shown today in a region (no login): its own and those of the regions above it, newest first' })
  @ApiOkResponse({ description: 'The announcements', type: [PublicAnnouncementView] })
  current(@Param('regionId', ParseIdPipe) regionId: number): Promise<PublicAnnouncementView[]> {
    return this.announcements.current(regionId);
  }

  @Get('public/announcements/:id/photos/:n')
  @Public()
  @ApiErrors('NOT_FOUND')
  @ApiProduces('image/jpeg')
  @ApiOperation({ summary: 'Photo n (from 1) of an announcement shown today' })
  @ApiOkResponse({ description: 'The photo', content: { 'image/jpeg': { schema: { type: 'string', format: 'binary' } } } })
  async photo(
    @Param('id', ParseIdPipe) id: number,
    @Param('n', ParseIdPipe) n: number,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    return sendPhoto(res, await this.announcements.photo(id, n, 'image'));
  }

  @Get('public/announcements/:id/photos/:n/thumbnail')
  @Public()
  @ApiErrors('NOT_FOUND')
  @ApiProduces('image/jpeg')
  @ApiOperation({ summary: 'Thumbnail of photo n of an announcement shown today' })
  @ApiOkResponse({ description: 'The thumbnail (JPEG)', content: { 'image/jpeg': { schema: { type: 'string', format: 'binary' } } } })
  async thumbnail(
    @Param('id', ParseIdPipe) id: number,
    @Param('n', ParseIdPipe) n: number,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    return sendPhoto(res, await this.announcements.photo(id, n, 'thumbnail'));
  }
}
