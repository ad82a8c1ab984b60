import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/auth/decorators.js';
import { DoorPageView } from './door-page.dto.js';
import { DoorPageService } from './door-page.service.js';

@ApiTags('public')
@Controller()
export class DoorsController {
  constructor(private readonly doors: DoorPageService) {}

  @Get('public/households/:cardCode')
  @Public()
  @ApiOperation({
    summary:
      'A household door page (一户一码, no login): points, place in the village this period, honours, entries under notice; a masked name and nothing else personal',
  })
  @ApiOkResponse({ description: 'The door page of the household', type: DoorPageView })
  page(@Param('cardCode') cardCode: string): Promise<DoorPageView> {
    return this.doors.page(cardCode);
  }
}
