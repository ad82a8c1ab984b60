import { Body, Controller, Get, Param, Post, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ClearsCaches } from '../../common/db/change-feed.js';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor, UserActor } from '../../common/auth/actor.js';
import { CurrentActor, CurrentUser, Roles } from '../../common/auth/decorators.js';
import { MANAGERS, READERS } from '../../common/auth/roles.js';
import { ApiErrors } from '../../common/http/api-errors.js';
import { MultipartOnly } from '../../common/http/multipart-only.interceptor.js';
import { ParseIdPipe } from '../../common/http/parse-id.pipe.js';
import { ADOPTION_BODY_SCHEMA, AdoptionView, RecordAdoptionFields } from './adoptions.dto.js';
import { AdoptionsService } from './adoptions.service.js';

const BINARY = { schema: { type: 'string', format: 'binary' } };
const MINUTES_CONTENT = { 'application/pdf': BINARY, 'image/jpeg': BINARY, 'image/png': BINARY };

@ApiTags('programs')
@ApiBearerAuth()
@Controller('programs/:id/rules/:ruleId/versions/:version/adoption')
@ClearsCaches()
export class AdoptionsController {
  constructor(private readonly adoptions: AdoptionsService) {}

  @Post()
  @ApiErrors('ALREADY_ADOPTED', 'MINUTES_NOT_A_DOCUMENT', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE', 'OUT_OF_SCOPE', 'NOT_FOUND')
  @Roles(...MANAGERS)
  @UseInterceptors(MultipartOnly, FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    description: 'Multipart form: the meeting, its day, attendance, resolution number, and the minutes as field `file`',
    schema: ADOPTION_BODY_SCHEMA,
  })
  @ApiOperation({
    summary: 'Record that the villagers’ assembly (村民大会) or representatives’ meeting (村民代表会议) adopted a rule version',
    description:
      'One record per version, never changed. Where the program requires adoption (`requireRuleAdoption`), the version is used for awards, deductions and claims only once its record exists.',
  })
  @ApiCreatedResponse({ description: 'The adoption record', type: AdoptionView })
  record(
    @CurrentUser() actor: UserActor,
    @Param('id', ParseIdPipe) id: number,
    @Param('ruleId', ParseIdPipe) ruleId: number,
    @Param('version', ParseIdPipe) version: number,
    @Body() fields: RecordAdoptionFields,
    @UploadedFile() file?: { buffer: Buffer; originalname?: string },
  ): Promise<AdoptionView> {
    return this.adoptions.record(actor, id, ruleId, version, fields, file);
  }

  @Get('minutes')
  @ApiErrors('OUT_OF_SCOPE', 'NOT_FOUND')
  @Roles(...READERS)
  @ApiProduces('application/pdf', 'image/jpeg', 'image/png')
  @ApiOperation({ summary: 'The minutes of the meeting that adopted a rule version, as uploaded' })
  @ApiOkResponse({ description: 'The file (PDF, JPEG or PNG), as an attachment under its uploaded name', content: MINUTES_CONTENT })
  async minutes(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Param('ruleId', ParseIdPipe) ruleId: number,
    @Param('version', ParseIdPipe) version: number,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const file = await this.adoptions.minutes(actor, id, ruleId, version);
    res.attachment(file.name);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, max-age=3600');
    return new StreamableFile(file.bytes, { type: file.contentType, length: file.bytes.length });
  }
}
