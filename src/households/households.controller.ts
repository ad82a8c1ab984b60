import { Controller, Get, HttpCode, Param, Post, Query, Req, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiAcceptedResponse, ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import type { Actor, UserActor } from '../common/auth/actor.js';
import { CurrentActor, CurrentUser, Roles } from '../common/auth/decorators.js';
import { RESIDENT_DATA_READERS, VILLAGE_STAFF } from '../common/auth/roles.js';
import { DomainError } from '../common/errors/domain-error.js';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import { ImportView as ImportViewDto } from './household-imports.dto.js';
import { HouseholdImportsService } from './household-imports.service.js';
import { HouseholdPage, ListHouseholdsQuery } from './households.dto.js';
import { HouseholdsService } from './households.service.js';
import { XLSX_TYPE } from '../common/http/media-types.js';
import { ApiErrors } from '../common/http/api-errors.js';

/**
 * The household register: the list and the imports. One household, with its members and balances,
 * is answered in views/households (registering and changing one answer it the same way).
 */
@ApiTags('households')
@ApiBearerAuth()
@Controller('households')
export class HouseholdsController {
  constructor(
    private readonly households: HouseholdsService,
    private readonly imports: HouseholdImportsService,
  ) {}

  @Get()
  @ApiErrors('OUT_OF_SCOPE', 'NOT_FOUND')
  @Roles(...RESIDENT_DATA_READERS)
  @ApiOperation({ summary: 'Households of your subtree, by village and search text' })
  @ApiOkResponse({ description: 'A page of households', type: HouseholdPage })
  list(@CurrentActor() actor: Actor, @Query() q: ListHouseholdsQuery): Promise<HouseholdPage> {
    return this.households.list(actor, { villageId: q.villageId, gridId: q.gridId, q: q.q }, q.limit, q.offset);
  }

  @Post('import')
  @ApiErrors(
    'UNSUPPORTED_MEDIA_TYPE',
    'PAYLOAD_TOO_LARGE',
    'IMPORT_EMPTY',
    'IMPORT_MISSING_COLUMNS',
    'IMPORT_UNREADABLE',
    'IMPORT_TOO_LARGE',
  )
  @HttpCode(202)
  @Roles(...VILLAGE_STAFF)
  // Browsers and HTTP clients send the file name as raw UTF-8; multer reads it as Latin-1 by default.
  @UseInterceptors(FileInterceptor('file', { defParamCharset: 'utf8' }))
  @ApiConsumes('multipart/form-data', 'text/csv', XLSX_TYPE)
  @ApiOperation({
    summary: 'Import households and members from CSV or Excel (.xlsx): queued, every line checked on its own, safe to repeat',
    description:
      "The request checks the file in bounded time and stores it: its size (413 past IMPORT_MAX_MB), its format (415 for .xls), a workbook's ZIP directory " +
      "(422 IMPORT_UNREADABLE, or IMPORT_TOO_LARGE when it says it unpacks past IMPORT_MAX_UNPACKED_MB) and a CSV's header (422 IMPORT_EMPTY, " +
      'IMPORT_MISSING_COLUMNS). It answers 202 with the import; the job reads the rows within IMPORT_MAX_ROWS, IMPORT_MAX_UNPACKED_MB (counted as it unpacks) ' +
      'and IMPORT_MAX_SECONDS. Follow it at `GET /api/v1/households/imports/{id}` (progress, counts, per-line errors); a file refused there ends `failed` ' +
      'with `failureReason` (IMPORT_TOO_LARGE, IMPORT_TIMED_OUT, IMPORT_UNREADABLE, IMPORT_EMPTY, IMPORT_MISSING_COLUMNS, IMPORT_MALFORMED), `failureDetails` and `failureMessage`.',
  })
  @ApiBody({
    description:
      'An Excel/WPS workbook (.xlsx, first visible sheet) or CSV (UTF-8 with or without BOM, or GB18030/GBK), as multipart field `file` or as the body ' +
      '(text/csv or the .xlsx media type). The file is recognised by its content, not its name; the old .xls format is refused (415). Header row required; columns: ' +
      'villageCode/村代码, householdNo/户号, headName/户主 (required), address/地址, phone/电话, memberName/成员姓名, relation/与户主关系, idNumber/身份证号.',
    schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
  })
  @ApiAcceptedResponse({ description: 'The import is queued', type: ImportViewDto })
  importFile(
    @CurrentUser() actor: UserActor,
    @Req() req: Request,
    @UploadedFile() file?: { buffer: Buffer; originalname: string },
  ): Promise<ImportViewDto> {
    if (file) return this.imports.create(actor, file.buffer, file.originalname);
    if (Buffer.isBuffer(req.body)) return this.imports.create(actor, req.body, null);
    throw new DomainError('UNSUPPORTED_MEDIA_TYPE', { expected: ['multipart/form-data (field "file")', 'text/csv', XLSX_TYPE] });
  }

  @Get('imports/:id')
  @Roles(...RESIDENT_DATA_READERS)
  @ApiOperation({ summary: 'Progress and per-line error report of an import' })
  @ApiOkResponse({ description: 'The import', type: ImportViewDto })
  getImport(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: number): Promise<ImportViewDto> {
    return this.imports.get(actor, id);
  }
}
